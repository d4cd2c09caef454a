/** The metadata `event_type` of an expert request; the exactly-once recovery and the rotation look for it. */
export const EXPERT_REQUEST_EVENT_TYPE = 'community_involvement_expert_request';
