import { isJsonObject } from './json';
import { packageError, type Finding } from './issues';
import type { PackageContents } from './packageContents';

const MANIFEST = 'manifest.json';

/** Locations each Zendesk product offers to apps (ZAS `Location` data); Chat and Sell names are not checked. */
const KNOWN_LOCATIONS: Record<string, readonly string[] | undefined> = {
  support: [
    'ticket_sidebar', 'new_ticket_sidebar', 'organization_sidebar', 'user_sidebar', 'top_bar', 'nav_bar',
    'system_top_bar', 'ticket_editor', 'background', 'modal',
  ],
  chat: undefined,
  sell: undefined,
};

/** One `location.<product>.<name>` entry with its options. */
interface LocationEntry {
  /** `support.ticket_sidebar` */
  name: string;
  /** The URL the iframe loads (relative to the package or absolute). */
  url: unknown;
  /** `flexible` as written. */
  flexible: unknown;
}

function locationEntries(location: Record<string, unknown>): { entries: LocationEntry[]; findings: Finding[] } {
  const entries: LocationEntry[] = [];
  const findings: Finding[] = [];
  for (const [product, places] of Object.entries(location)) {
    if (!(product in KNOWN_LOCATIONS)) {
      findings.push(packageError('invalid_location', MANIFEST, `"location.${product}" is not a Zendesk product (support, chat, sell).`));
      continue;
    }
    if (!isJsonObject(places)) {
      findings.push(packageError('invalid_location', MANIFEST, `"location.${product}" must map location names to URLs.`));
      continue;
    }
    const known = KNOWN_LOCATIONS[product];
    for (const [place, options] of Object.entries(places)) {
      const name = `${product}.${place}`;
      if (known && !known.includes(place)) {
        findings.push(packageError('invalid_location', MANIFEST, `"location.${name}" is not a ${product} location.`));
      } else if (typeof options === 'string') {
        entries.push({ name, url: options, flexible: undefined });
      } else if (isJsonObject(options)) {
        entries.push({ name, url: options.url, flexible: options.flexible });
      } else {
        findings.push(packageError('invalid_location', MANIFEST, `"location.${name}" must be a URL or an object with "url".`));
      }
    }
  }
  return { entries, findings };
}

function isAllowedAbsoluteUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.hostname === 'localhost';
}

function urlFindings(contents: PackageContents, entry: LocationEntry): Finding[] {
  const { url } = entry;
  if (typeof url !== 'string' || url === '') {
    return [packageError('invalid_location_url', MANIFEST, `"location.${entry.name}.url" must be a non-empty string.`)];
  }
  // Zendesk fills {{setting.x}} at install time, so such URLs cannot be checked here (ZAS skips them too).
  if (url.includes('{{setting.')) return [];
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    const absolute = URL.canParse(url) ? new URL(url) : undefined;
    return absolute && isAllowedAbsoluteUrl(absolute)
      ? []
      : [packageError('invalid_location_url', MANIFEST, `"location.${entry.name}.url" ${url} must be https (or http://localhost).`)];
  }
  const path = url.split(/[?#]/)[0]!;
  if (!path.startsWith('assets/')) {
    return [packageError('invalid_location_url', MANIFEST, `"location.${entry.name}.url" ${url} must point inside assets/.`)];
  }
  return contents.files.has(path)
    ? []
    : [packageError('missing_file', path, `"location.${entry.name}.url" points at ${path}, which is not in the package.`)];
}

/** Each location names a known product and place, loads a page that ships in assets/ (or https), and `flexible` is a boolean. */
export function locationRules(contents: PackageContents): Finding[] {
  const location = contents.manifest?.location;
  if (location === undefined) return [];
  if (!isJsonObject(location)) {
    return [packageError('invalid_location', MANIFEST, '"location" must be an object like {"support": {"ticket_sidebar": {...}}}.')];
  }
  const { entries, findings } = locationEntries(location);
  if (entries.length === 0 && findings.length === 0) {
    findings.push(packageError('missing_manifest_field', MANIFEST, '"location" names no location.'));
  }
  for (const entry of entries) {
    findings.push(...urlFindings(contents, entry));
    if (entry.flexible !== undefined && typeof entry.flexible !== 'boolean') {
      findings.push(packageError('invalid_location_flexible', MANIFEST, `"location.${entry.name}.flexible" must be true or false.`));
    }
  }
  return findings;
}
