import { facebook } from './facebook';
import { forum } from './forum';
import { hackerNews } from './hackerNews';
import { PLATFORMS, type Platform } from './post';
import type { PostSource } from './postSource';
import { reddit } from './reddit';
import { x } from './x';

/** Every platform's module, by id: adding a platform is one module and one line here. */
export const SOURCES: Readonly<Record<Platform, PostSource>> = { x, hacker_news: hackerNews, reddit, facebook, forum };

const ALL_SOURCES: readonly PostSource[] = PLATFORMS.map((platform) => SOURCES[platform]);

/** The modules in `PLATFORMS` order (the order links are tried in); the same array every time, read-only. */
export function allSources(): readonly PostSource[] {
  return ALL_SOURCES;
}
