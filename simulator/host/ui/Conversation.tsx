import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import type { SimComment } from '../state/simTypes';
import { simApi } from '../state/simApi';
import { draftTags } from '../state/draft';
import { useHostField } from './HostContext';
import { Card, Column, Muted, PaneTitle, Row } from './styled';

const TEAM_MEMBER = { name: 'Jane Park', handle: 'janepark_dev' };

/** The X handle of a comment's author, when the comment came from X. */
function xHandleOf(comment: SimComment | undefined): string | undefined {
  const from = comment?.via?.source?.from;
  return from && 'username' in from ? from.username : undefined;
}

function authorOf(comment: SimComment): string {
  const handle = xHandleOf(comment);
  return handle === undefined ? comment.author.name : `${comment.author.name} @${handle}`;
}

/** A reply on X starts with the handle it answers: the first comment's author, when the ticket came from X. */
function replyOpening(comments: SimComment[]): string {
  const handle = xHandleOf(comments[0]);
  return handle === undefined ? '' : `@${handle} `;
}

/**
 * The ticket conversation, with a way for a team member to answer the post from X. The box starts with the
 * author's handle only: what to say depends on the post (thanks for praise, an answer for a question), so the
 * button waits for words after the handle.
 */
export function Conversation() {
  const ticket = useHostField('ticket');
  const draft = useHostField('draft');
  const opening = replyOpening(ticket.comments);
  const [reply, setReply] = useState(opening);
  const hasWords = reply.replace(/^(\s*@\w+)+/, '').trim() !== '';
  const [sending, setSending] = useState(false);
  const sendReply = async (): Promise<void> => {
    setSending(true);
    try {
      await simApi.teamReply(ticket.id, { ...TEAM_MEMBER, body: reply });
    } finally {
      setSending(false);
    }
  };
  return (
    <Column id="conversation" aria-label="Conversation">
      <PaneTitle>
        #{ticket.id} {ticket.subject} <Muted>· {draft.status ?? ticket.status}</Muted>
      </PaneTitle>
      <Row style={{ padding: '6px 16px' }}>
        {draftTags(ticket.tags, draft).map((tag) => (
          <Tag key={tag} size="small">
            {tag}
          </Tag>
        ))}
      </Row>
      {ticket.comments.map((comment) => (
        <Card key={comment.id} data-comment-id={comment.id} data-public={comment.public}>
          <Row>
            <strong>{authorOf(comment)}</strong>
            <Muted>
              {comment.public ? 'public' : 'internal note'} · via {comment.via?.channel ?? 'web'} · {comment.createdAt}
            </Muted>
          </Row>
          <p style={{ whiteSpace: 'pre-wrap', margin: '6px 0 0' }}>{comment.body}</p>
        </Card>
      ))}
      <Card>
        <Muted>Reply from X as a team member ({TEAM_MEMBER.name}, @{TEAM_MEMBER.handle})</Muted>
        <textarea
          id="team-reply-text"
          aria-label="Reply text"
          placeholder="Write the reply"
          value={reply}
          onChange={(event) => setReply(event.target.value)}
          rows={2}
          style={{ width: '100%' }}
        />
        <Button id="team-reply" size="small" disabled={sending || !hasWords} onClick={() => void sendReply()}>
          Reply from X as a team member
        </Button>
      </Card>
    </Column>
  );
}
