import { useEffect, useState } from 'react';
import type { SetupProblem, SetupResult } from '../../workflow/setupCheck';
import { useServices } from '../ServicesProvider';

/** A clean setup is trusted this long per installation; problems are checked again on every open. */
export const SETUP_CACHE_TTL_MS = 6 * 60 * 60 * 1000;

export interface SetupView {
  status: 'checking' | 'done';
  problems: SetupProblem[];
  /** True when a problem stops the share. */
  broken: boolean;
  /** `#community-involvement`, or the channel id until Slack names it. */
  channelLabel: string;
  workspaceUrl?: string;
}

export function useSetupCheck(): SetupView {
  const services = useServices();
  const { settings, installationId, storage, slack, zendesk, clock } = services;
  const cacheKey = `ci:setup:${installationId}:${settings.channelId}:${settings.involvementMacroTitle}:${settings.respondedMacroTitle}`;
  const [result, setResult] = useState<SetupResult | null>(() => readCache(storage, cacheKey, clock.now()));

  useEffect(() => {
    if (result) return undefined;
    let active = true;
    // The check's code (and the Slack client's) loads after the first paint; nothing waits for it.
    void import('../../workflow/setupCheck')
      .then(({ checkSetup }) => checkSetup({ slack, zendesk }, settings, clock.now()))
      .then((checked) => {
        if (!active) return;
        if (checked.problems.length === 0) writeCache(storage, cacheKey, checked);
        setResult(checked);
      });
    return () => {
      active = false;
    };
  }, [result, slack, zendesk, settings, clock, storage, cacheKey]);

  const channelLabel = result?.channelName ? `#${result.channelName}` : settings.channelId || '#community-involvement';
  return {
    status: result ? 'done' : 'checking',
    problems: result?.problems ?? [],
    broken: result?.problems.some((problem) => problem.severity === 'error') ?? false,
    channelLabel,
    workspaceUrl: result?.workspaceUrl,
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
