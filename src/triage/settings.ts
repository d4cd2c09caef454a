import type { TriageSettings } from './types';

/** Defaults for the seed's company, GitLab: its names, its X accounts and the tools people compare it with. */
export const DEFAULT_TRIAGE_SETTINGS: TriageSettings = Object.freeze({
  brandNames: ['GitLab', 'GitLab.com', 'GitLab CI', 'GitLab Duo'],
  brandHandles: ['gitlab', 'gitlabstatus', 'movingtogitlab', 'gitlabsupport'],
  competitorNames: [
    'GitHub', 'GitHub Actions', 'Bitbucket', 'Jenkins', 'CircleCI', 'Travis CI', 'Azure DevOps', 'Gitea', 'Forgejo', 'Codeberg',
    'Copilot', 'TeamCity',
  ],
  staffHandles: [],
}) as TriageSettings;

function commaList(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return items.length > 0 ? items : undefined;
}

function handles(value: unknown): string[] | undefined {
  return commaList(value)?.map((handle) => handle.replace(/^@/, ''));
}

/** Settings with the defaults where `partial` leaves one out. */
export function resolveSettings(partial?: Partial<TriageSettings>): TriageSettings {
  if (!partial || partial === DEFAULT_TRIAGE_SETTINGS) return DEFAULT_TRIAGE_SETTINGS;
  return {
    brandNames: partial.brandNames ?? DEFAULT_TRIAGE_SETTINGS.brandNames,
    brandHandles: partial.brandHandles ?? DEFAULT_TRIAGE_SETTINGS.brandHandles,
    competitorNames: partial.competitorNames ?? DEFAULT_TRIAGE_SETTINGS.competitorNames,
    staffHandles: partial.staffHandles ?? DEFAULT_TRIAGE_SETTINGS.staffHandles,
  };
}

/**
 * Reads the app settings `brand_names`, `brand_handles`, `competitor_names`, `staff_handles` (comma-separated);
 * blanks keep the defaults (no staff handles).
 */
export function settingsFromAppSettings(values: Record<string, unknown>): TriageSettings {
  return {
    brandNames: commaList(values.brand_names) ?? DEFAULT_TRIAGE_SETTINGS.brandNames,
    brandHandles: handles(values.brand_handles) ?? DEFAULT_TRIAGE_SETTINGS.brandHandles,
    competitorNames: commaList(values.competitor_names) ?? DEFAULT_TRIAGE_SETTINGS.competitorNames,
    staffHandles: staffHandlesFrom(values.staff_handles),
  };
}

/** `@ana, bo` as typed (a setting or the CLI's `--staff-handles`): lower-case handles without `@`; blank is none. */
export function staffHandlesFrom(value: unknown): string[] {
  return (handles(value) ?? []).map((handle) => handle.toLowerCase());
}

const firstWord = (name: string) => name.trim().toLowerCase().split(/[\s.]+/)[0] ?? '';
const forBrand = new Map<string, TriageSettings>();

/**
 * Settings for a post about another tool than the configured brand (a labelled line with `"brand": "GitHub"`):
 * that tool becomes the brand, and the configured brand one of its competitors. Memoised, so a batch compiles
 * each brand's vocabulary once.
 */
export function settingsForBrand(brand: string, base: TriageSettings = DEFAULT_TRIAGE_SETTINGS): TriageSettings {
  const key = `${brand}\n${JSON.stringify(base)}`;
  const cached = forBrand.get(key);
  if (cached) return cached;
  const others = [...base.brandNames, ...base.competitorNames].filter((name) => firstWord(name) !== firstWord(brand));
  // The configured team works on the configured brand: its staff are customers of the other tool.
  const settings: TriageSettings = { brandNames: [brand], brandHandles: [], competitorNames: others, staffHandles: [] };
  forBrand.set(key, settings);
  return settings;
}
