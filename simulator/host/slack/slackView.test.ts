import { describe, expect, it } from 'vitest';
import { readSlackView } from './slackView';

const paneView = {
  users: [
    { id: 'U0BOT', name: 'community-involvement', real_name: 'Community Involvement', is_bot: true },
    { id: 'U0JANE', name: 'jane.park', real_name: 'Jane Park' },
  ],
  channels: [
    { id: 'C0ARCHIVED', name: 'community-involvement-2019', is_archived: true, bot_is_member: true, messages: [] },
    {
      id: 'C0COMMUNITY',
      name: 'community-involvement',
      is_archived: false,
      bot_is_member: true,
      messages: [
        {
          ts: '1732460000.000100',
          user: 'U0BOT',
          user_name: 'Community Involvement',
          text: 'A tweet worth a reply',
          blocks: [{ type: 'header', text: { type: 'plain_text', text: 'A tweet worth a reply' } }],
          edited: { user: 'U0BOT', ts: '1732460100.000000' },
          reactions: [{ name: 'eyes', users: ['U0JANE'], user_names: ['Jane Park'], count: 1 }],
          replies: [{ ts: '1732460200.000200', user: 'U0JANE', user_name: 'Jane Park', text: 'On it!', reactions: [] }],
        },
      ],
    },
  ],
};

describe('the Slack pane reads the channel view', () => {
  it('shows the configured channel with names, reactions, the edited marker and the thread', () => {
    const view = readSlackView(paneView, 'C0COMMUNITY');
    expect(view.people).toEqual([{ id: 'U0JANE', name: 'Jane Park' }]);
    expect(view.messages).toHaveLength(1);
    expect(view.messages[0]).toMatchObject({
      author: 'Community Involvement',
      edited: true,
      reactions: [{ name: 'eyes', count: 1, users: ['Jane Park'] }],
      replies: [{ author: 'Jane Park', text: 'On it!' }],
    });
  });
});
