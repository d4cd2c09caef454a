/**
 * The product areas an expert request is routed by: the handbook's DevOps stages, three topics that cut across
 * them, GitLab.com availability (incidents go to the incident channel, not to volunteers) and a general fallback.
 * The ids are what admins type in the `expert_routing` setting and what the `ci_expert_area_<id>` tag records.
 */
export const AREAS = [
  'plan',
  'create',
  'verify',
  'package',
  'secure',
  'deploy',
  'monitor',
  'govern',
  'frontend',
  'billing',
  'ai',
  'availability',
  'general',
] as const;

export type Area = (typeof AREAS)[number];

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}

/** The Slack channel the handbook names for each area, as the default routing's hint (`#s_<stage>`). */
export const HANDBOOK_CHANNELS: Record<Area, string> = {
  plan: 's_plan',
  create: 's_create',
  verify: 's_verify',
  package: 's_package',
  secure: 's_secure',
  deploy: 's_deploy',
  monitor: 's_monitor',
  govern: 's_govern',
  frontend: 'frontend',
  billing: 'billing',
  ai: 's_ai',
  availability: 'incident-management',
  general: 'questions',
};
