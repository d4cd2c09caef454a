import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadProgram, type LoadCalls, type LoadProgress, type ProgramSnapshot } from '../../dashboard/loadProgram';
import { programCache } from '../../dashboard/programCache';
import { DAY_MS, type ShareRow } from '../../dashboard/shareRow';
import { buildShareRows, type ProgramFacts } from '../../dashboard/shareRows';
import { SlackError } from '../../slack/errors';
import { ZendeskError } from '../../zendesk/errors';
import { useDashboardServices } from './DashboardServicesProvider';
import { DATA_MARK } from './marks';

/** Why the last read failed, in the words the page turns into advice. */
export type ProgramFailure =
  | { source: 'zendesk'; code: ZendeskError['code'] }
  | { source: 'slack'; code: SlackError['code']; slackError?: string; retryAfterSeconds?: number }
  | { source: 'other' };

export interface ProgramView {
  /** Rows of the range, newest first; null until anything (cache or network) is known. */
  rows: ShareRow[] | null;
  /** When the range ends (the read's "now"). */
  now: number;
  /** Epoch ms of the last finished read, null before. */
  readAt: number | null;
  loading: boolean;
  progress: LoadProgress | null;
  failure: ProgramFailure | null;
  unreadChannels: { channel: string; reason: string }[];
  /** API calls of the last read. */
  calls: LoadCalls | null;
  /** `https://<team>.slack.com/`, for links to posts; '' until known. */
  workspaceUrl: string;
  /** True once rows from this page's own read (not the cache) are shown. */
  fresh: boolean;
  /** Reads again; only what changed since the last read. */
  refresh(): void;
}

/**
 * The range's rows: the cached read at once, then a fresh read that searches only what changed since. Rows are
 * shown as soon as the posts are in; threads fill in the claim times after, with progress.
 */
export function useProgram(days: number): ProgramView {
  const services = useDashboardServices();
  const { sources, storage, installationId, settings } = services;
  const cache = useMemo(() => programCache(storage, installationId, days), [storage, installationId, days]);
  const [generation, setGeneration] = useState(0);
  // Each read has a key; answers of an older read (another period, an earlier refresh) are dropped.
  const key = `${days}:${generation}`;
  const [facts, setFacts] = useState<{ facts: ProgramFacts; fresh: boolean; now: number } | null>(() => {
    const cached = cache.read();
    return cached ? { facts: cached, fresh: false, now: sources.clock.now() } : null;
  });
  const [progress, setProgress] = useState<{ key: string; progress: LoadProgress } | null>(null);
  const [outcome, setOutcome] = useState<{ key: string; readAt: number | null; failure: ProgramFailure | null; unreadChannels: ProgramView['unreadChannels']; calls: LoadCalls | null } | null>(null);
  const [workspaceUrl, setWorkspaceUrl] = useState(() => storage.getItem(workspaceKey(installationId)) ?? '');
  // The last read of this page, to refresh from (the cache may hold another tab's older read).
  const snapshot = useRef<{ days: number; snapshot: ProgramSnapshot } | null>(null);

  useEffect(() => {
    if (workspaceUrl) return;
    sources.slack.auth.test().then(
      (answer) => {
        if (!answer.url) return;
        storage.setItem(workspaceKey(installationId), answer.url);
        setWorkspaceUrl(answer.url);
      },
      () => undefined,
    );
  }, [sources, storage, installationId, workspaceUrl]);

  useEffect(() => {
    let active = true;
    const started = sources.clock.now();
    const previous = snapshot.current?.days === days ? snapshot.current.snapshot : cache.read();
    let marked = false;
    loadProgram(
      sources,
      { fromMs: started - days * DAY_MS, channels: settings.channelId ? [settings.channelId] : [], previous },
      (next) => {
        if (active) setProgress({ key, progress: next });
      },
      (next) => {
        if (!active) return;
        if (!marked && typeof performance !== 'undefined') {
          marked = true;
          performance.mark(DATA_MARK);
        }
        setFacts({ facts: { posts: next.posts, tickets: next.tickets, threads: { ...next.threads } }, fresh: true, now: started });
      },
    ).then(
      (result) => {
        snapshot.current = { days, snapshot: result.snapshot };
        cache.write(result.snapshot);
        if (active) setOutcome({ key, readAt: result.snapshot.readAt, failure: null, unreadChannels: result.unreadChannels, calls: result.calls });
      },
      (error: unknown) => {
        if (active) setOutcome({ key, readAt: null, failure: failureOf(error), unreadChannels: [], calls: null });
      },
    );
    return () => {
      active = false;
    };
  }, [sources, cache, days, settings.channelId, key]);

  const now = facts?.now ?? sources.clock.now();
  const rows = useMemo(() => (facts ? buildShareRows(facts.facts, facts.now - days * DAY_MS) : null), [facts, days]);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);
  const done = outcome?.key === key ? outcome : null;
  return {
    rows,
    now,
    readAt: done?.readAt ?? null,
    loading: done === null,
    progress: progress?.key === key ? progress.progress : null,
    failure: done?.failure ?? null,
    unreadChannels: done?.unreadChannels ?? [],
    calls: done?.calls ?? null,
    workspaceUrl,
    fresh: facts?.fresh ?? false,
    refresh,
  };
}

function workspaceKey(installationId: number): string {
  return `ci:dashboard:workspace:${installationId}`;
}

function failureOf(error: unknown): ProgramFailure {
  if (error instanceof ZendeskError) return { source: 'zendesk', code: error.code };
  if (error instanceof SlackError) {
    return {
      source: 'slack',
      code: error.code,
      ...(error.slackError ? { slackError: error.slackError } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    };
  }
  return { source: 'other' };
}
