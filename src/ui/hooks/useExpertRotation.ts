import { useEffect, useState } from 'react';
import type { ExpertRoute } from '../../experts/routing';
import { asksIn, proposeExpert, type ExpertAsk, type Proposal } from '../../experts/rotation';
import { useServices } from '../ServicesProvider';

export interface RotationView {
  /** `idle` without a route; `failed` when the history could not be read (nobody is proposed then). */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** `s_verify`, once Slack named the channel. */
  channelName?: string;
  proposal: Proposal | null;
  asks: ExpertAsk[];
}

/**
 * Who to ask in the route's channel: one `conversations.history` (with our metadata) and one
 * `conversations.info` for the channel's name, in parallel, each time the route changes.
 */
export function useExpertRotation(route: ExpertRoute | null, refreshKey = 0): RotationView {
  const { slack, clock } = useServices();
  const channel = route?.channel;
  const experts = route?.experts.join(' ') ?? '';
  const key = `${channel ?? ''}|${experts}|${refreshKey}`;
  // The last answer and the route it was for: a different route shows "loading" until its own answer comes.
  const [read, setRead] = useState<{ key: string; view: RotationView } | null>(null);

  useEffect(() => {
    if (!channel) return undefined;
    let active = true;
    const list = experts ? experts.split(' ') : [];
    void Promise.allSettled([
      slack.conversations.history({ channel, include_all_metadata: true, limit: 200 }),
      slack.conversations.info({ channel }),
    ]).then(([history, info]) => {
      if (!active) return;
      const channelName = info.status === 'fulfilled' ? info.value.channel?.name : undefined;
      if (history.status === 'rejected') {
        setRead({ key, view: { status: 'failed', channelName, proposal: null, asks: [] } });
        return;
      }
      const asks = asksIn(history.value.messages ?? []);
      setRead({ key, view: { status: 'ready', channelName, asks, proposal: proposeExpert(list, asks, clock.now()) } });
    });
    return () => {
      active = false;
    };
  }, [slack, clock, channel, experts, key]);

  if (!channel) return { status: 'idle', proposal: null, asks: [] };
  if (read?.key !== key) return { status: 'loading', channelName: read?.view.channelName, proposal: null, asks: [] };
  return read.view;
}
