import { describe, expect, test } from 'vitest';
import { macroEffects } from './macroEffects';

describe('what a macro does, read from its actions', () => {
  test('tags, status and an internal note of the expert macro', () => {
    expect(
      macroEffects([
        { field: 'current_tags', value: 'Expert_Requested  social' },
        { field: 'status', value: 'pending' },
        { field: 'comment_value', value: 'Expert requested in Slack.' },
        { field: 'comment_mode_is_public', value: 'false' },
      ]),
    ).toEqual({ addTags: ['expert_requested', 'social'], removeTags: [], fields: { status: 'pending' }, customFields: [], note: 'Expert requested in Slack.' });
  });

  test('removed tags, a custom field and a channel-scoped comment value', () => {
    expect(
      macroEffects([
        { field: 'remove_tags', value: 'needs_triage' },
        { field: 'custom_fields_360012345', value: 'community' },
        { field: 'comment_value', value: ['channel:all', 'Shared with volunteers.'] },
        { field: 'comment_mode_is_public', value: 'false' },
      ]),
    ).toMatchObject({ removeTags: ['needs_triage'], customFields: [{ id: 360012345, value: 'community' }], note: 'Shared with volunteers.' });
  });

  test('a public reply is refused: the app never answers the tweet unseen', () => {
    expect(macroEffects([{ field: 'comment_value', value: 'Thanks so much for the kind words! 🧡' }, { field: 'comment_mode_is_public', value: 'true' }])).toEqual({ refused: 'public_reply' });
  });

  test('set_tags is refused: it would replace the tags that carry the share', () => {
    expect(macroEffects([{ field: 'set_tags', value: 'community_involvement' }])).toEqual({ refused: 'unsupported', field: 'set_tags' });
  });
});
