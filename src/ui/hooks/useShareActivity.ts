import { useCallback, useEffect, useRef, useState } from 'react';
import { asStepError, type StepError } from '../../workflow/errors';
import { readShareActivity, type ShareActivity } from '../../workflow/shareActivity';
import { useServices } from '../ServicesProvider';
import { useZafEvent } from './useZafEvent';

/** How often claims and replies are read while the panel is on screen. */
export const ACTIVITY_REFRESH_MS = 60_000;

export interface ShareActivityView {
  /** Null until the first read succeeded. */
  activity: ShareActivity | null;
  /** Why the last read failed; the last good activity stays shown. */
  error: StepError | null;
  /** A read is under way. */
  refreshing: boolean;
  refresh: () => void;
}

/**
 * Claims (👀), done marks (✅) and thread replies of the Slack post: read on open, when the app is activated, after
 * the ticket is saved, on Refresh, and every minute while the app is on screen. A refresh never overlaps another,
 * so each Slack method is called at most once per refresh.
 */
export function useShareActivity(channel: string, ts: string): ShareActivityView {
  const { slack } = useServices();
  const [activity, setActivity] = useState<ShareActivity | null>(null);
  const [error, setError] = useState<StepError | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  // Zendesk hides the app of a background ticket tab without changing `visibilityState`: it says so with
  // `app.deactivated`, and nothing is polled until `app.activated`.
  const activeInWorkspace = useRef(true);

  const refresh = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    setRefreshing(true);
    readShareActivity(slack, channel, ts)
      .then(
        (next) => {
          if (!mounted.current) return;
          setActivity(next);
          setError(null);
        },
        (failure: unknown) => {
          // Kept in the console too: a support engineer asked about a stale status can see why.
          console.warn('Community Involvement: the Slack post could not be read', failure);
          if (mounted.current) setError(asStepError(failure));
        },
      )
      .finally(() => {
        inFlight.current = false;
        if (mounted.current) setRefreshing(false);
      });
  }, [slack, channel, ts]);

  useEffect(() => {
    mounted.current = true;
    refresh();
    const timer = setInterval(() => {
      if (activeInWorkspace.current && document.visibilityState === 'visible') refresh();
    }, ACTIVITY_REFRESH_MS);
    return () => {
      mounted.current = false;
      clearInterval(timer);
    };
  }, [refresh]);

  useZafEvent(['app.activated'], () => {
    activeInWorkspace.current = true;
    refresh();
  });
  useZafEvent(['app.deactivated'], () => {
    activeInWorkspace.current = false;
  });
  useZafEvent(['ticket.submit.done'], refresh);
  return { activity, error, refreshing, refresh };
}
