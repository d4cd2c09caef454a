import { describe, expect, it } from 'vitest';
import { checklistFor, toneRulesFor } from './guidelines';
import { suggest } from './wholeModel';
import { CATEGORIES } from './types';

describe('tone rules beside the suggestion', () => {
  it('shows the criticism steps: acknowledge, apologise, invite, end positive', () => {
    expect(toneRulesFor('criticism')).toEqual(expect.arrayContaining(['acknowledge', 'apologise', 'invite_feedback', 'end_positive']));
  });

  it('reminds volunteers not to bash competitors', () => {
    expect(toneRulesFor('competition')).toContain('no_bashing');
  });

  it('tells volunteers to step away from a hostile post, never to thank it', () => {
    const suggestion = suggest({ text: '@gitlab you people are clowns. Your product is garbage and so is everyone who works there', via: { channel: 'twitter' } });
    expect(suggestion.skipReason).toBe('hostile');
    const rules = toneRulesFor(suggestion.category, suggestion.skipReason);
    expect(rules).toContain('step_away');
    expect(rules).not.toContain('thank_first');
  });

  it('has no reply rules for spam or a private message', () => {
    expect(toneRulesFor('other', 'spam')).toEqual([]);
  });

  it('has rules for every category', () => {
    for (const category of CATEGORIES) expect(toneRulesFor(category).length).toBeGreaterThan(0);
  });
});

describe('the seed’s checklist, pre-filled', () => {
  it('answers the three questions for a public outage report', () => {
    const suggestion = suggest({ text: '@gitlab is gitlab down?? getting 503s on every push', via: { channel: 'twitter' } });
    expect(checklistFor(suggestion)).toEqual([
      { id: 'needs_expert', checked: true },
      { id: 'relationship_potential', checked: false },
      { id: 'public_post', checked: true },
    ]);
  });

  it('leaves "public post" unchecked for a DM', () => {
    const suggestion = suggest({ text: 'Thanks for the help yesterday, all working!', via: { channel: 'twitter_dm' } });
    expect(checklistFor(suggestion).find((item) => item.id === 'public_post')?.checked).toBe(false);
  });
});
