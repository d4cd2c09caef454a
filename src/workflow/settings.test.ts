import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERT_ROUTING } from '../experts/routing';
import { DEFAULT_ENABLED_SOURCES, DEFAULT_EXPERT_MACRO, DEFAULT_FORUM_HOST, enabledSourcesFrom, readAppSettings } from './settings';

describe('sources in the app settings', () => {
  it('turns every source on and uses GitLab’s forum by default', () => {
    expect(readAppSettings({}).sources).toEqual({ enabledSources: ['x', 'hacker_news', 'reddit', 'facebook', 'forum'], forumHost: 'forum.gitlab.com' });
  });

  it('reads the list as an admin types it', () => {
    expect(enabledSourcesFrom('X, Hacker News, reddit')).toEqual(['x', 'hacker_news', 'reddit']);
    expect(enabledSourcesFrom('hacker-news,forum')).toEqual(['hacker_news', 'forum']);
  });

  it('keeps every source on when the list names none (a typo must not hide every ticket)', () => {
    expect(enabledSourcesFrom('')).toHaveLength(5);
    expect(enabledSourcesFrom('twiter, hn')).toHaveLength(5);
  });

  it('has the manifest’s defaults', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'manifest.json'), 'utf8')) as { parameters: { name: string; default?: string }[] };
    const defaults = Object.fromEntries(manifest.parameters.map((parameter) => [parameter.name, parameter.default]));
    expect(defaults.enabled_sources).toBe(DEFAULT_ENABLED_SOURCES);
    expect(defaults.forum_host).toBe(DEFAULT_FORUM_HOST);
    expect(defaults.expert_routing).toBe(DEFAULT_EXPERT_ROUTING);
    expect(defaults.expert_macro_title).toBe(DEFAULT_EXPERT_MACRO);
  });

  it('an empty expert routing routes nothing, like the default', () => {
    expect(readAppSettings({}).expertRouting).toBe('');
    expect(readAppSettings({ expert_routing: 'verify C0VERIFY01' }).expertRouting).toBe('verify C0VERIFY01');
  });
});
