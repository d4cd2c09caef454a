import { DEFAULT_SOURCE_SETTINGS, PLATFORMS, type Platform, type SourceSettings } from '../sources/post';

/** The installation's settings as the workflows use them (the Slack token is never among them). */
export interface AppSettings {
  /** Slack channel id (`C…`), or '' when the admin has not set one. */
  channelId: string;
  involvementMacroTitle: string;
  respondedMacroTitle: string;
  /** Macro applied with an expert request. */
  expertMacroTitle: string;
  /** The `expert_routing` setting as the admin typed it (parsed by `parseExpertRouting`). */
  expertRouting: string;
  /** Comma-separated lists as the admin typed them, for the triage. */
  triage: { brand_names?: string; brand_handles?: string; competitor_names?: string; staff_handles?: string };
  guidelinesUrl: string;
  /** Which platforms the app looks for, and the forum's host. */
  sources: SourceSettings;
}

export const DEFAULT_INVOLVEMENT_MACRO = 'Involving Experts::Community Involvement';
export const DEFAULT_RESPONDED_MACRO = 'Involving Experts::Expert Responded';
export const DEFAULT_EXPERT_MACRO = 'Involving Experts::Expert Involved';
export const DEFAULT_ENABLED_SOURCES = DEFAULT_SOURCE_SETTINGS.enabledSources.join(', ');
export const DEFAULT_FORUM_HOST = DEFAULT_SOURCE_SETTINGS.forumHost;
export const DEFAULT_GUIDELINES_URL = 'https://handbook.gitlab.com/handbook/marketing/developer-relations/community-engagement/';
export const DEFAULT_STALE_AFTER_HOURS = 24;
export const DEFAULT_SHOW_LEADERBOARD = true;

/** The dashboard's settings (read by the nav bar page only, so the sidebar's bundle does not carry them). */
export interface DashboardSettings {
  /** Hours after which a share nobody took, or a claim with no reply, needs attention. */
  staleAfterHours: number;
  /** Whether to list the volunteers who answered most (teams may not want a leaderboard). */
  showLeaderboard: boolean;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads `client.metadata().settings`, filling the manifest's defaults where a value is empty. */
export function readAppSettings(values: Record<string, unknown>): AppSettings {
  return {
    channelId: text(values.slack_channel_id).toUpperCase(),
    involvementMacroTitle: text(values.involvement_macro_title) || DEFAULT_INVOLVEMENT_MACRO,
    respondedMacroTitle: text(values.responded_macro_title) || DEFAULT_RESPONDED_MACRO,
    expertMacroTitle: text(values.expert_macro_title) || DEFAULT_EXPERT_MACRO,
    // Empty routes nothing, like the manifest's default (every line a comment); the parser stays out of the first load.
    expertRouting: typeof values.expert_routing === 'string' ? values.expert_routing : '',
    triage: {
      brand_names: text(values.brand_names) || undefined,
      brand_handles: text(values.brand_handles) || undefined,
      competitor_names: text(values.competitor_names) || undefined,
      staff_handles: text(values.staff_handles) || undefined,
    },
    guidelinesUrl: text(values.guidelines_url) || DEFAULT_GUIDELINES_URL,
    sources: { enabledSources: enabledSourcesFrom(text(values.enabled_sources)), forumHost: text(values.forum_host) || DEFAULT_FORUM_HOST },
  };
}

/**
 * `x, hacker_news, reddit` as the admin typed it (any case, `-` or spaces for `_`). A list naming no platform
 * at all (empty, or only typos) turns every source on rather than silently hiding every ticket.
 */
export function enabledSourcesFrom(value: string): Platform[] {
  const named = new Set(value.split(',').map((part) => part.trim().toLowerCase().replace(/[\s-]+/g, '_')));
  const enabled = PLATFORMS.filter((platform) => named.has(platform));
  return enabled.length > 0 ? enabled : [...PLATFORMS];
}

/** Reads the dashboard's settings, filling the manifest's defaults where a value is empty or not a number. */
export function readDashboardSettings(values: Record<string, unknown>): DashboardSettings {
  return {
    staleAfterHours: positiveNumber(values.stale_after_hours) ?? DEFAULT_STALE_AFTER_HOURS,
    showLeaderboard: checkbox(values.show_leaderboard) ?? DEFAULT_SHOW_LEADERBOARD,
  };
}

/** A number setting arrives as a number or a string (zcli); empty, zero or nonsense means the default. */
function positiveNumber(value: unknown): number | null {
  const number = typeof value === 'number' ? value : Number(text(value) || NaN);
  return Number.isFinite(number) && number > 0 ? number : null;
}

/** A checkbox arrives as a boolean or as `"true"`/`"false"`; anything else means the default. */
function checkbox(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return null;
}
