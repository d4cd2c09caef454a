import { describe, expect, it } from 'vitest';
import { isDirectMessage } from './directMessage';

describe('isDirectMessage: private X messages', () => {
  it.each([
    [{ channel: 'twitter_dm' }],
    [{ channel: 26 }],
    [{ channel: '26' }],
    [{ channel: 'twitter', source: { rel: 'direct_message' } }],
  ])('treats %j as private', (via) => {
    expect(isDirectMessage(via)).toBe(true);
  });

  it.each([[undefined], [{ channel: 'twitter', source: { rel: null } }], [{ channel: 30 }], [{ channel: 'web' }]])('treats %j as public or unknown', (via) => {
    expect(isDirectMessage(via)).toBe(false);
  });
});
