import { EXPERT_REQUEST_EVENT_TYPE, SHARE_EVENT_TYPE } from '../slack/eventTypes';
import { isUserId } from '../slack/ids';
import type { AppSettings } from './settings';

/**
 * One way to involve people (docs/design/round-2.md, "Two ways to involve people, one transaction"). The
 * exactly-once transaction, its marker and its history lookup read everything kind-specific from here; a new
 * kind is a new entry, never a copy of the code.
 */
export interface InvolvementKind {
  /** Stable id, also the prefix of its panel strings. */
  id: 'community_share' | 'expert_request';
  tags: {
    /** On the ticket once the post is recorded. */
    done: string;
    /** While a post is under way (with `pendingAtPrefix` + unix seconds beside it). */
    pending: string;
    pendingAtPrefix: string;
    /** Beside the pending tags: the channel the run posts in (`<prefix><channel id, lower case>`), so a resumed run
     *  looks for the post where it went, even when the advocate has since picked another area. */
    pendingChannelPrefix: string;
    /** Where the post is: `<prefix><channel id, lower case>` and `<prefix><ts with _>`. */
    channelPrefix: string;
    tsPrefix: string;
    /** Prefixes of the other tags a recorded post leaves (the expert's area and user); withdrawing removes them. */
    detailPrefixes: readonly string[];
    /** Left after a withdrawal, so the panel can say so; a new post removes it. */
    withdrawn: string;
  };
  /** Slack message metadata `event_type` of its posts. */
  eventType: string;
  /** The setting that names the macro applied with the post. */
  macroSetting: keyof Pick<AppSettings, 'involvementMacroTitle' | 'expertMacroTitle'>;
  /** When the macro does not exist: `stop` before posting, or `post` anyway and say the macro is missing. */
  withoutMacro: 'stop' | 'post';
  /**
   * The detail tags (within `detailPrefixes`) of the post in the channel, read from its metadata payload
   * (untrusted): the ticket records what the post says, also when a resumed run found the post another run made.
   */
  detailTagsOf: (payload: Readonly<Record<string, unknown>>) => string[];
}

export const COMMUNITY_SHARE: InvolvementKind = {
  id: 'community_share',
  tags: {
    done: 'ci_shared',
    pending: 'ci_share_pending',
    pendingAtPrefix: 'ci_pending_',
    pendingChannelPrefix: 'ci_share_pending_in_',
    channelPrefix: 'ci_slack_',
    tsPrefix: 'ci_ts_',
    detailPrefixes: [],
    withdrawn: 'ci_withdrawn',
  },
  eventType: SHARE_EVENT_TYPE,
  macroSetting: 'involvementMacroTitle',
  withoutMacro: 'stop',
  detailTagsOf: () => [],
};

export const EXPERT_REQUEST: InvolvementKind = {
  id: 'expert_request',
  tags: {
    done: 'ci_expert_asked',
    pending: 'ci_expert_pending',
    pendingAtPrefix: 'ci_expert_pending_',
    pendingChannelPrefix: 'ci_expert_pending_in_',
    channelPrefix: 'ci_expert_slack_',
    tsPrefix: 'ci_expert_ts_',
    detailPrefixes: ['ci_expert_area_', 'ci_expert_user_'],
    withdrawn: 'ci_expert_withdrawn',
  },
  eventType: EXPERT_REQUEST_EVENT_TYPE,
  macroSetting: 'expertMacroTitle',
  // The handbook's request matters more than the macro's tags (issue 12): an account without the macro still asks.
  withoutMacro: 'post',
  detailTagsOf: (payload) => [
    ...(typeof payload.area === 'string' && /^[a-z_]{1,40}$/.test(payload.area) ? [`ci_expert_area_${payload.area}`] : []),
    ...(typeof payload.expert === 'string' && isUserId(payload.expert) ? [`ci_expert_user_${payload.expert.toLowerCase()}`] : []),
  ],
};

/** Every kind, for the rules that look at a ticket as a whole (a withdrawal leaves the other kind's post alone). */
export const INVOLVEMENT_KINDS: readonly InvolvementKind[] = [COMMUNITY_SHARE, EXPERT_REQUEST];
