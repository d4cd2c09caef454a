import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { simApi } from '../state/simApi';
import { Blocks } from './BlockKit';
import { Mrkdwn } from './Mrkdwn';
import type { SlackMessageView, SlackPerson } from './slackView';
import { Card, Muted, Row } from '../ui/styled';

const EMOJI: Record<string, string> = { eyes: '👀', white_check_mark: '✅', heart: '❤️', tada: '🎉', '+1': '👍' };

function Body({ message }: { message: SlackMessageView }) {
  return (
    <>
      <Row>
        <strong>{message.author}</strong>
        {message.edited ? <Muted data-edited="true">(edited)</Muted> : null}
      </Row>
      {message.blocks.length > 0 ? <Blocks blocks={message.blocks} /> : <Mrkdwn text={message.text} />}
    </>
  );
}

/** A top-level message with its reactions, thread and the volunteer's buttons. */
export function SlackMessage({ message, volunteer }: { message: SlackMessageView; volunteer: SlackPerson | undefined }) {
  const [reply, setReply] = useState('');
  const react = (name: string): void => {
    if (volunteer) void simApi.slackReact(message.ts, name, volunteer.id);
  };
  const sendReply = (): void => {
    if (!volunteer || !reply.trim()) return;
    void simApi.slackReply(message.ts, volunteer.id, reply).then(() => setReply(''));
  };
  return (
    <Card data-slack-ts={message.ts}>
      <Body message={message} />
      <Row style={{ marginTop: 4 }}>
        {message.reactions.map((reaction) => (
          <span key={reaction.name} data-reaction={reaction.name} title={reaction.users.join(', ')}>
            {EMOJI[reaction.name] ?? `:${reaction.name}:`} {reaction.count}
          </span>
        ))}
      </Row>
      {message.replies.length > 0 ? (
        <div data-thread="true" style={{ marginLeft: 12, paddingLeft: 8, borderLeft: '2px solid #c2c8cc' }}>
          <Muted>{message.replies.length} {message.replies.length === 1 ? 'reply' : 'replies'}</Muted>
          {message.replies.map((item) => (
            <div key={item.ts} data-slack-reply-ts={item.ts}>
              <Body message={item} />
            </div>
          ))}
        </div>
      ) : null}
      <Row style={{ marginTop: 6 }}>
        <Button size="small" isBasic data-react="eyes" disabled={!volunteer} onClick={() => react('eyes')}>
          👀
        </Button>
        <Button size="small" isBasic data-react="white_check_mark" disabled={!volunteer} onClick={() => react('white_check_mark')}>
          ✅
        </Button>
        <input aria-label="Reply in thread" placeholder="Reply in thread…" value={reply} onChange={(event) => setReply(event.target.value)} style={{ flex: 1, minWidth: 80 }} />
        <Button size="small" data-thread-reply="true" disabled={!volunteer || !reply.trim()} onClick={sendReply}>
          Reply
        </Button>
      </Row>
    </Card>
  );
}
