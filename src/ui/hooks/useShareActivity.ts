import { useCallback, useEffect, useRef, useState } from 'react';
import { readShareActivity, type ShareActivity } from '../../workflow/shareActivity';
import { useServices } from '../ServicesProvider';
import { useZafEvent } from './useZafEvent';

/** How often claims and replies are read while the panel is on screen. */
export const ACTIVITY_REFRESH_MS = 60_000;

/**
 * Claims (👀), done marks (✅) and thread replies of the Slack post: read on open, when the app is activated, and
 * every minute while the app is on screen. A refresh never overlaps another, so each Slack method is called at
 * most once per refresh.
 */
export function useShareActivity(channel: string, ts: string): { activity: ShareActivity | null; refresh: () => void } {
  const { slack } = useServices();
  const [activity, setActivity] = useState<ShareActivity | null>(null);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  // Zendesk hides the app of a background ticket tab without changing `visibilityState`: it says so with
  // `app.deactivated`, and nothing is polled until `app.activated`.
  const activeInWorkspace = useRef(true);

  const refresh = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    readShareActivity(slack, channel, ts)
      .then((next) => {
        if (mounted.current) setActivity(next);
      })
      .catch(() => undefined)
      .finally(() => {
        inFlight.current = false;
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
  return { activity, refresh };
}
