import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform, SourceSettings } from '../post';
import { PLATFORMS } from '../post';

/** One written URL case: the input and its canonical form, or null when it must be rejected. */
export interface UrlCase {
  input: string;
  expected: string | null;
  why: string;
}

/** The table of URL cases for a platform (`urlCases.<platform>.json`). */
export function urlCases(platform: Platform): UrlCase[] {
  const file = join(import.meta.dirname, `urlCases.${platform}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: UrlCase[] }).cases;
}

/** Settings for tests: every source on, GitLab's forum. */
export const ALL_SOURCES: SourceSettings = { enabledSources: PLATFORMS, forumHost: 'forum.gitlab.com' };
