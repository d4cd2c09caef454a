/** A JSON document that parsed, or the parser's complaint. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses JSON without throwing. */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a parsed JSON value is an object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipSpace(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  return i;
}

/**
 * Keys that appear twice in the same object of valid JSON text. `JSON.parse` keeps the last one silently;
 * Zendesk's validator refuses such a manifest (`duplicate_manifest_keys`), so we look at the text itself.
 */
export function duplicateJsonKeys(text: string): string[] {
  const scopes: Array<Set<string> | 'array'> = [];
  const duplicates: string[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') {
      const end = readString(text, i);
      const scope = scopes[scopes.length - 1];
      if (scope instanceof Set && text[skipSpace(text, end)] === ':') {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (scope.has(key)) duplicates.push(key);
        scope.add(key);
      }
      i = end;
      continue;
    }
    if (char === '{') scopes.push(new Set());
    else if (char === '[') scopes.push('array');
    else if (char === '}' || char === ']') scopes.pop();
    i += 1;
  }
  return duplicates;
}
