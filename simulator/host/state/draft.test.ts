import { describe, expect, it } from 'vitest';
import { applyMacro, describeDraft, draftTags, EMPTY_DRAFT, isDirty, removeTags, submitBody, withTags } from './draft';
import type { SimMacro } from './simTypes';

const saved = ['twitter', 'mention', 'gitlab_ci'];

const involvement: SimMacro = {
  id: 360001,
  title: 'Involving Experts::Community Involvement',
  active: true,
  actions: [
    { field: 'current_tags', value: 'community_involvement ci_involved' },
    { field: 'status', value: 'pending' },
    { field: 'comment_mode_is_public', value: 'false' },
    { field: 'comment_value', value: ['channel:all', 'Shared in #community-involvement for a team member to answer.'] },
  ],
};

describe('the draft in the editor', () => {
  it('shows a macro’s tags, status and note before anything is saved', () => {
    const draft = applyMacro(saved, EMPTY_DRAFT, involvement);
    expect(draftTags(saved, draft)).toEqual(['twitter', 'mention', 'gitlab_ci', 'community_involvement', 'ci_involved']);
    expect(describeDraft(draft)).toEqual([
      'Macro applied: Involving Experts::Community Involvement',
      '+ tag community_involvement',
      '+ tag ci_involved',
      'Status → pending',
      'Internal note: Shared in #community-involvement for a team member to answer.',
    ]);
    expect(submitBody(draft)).toEqual({
      tagsAdded: ['community_involvement', 'ci_involved'],
      tagsRemoved: [],
      macros: [360001],
      status: 'pending',
      comment: { body: 'Shared in #community-involvement for a team member to answer.', public: false },
    });
  });

  it('records a removed saved tag and forgets an added one taken away again', () => {
    let draft = withTags(saved, EMPTY_DRAFT, ['twitter', 'ci_share_pending']);
    expect(draft).toMatchObject({ tagsAdded: ['ci_share_pending'], tagsRemoved: ['mention', 'gitlab_ci'] });
    draft = removeTags(saved, draft, ['ci_share_pending']);
    expect(draft).toMatchObject({ tagsAdded: [], tagsRemoved: ['mention', 'gitlab_ci'] });
  });

  it('has nothing to submit until something changes', () => {
    expect(isDirty(EMPTY_DRAFT)).toBe(false);
    expect(submitBody(EMPTY_DRAFT)).toEqual({ tagsAdded: [], tagsRemoved: [], macros: [] });
  });
});
