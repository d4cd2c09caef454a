import { useCallback, useEffect, useState } from 'react';
import type { SetupProblem, SetupResult } from '../../workflow/setupCheck';
import { useServices } from '../ServicesProvider';

/** A clean setup is trusted this long per installation; problems are checked again on every open. */
export const SETUP_CACHE_TTL_MS = 6 * 60 * 60 * 1000;

export interface SetupView {
  /** `failed`: the check itself could not run (its code did not load, a bug); `retry` runs it again. */
  status: 'checking' | 'done' | 'failed';
  problems: SetupProblem[];
  /** True when a problem stops the share. */
  broken: boolean;
  /** `#community-involvement`, or the channel id until Slack names it. */
  channelLabel: string;
  workspaceUrl?: string;
  /** The routing's channels as Slack names them; null until the expert check has answered (none when it failed). */
  channelNames: Readonly<Record<string, string>> | null;
  /** Why the check could not run, when `status` is `failed`. */
  failure?: string;
  retry: () => void;
}

type Check = 'checkSetup' | 'checkExpertSetup';

/**
 * Checks the setup once `start` is true (the panel starts it after the card shows), and what an expert request
 * needs (the routing's channels, the expert macro) only once `expertNeeded` is: a ticket without an expert does
 * not pay for them. Each part answers from its cache when it was clean less than 6 hours ago.
 */
export function useSetupCheck(start = true, expertNeeded = false): SetupView {
  const { settings, installationId } = useServices();
  const base = useCachedCheck(
    'checkSetup',
    `ci:setup:${installationId}:${settings.channelId}:${settings.involvementMacroTitle}:${settings.respondedMacroTitle}:${settings.expertRouting}`,
    start,
  );
  const expert = useCachedCheck('checkExpertSetup', `ci:setup-expert:${installationId}:${settings.expertMacroTitle}:${settings.expertRouting}`, start && expertNeeded);
  const retryBase = base.retry;
  const retryExpert = expert.retry;
  const retry = useCallback(() => {
    retryBase();
    retryExpert();
  }, [retryBase, retryExpert]);

  const problems = [...(base.result?.problems ?? []), ...(expert.result?.problems ?? [])];
  const failure = base.failure ?? expert.failure;
  const channelLabel = base.result?.channelName ? `#${base.result.channelName}` : settings.channelId || '#community-involvement';
  return {
    status: failure !== null ? 'failed' : base.result ? 'done' : 'checking',
    problems,
    broken: problems.some((problem) => problem.severity === 'error'),
    channelLabel,
    workspaceUrl: base.result?.workspaceUrl,
    channelNames: expert.result ? (expert.result.channelNames ?? NO_NAMES) : expert.failure !== null ? NO_NAMES : null,
    ...(failure !== null && { failure }),
    retry,
  };
}

const NO_NAMES: Readonly<Record<string, string>> = {};

/** One part of the check: from the cache when fresh, else run once `start` is true; cached again when clean. */
function useCachedCheck(check: Check, key: string, start: boolean) {
  const { settings, storage, slack, zendesk, clock } = useServices();
  const [result, setResult] = useState<SetupResult | null>(() => readCache(storage, key, clock.now()));
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (result || failure !== null || !start) return undefined;
    let active = true;
    // The check's code (and the Slack client's) loads after the first paint; nothing waits for it.
    import('../../workflow/setupCheck')
      .then((checks) => checks[check]({ slack, zendesk }, settings, clock.now()))
      .then(
        (checked) => {
          if (!active) return;
          if (isClean(checked)) writeCache(storage, key, checked);
          setResult(checked);
        },
        (error: unknown) => {
          // A chunk that fails to load (a deploy replaced it, the network dropped) must not leave "checking" forever.
          console.warn('Community Involvement: the setup check could not run', error);
          if (active) setFailure(error instanceof Error ? error.message : String(error));
        },
      );
    return () => {
      active = false;
    };
  }, [check, result, failure, start, slack, zendesk, settings, clock, storage, key]);
  const retry = useCallback(() => setFailure(null), []);
  return { result, failure, retry };
}

/** Nothing a new check could find differently: a routing line written wrong stays wrong until the settings (in the key) change. */
function isClean(result: SetupResult): boolean {
  return result.problems.every((problem) => problem.fromSettings);
}

function readCache(storage: Pick<Storage, 'getItem'>, key: string, now: number): SetupResult | null {
  try {
    const cached = JSON.parse(storage.getItem(key) ?? 'null') as SetupResult | null;
    return cached && now - cached.checkedAt < SETUP_CACHE_TTL_MS ? cached : null;
  } catch {
    return null;
  }
}

function writeCache(storage: Pick<Storage, 'setItem'>, key: string, result: SetupResult): void {
  try {
    storage.setItem(key, JSON.stringify(result));
  } catch {
    // Storage can be blocked in a third-party iframe; the check simply runs again next time.
  }
}
