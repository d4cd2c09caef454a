export { EXPERT_REQUEST_EVENT_TYPE } from './eventTypes';
