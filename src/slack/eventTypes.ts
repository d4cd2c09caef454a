/**
 * The metadata `event_type`s that mark our posts; the exactly-once recovery and the rotation look for them in
 * channel history. In a module of their own, so the panel's first paint (which only needs the names) does not pull
 * the message builders and their copy.
 */
export const SHARE_EVENT_TYPE = 'community_involvement_share';
export const EXPERT_REQUEST_EVENT_TYPE = 'community_involvement_expert_request';
