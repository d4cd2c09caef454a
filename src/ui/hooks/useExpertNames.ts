import { useCallback, useEffect, useState } from 'react';
import type { SlackPort } from '../../slack/port';
import { useServices } from '../ServicesProvider';

/**
 * Names already asked for, per Slack client (one per page load, so per session): each expert is looked up once.
 * A failed lookup (no `users:read`, an unknown user) is remembered as null, and the id stands in.
 */
const asked = new WeakMap<SlackPort, Map<string, Promise<string | null>>>();

function lookUp(slack: SlackPort, id: string): Promise<string | null> {
  let cache = asked.get(slack);
  if (!cache) {
    cache = new Map();
    asked.set(slack, cache);
  }
  let name = cache.get(id);
  if (!name) {
    name = slack.users
      .info({ user: id })
      .then(({ user }) => user?.real_name || user?.profile?.display_name || user?.name || null)
      .catch(() => null);
    cache.set(id, name);
  }
  return name;
}

/**
 * The experts' names as Slack knows them (`users.info`, scope `users:read`), for the panel: the routing and the
 * posts hold user ids (`U0PRIYA`), which mean nothing to an advocate. Until Slack answers, or when it cannot,
 * the id is shown.
 */
export function useExpertNames(ids: readonly string[]): (id: string) => string {
  const { slack } = useServices();
  const key = [...new Set(ids)].filter(Boolean).sort().join(' ');
  const [names, setNames] = useState<Readonly<Record<string, string>>>({});

  useEffect(() => {
    let active = true;
    for (const id of key ? key.split(' ') : []) {
      void lookUp(slack, id).then((name) => {
        if (active && name) setNames((known) => (known[id] === name ? known : { ...known, [id]: name }));
      });
    }
    return () => {
      active = false;
    };
  }, [slack, key]);

  return useCallback((id: string) => names[id] ?? id, [names]);
}
