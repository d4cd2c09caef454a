import { describe, expect, it } from 'vitest';
import { PLATFORMS } from './post';
import { readPostUrl } from './postUrl';
import { SOURCES } from './sources';
import { ALL_SOURCES, urlCases } from './testing/urlCases';

describe.each(PLATFORMS)('the written URL cases for %s', (platform) => {
  const cases = urlCases(platform);

  it('has at least 40 cases, valid and rejected', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.some((c) => c.expected === null)).toBe(true);
    expect(cases.some((c) => c.expected !== null)).toBe(true);
  });

  it.each(cases.map((c) => [c.why, c.input, c.expected] as const))('%s: %s', (_why, input, expected) => {
    expect(SOURCES[platform].parse(input, ALL_SOURCES)?.url ?? null).toBe(expected);
    // A link one platform accepts is the same post wherever it is pasted; none is claimed by two platforms.
    const pasted = readPostUrl(input, ALL_SOURCES);
    if (expected !== null) expect(pasted).toMatchObject({ ok: true, link: { platform, url: expected } });
    else if (pasted.ok) expect(pasted.link.platform).not.toBe(platform);
  });
});
