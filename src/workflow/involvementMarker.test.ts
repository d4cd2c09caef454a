import { describe, expect, test } from 'vitest';
import { COMMUNITY_SHARE, EXPERT_REQUEST } from './involvementKind';
import { readMarker } from './involvementMarker';
import { doneTags, involvementTagsIn, pendingTags, pendingTagsIn } from './involvementTags';

const NOW = Date.parse('2026-11-24T15:00:00Z');

describe('each kind reads only its own tags', () => {
  test('an expert request pending beside a recorded share', () => {
    const tags = [...doneTags(COMMUNITY_SHARE, 'C0COMMUNITY', '1732460400.000101'), ...pendingTags(EXPERT_REQUEST, NOW, 'C0VERIFY')];
    expect(readMarker(COMMUNITY_SHARE, tags)).toEqual({ state: 'shared', channel: 'C0COMMUNITY', ts: '1732460400.000101', responded: false });
    expect(readMarker(EXPERT_REQUEST, tags)).toEqual({ state: 'pending', since: NOW, channel: 'C0VERIFY' });
    expect(pendingTagsIn(COMMUNITY_SHARE, tags)).toEqual([]);
    expect(pendingTagsIn(EXPERT_REQUEST, tags)).toEqual(['ci_expert_pending', `ci_expert_pending_${NOW / 1000}`, 'ci_expert_pending_in_c0verify']);
  });

  test('withdrawing an expert request takes its area and user tags, not the share', () => {
    const tags = [
      ...doneTags(COMMUNITY_SHARE, 'C0COMMUNITY', '1732460400.000101'),
      ...doneTags(EXPERT_REQUEST, 'C0VERIFY', '1732460500.000102'),
      'ci_expert_area_verify',
      'ci_expert_user_u0expert1',
      'vip',
    ];
    expect(involvementTagsIn(EXPERT_REQUEST, tags).sort()).toEqual(
      ['ci_expert_asked', 'ci_expert_slack_c0verify', 'ci_expert_ts_1732460500_000102', 'ci_expert_area_verify', 'ci_expert_user_u0expert1'].sort(),
    );
  });

  test('a done tag without a well-formed ts is not a recorded post', () => {
    expect(readMarker(EXPERT_REQUEST, ['ci_expert_asked', 'ci_expert_slack_c0verify', 'ci_expert_ts_abc'])).toEqual({ state: 'none', withdrawn: false });
    expect(readMarker(EXPERT_REQUEST, ['ci_expert_withdrawn'])).toEqual({ state: 'none', withdrawn: true });
  });
});
