import { TextObject } from './Mrkdwn';

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose => (typeof value === 'object' && value !== null ? (value as Loose) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Inline elements of a `rich_text` block (text with styles, links, emoji, users). */
function RichInline({ element }: { element: Loose }) {
  const text = typeof element.text === 'string' ? element.text : '';
  const style = record(element.style);
  if (element.type === 'link' && typeof element.url === 'string' && /^https?:/i.test(element.url)) {
    return (
      <a href={element.url} target="_blank" rel="noreferrer noopener">
        {text || element.url}
      </a>
    );
  }
  if (element.type === 'emoji') return <span>:{String(element.name ?? '')}:</span>;
  if (element.type === 'user') return <span>@{String(element.user_id ?? '')}</span>;
  let node = <>{text}</>;
  if (style.code) node = <code>{node}</code>;
  if (style.bold) node = <b>{node}</b>;
  if (style.italic) node = <i>{node}</i>;
  if (style.strike) node = <s>{node}</s>;
  return node;
}

function RichElements({ elements }: { elements: unknown[] }) {
  return (
    <>
      {elements.map(record).map((element, index) => (
        <RichInline key={index} element={element} />
      ))}
    </>
  );
}

function RichText({ block }: { block: Loose }) {
  return (
    <div data-block="rich_text">
      {list(block.elements).map(record).map((part, index) => {
        const inner = <RichElements elements={list(part.elements)} />;
        if (part.type === 'rich_text_quote') return <blockquote key={index} style={{ margin: '4px 0', paddingLeft: 8, borderLeft: '3px solid #c2c8cc' }}>{inner}</blockquote>;
        if (part.type === 'rich_text_preformatted') return <pre key={index}>{inner}</pre>;
        if (part.type === 'rich_text_list') {
          return (
            <ul key={index}>
              {list(part.elements).map(record).map((item, itemIndex) => (
                <li key={itemIndex}>
                  <RichElements elements={list(item.elements)} />
                </li>
              ))}
            </ul>
          );
        }
        return <div key={index}>{inner}</div>;
      })}
    </div>
  );
}

/** One Block Kit block as Slack lays it out; an unknown type says so instead of disappearing. */
export function Block({ block }: { block: Loose }) {
  switch (block.type) {
    case 'header':
      return (
        <h3 data-block="header" style={{ margin: '4px 0', fontSize: 16 }}>
          <TextObject value={block.text} />
        </h3>
      );
    case 'section':
      return (
        <div data-block="section" style={{ margin: '4px 0' }}>
          {block.text ? <div><TextObject value={block.text} /></div> : null}
          {list(block.fields).length > 0 ? (
            <div data-section-fields="true" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 4, marginTop: 4 }}>
              {list(block.fields).map((field, index) => (
                <div key={index}>
                  <TextObject value={field} />
                </div>
              ))}
            </div>
          ) : null}
        </div>
      );
    case 'context':
      return (
        <div data-block="context" style={{ fontSize: 12, opacity: 0.75, margin: '4px 0' }}>
          {list(block.elements).map(record).map((element, index) =>
            element.type === 'image' ? <span key={index}>[{String(element.alt_text ?? 'image')}] </span> : <span key={index}><TextObject value={element} /> </span>,
          )}
        </div>
      );
    case 'divider':
      return <hr data-block="divider" />;
    case 'rich_text':
      return <RichText block={block} />;
    case 'actions':
      return (
        <div data-block="actions">
          {list(block.elements).map(record).map((element, index) => (
            <button key={index} type="button" disabled>
              <TextObject value={element.text} />
            </button>
          ))}
        </div>
      );
    default:
      return <div data-block="unsupported">[unsupported block: {String(block.type)}]</div>;
  }
}

/** All blocks of a message. */
export function Blocks({ blocks }: { blocks: unknown[] }) {
  return (
    <>
      {blocks.map(record).map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </>
  );
}
