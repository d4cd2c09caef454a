import { isWhitelisted, type ManifestRules } from './manifestRules';

const PLACEHOLDER = /\{\{setting\.([A-Za-z0-9_]+)\}\}/g;

/** The parts of a `client.request` the proxy rewrites. */
export interface OutgoingRequest {
  url: string;
  headers: Record<string, string>;
  data: string | undefined;
}

/** The rewritten request, or why the proxy refused it. */
export type Substitution =
  | { ok: true; request: OutgoingRequest; substituted: string[] }
  | { ok: false; reason: 'not_secure' | 'host_not_whitelisted' | 'unknown_setting' | 'out_of_scope' };

/**
 * Replaces `{{setting.<name>}}` only for `secure: true` requests to whitelisted hosts, and a secure value only
 * where the manifest's `scopes` allow it (`header`, `body`, `url`), as Zendesk's proxy does.
 */
export function substituteSettings(
  request: OutgoingRequest,
  secure: boolean,
  settings: Record<string, string>,
  rules: ManifestRules,
): Substitution {
  const places: [scope: string, text: string][] = [
    ['url', request.url],
    ...Object.values(request.headers).map((value): [string, string] => ['header', value]),
    ['body', request.data ?? ''],
  ];
  const used = places.flatMap(([scope, text]) => [...text.matchAll(PLACEHOLDER)].map((match) => ({ scope, name: match[1] ?? '' })));
  if (used.length === 0) return { ok: true, request, substituted: [] };
  if (!secure) return { ok: false, reason: 'not_secure' };
  if (!isWhitelisted(rules, new URL(request.url.replace(PLACEHOLDER, 'x')).hostname)) {
    return { ok: false, reason: 'host_not_whitelisted' };
  }
  for (const { scope, name } of used) {
    if (!(name in settings)) return { ok: false, reason: 'unknown_setting' };
    const parameter = rules.parameters.find((candidate) => candidate.name === name);
    if (parameter?.secure && parameter.scopes && !parameter.scopes.includes(scope)) return { ok: false, reason: 'out_of_scope' };
  }
  const fill = (text: string) => text.replace(PLACEHOLDER, (_whole, name: string) => settings[name] ?? '');
  return {
    ok: true,
    request: {
      url: fill(request.url),
      headers: Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, fill(value)])),
      data: request.data === undefined ? undefined : fill(request.data),
    },
    substituted: [...new Set(used.map((use) => use.name))],
  };
}
