import { existsSync, readFileSync } from 'node:fs';

/** One `parameters` entry of manifest.json, as far as the proxy cares. */
export interface ManifestParameter {
  name: string;
  secure?: boolean;
  default?: string;
  /** Where a secure value may be substituted: `header`, `body`, `url`, … */
  scopes?: string[];
}

/** What the proxy reads from the app's manifest. */
export interface ManifestRules {
  /** Hosts (and their subdomains) secure values may be sent to. */
  domainWhitelist: string[];
  /** Every installation parameter. */
  parameters: ManifestParameter[];
  /** App name and version for `metadata()`. */
  name: string;
  version: string;
}

/** Reads the first manifest.json that exists: the built app folder's, else the source one. */
export function readManifestRules(candidates: string[]): ManifestRules {
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) return { domainWhitelist: [], parameters: [], name: 'App', version: '0.0.0' };
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Partial<ManifestRules>;
  return {
    domainWhitelist: Array.isArray(manifest.domainWhitelist) ? manifest.domainWhitelist : [],
    parameters: Array.isArray(manifest.parameters) ? manifest.parameters : [],
    name: manifest.name ?? 'App',
    version: manifest.version ?? '0.0.0',
  };
}

/** Whether `host` is a whitelisted domain or one of its subdomains. */
export function isWhitelisted(rules: ManifestRules, host: string): boolean {
  const lower = host.toLowerCase();
  return rules.domainWhitelist.some((domain) => {
    const entry = domain.toLowerCase();
    return lower === entry || lower.endsWith(`.${entry}`);
  });
}

/** Names of the parameters marked `secure: true`. */
export function secureNames(rules: ManifestRules): Set<string> {
  return new Set(rules.parameters.filter((parameter) => parameter.secure).map((parameter) => parameter.name));
}
