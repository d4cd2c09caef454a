/** Arguments of one Web API call, from a JSON body, a form body or the query string. */
export type SlackArgs = Record<string, unknown>;

/** The JSON Slack answers with (HTTP 200 for `ok: false` too). */
export type SlackResult = { ok: boolean } & Record<string, unknown>;

/** `{ ok: false, error }`, as Slack reports every error except rate limits. */
export function fail(error: string, extra: Record<string, unknown> = {}): SlackResult {
  return { ok: false, error, ...extra };
}

/** Form fields are strings; JSON bodies may carry real booleans. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1;
}
