import { facebook } from './facebook';
import { forum } from './forum';
import { hackerNews } from './hackerNews';
import { PLATFORMS, type Platform } from './post';
import type { PostSource } from './postSource';
import { reddit } from './reddit';
import { x } from './x';

/** Every platform's module, by id: adding a platform is one module and one line here. */
export const SOURCES: Readonly<Record<Platform, PostSource>> = { x, hacker_news: hackerNews, reddit, facebook, forum };

/** The modules in `PLATFORMS` order (the order links are tried in). */
export function allSources(): PostSource[] {
  return PLATFORMS.map((platform) => SOURCES[platform]);
}
