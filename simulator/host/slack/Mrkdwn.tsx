import { Fragment } from 'react';
import { parseMrkdwn, type MrkdwnNode } from './mrkdwn';

function Node({ node }: { node: MrkdwnNode }) {
  switch (node.type) {
    case 'text':
      return <>{node.text}</>;
    case 'break':
      return <br />;
    case 'code':
      return <code>{node.text}</code>;
    case 'link':
      return (
        <a href={node.url} target="_blank" rel="noreferrer noopener">
          {node.label}
        </a>
      );
    case 'mention':
      return <span data-mention="true">{node.label}</span>;
    default: {
      const Tag = node.type === 'bold' ? 'b' : node.type === 'italic' ? 'i' : 's';
      return <Tag>{node.children.map((child, index) => <Node key={index} node={child} />)}</Tag>;
    }
  }
}

/** Slack mrkdwn rendered as React text nodes, so nothing in a message becomes markup. */
export function Mrkdwn({ text }: { text: string }) {
  return (
    <>
      {parseMrkdwn(text).map((node, index) => (
        <Fragment key={index}>
          <Node node={node} />
        </Fragment>
      ))}
    </>
  );
}

/** A Block Kit text object: mrkdwn or plain_text. */
export function TextObject({ value }: { value: unknown }) {
  const object = (typeof value === 'object' && value !== null ? value : {}) as { type?: unknown; text?: unknown };
  const text = typeof object.text === 'string' ? object.text : '';
  return object.type === 'mrkdwn' ? <Mrkdwn text={text} /> : <>{text}</>;
}
