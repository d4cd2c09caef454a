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
 * Who to ask in the route's channel: one `conversations.history` (with our metadata) each time the route changes.
 * The channel's name comes from the expert setup check (`channelNames`, null while it runs); only a channel it
 * did not name (an older request's channel, a check that failed) costs one `conversations.info`.
 */
export function useExpertRotation(route: ExpertRoute | null, channelNames: Readonly<Record<string, string>> | null, refreshKey = 0): RotationView {
  const { slack, clock } = useServices();
  const channel = route?.channel;
  const experts = route?.experts.join(' ') ?? '';
  const key = `${channel ?? ''}|${experts}|${refreshKey}`;
  // The last answer and the route it was for: a different route shows "loading" until its own answer comes.
  const [read, setRead] = useState<{ key: string; view: RotationView } | null>(null);
  const [looked, setLooked] = useState<{ channel: string; name?: string } | null>(null);
  const checkedName = channel ? channelNames?.[channel] : undefined;
  const lookUpName = Boolean(channel) && channelNames !== null && !checkedName;

  useEffect(() => {
    if (!channel) return undefined;
    let active = true;
    const list = experts ? experts.split(' ') : [];
    slack.conversations.history({ channel, include_all_metadata: true, limit: 200 }).then(
      (history) => {
        const asks = asksIn(history.messages ?? []);
        if (active) setRead({ key, view: { status: 'ready', asks, proposal: proposeExpert(list, asks, clock.now()) } });
      },
      () => {
        if (active) setRead({ key, view: { status: 'failed', proposal: null, asks: [] } });
      },
    );
    return () => {
      active = false;
    };
  }, [slack, clock, channel, experts, key]);

  useEffect(() => {
    if (!channel || !lookUpName) return undefined;
    let active = true;
    slack.conversations.info({ channel }).then(
      (info) => active && setLooked({ channel, name: info.channel?.name }),
      () => active && setLooked({ channel }),
    );
    return () => {
      active = false;
    };
  }, [slack, channel, lookUpName]);

  if (!channel) return { status: 'idle', proposal: null, asks: [] };
  const channelName = checkedName ?? (looked?.channel === channel ? looked.name : undefined);
  if (read?.key !== key) return { status: 'loading', channelName, proposal: null, asks: [] };
  return { ...read.view, channelName };
}
