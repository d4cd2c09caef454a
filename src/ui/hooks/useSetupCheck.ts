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
  /** Why the check could not run, when `status` is `failed`. */
  failure?: string;
  retry: () => void;
}

/** Checks the setup once `start` is true (the panel starts it after the card shows); a fresh cached result at once. */
export function useSetupCheck(start = true): SetupView {
  const services = useServices();
  const { settings, installationId, storage, slack, zendesk, clock } = services;
  const cacheKey = `ci:setup:${installationId}:${settings.channelId}:${settings.involvementMacroTitle}:${settings.respondedMacroTitle}:${settings.expertMacroTitle}:${settings.expertRouting}`;
  const [result, setResult] = useState<SetupResult | null>(() => readCache(storage, cacheKey, clock.now()));
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (result || failure !== null || !start) return undefined;
    let active = true;
    // The check's code (and the Slack client's) loads after the first paint; nothing waits for it.
    import('../../workflow/setupCheck')
      .then(({ checkSetup }) => checkSetup({ slack, zendesk }, settings, clock.now()))
      .then(
        (checked) => {
          if (!active) return;
          if (checked.problems.length === 0) writeCache(storage, cacheKey, checked);
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
  }, [result, failure, start, slack, zendesk, settings, clock, storage, cacheKey]);
  const retry = useCallback(() => setFailure(null), []);

  const channelLabel = result?.channelName ? `#${result.channelName}` : settings.channelId || '#community-involvement';
  return {
    status: result ? 'done' : failure !== null ? 'failed' : 'checking',
    problems: result?.problems ?? [],
    broken: result?.problems.some((problem) => problem.severity === 'error') ?? false,
    channelLabel,
    workspaceUrl: result?.workspaceUrl,
    ...(failure !== null && { failure }),
    retry,
  };
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
