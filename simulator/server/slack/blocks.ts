/** Checks Block Kit and message metadata the way Slack refuses them (error strings are Slack's). */

const BLOCK_TYPES = new Set(['section', 'header', 'divider', 'context', 'actions', 'rich_text', 'image', 'markdown', 'video', 'file', 'input']);
const RICH_TEXT_PARTS = new Set(['rich_text_section', 'rich_text_list', 'rich_text_quote', 'rich_text_preformatted']);

type Check<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses `blocks` (array, or JSON text from a form body) and validates every block. */
export function checkBlocks(raw: unknown): Check<unknown[]> {
  let blocks = raw;
  if (typeof raw === 'string') {
    try {
      blocks = JSON.parse(raw);
    } catch {
      return { ok: false, error: 'invalid_blocks_format' };
    }
  }
  if (!Array.isArray(blocks)) return { ok: false, error: 'invalid_blocks_format' };
  if (blocks.length > 50) return { ok: false, error: 'invalid_blocks' };
  const ids = new Set<string>();
  for (const block of blocks) {
    if (!isValidBlock(block)) return { ok: false, error: 'invalid_blocks' };
    const id = (block as { block_id?: unknown }).block_id;
    if (id !== undefined) {
      if (typeof id !== 'string' || id.length > 255 || ids.has(id)) return { ok: false, error: 'invalid_blocks' };
      ids.add(id);
    }
  }
  return { ok: true, value: blocks };
}

/** Parses `metadata` (`{ event_type, event_payload }`, object or JSON text). */
export function checkMetadata(raw: unknown): Check<{ event_type: string; event_payload: Record<string, unknown> }> {
  let metadata = raw;
  if (typeof raw === 'string') {
    try {
      metadata = JSON.parse(raw);
    } catch {
      return { ok: false, error: 'invalid_metadata_format' };
    }
  }
  const candidate = metadata as { event_type?: unknown; event_payload?: unknown } | null;
  if (
    typeof candidate !== 'object' || candidate === null ||
    typeof candidate.event_type !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(candidate.event_type) ||
    typeof candidate.event_payload !== 'object' || candidate.event_payload === null || Array.isArray(candidate.event_payload)
  ) {
    return { ok: false, error: 'invalid_metadata_format' };
  }
  return { ok: true, value: candidate as { event_type: string; event_payload: Record<string, unknown> } };
}

function isValidBlock(block: unknown): boolean {
  if (typeof block !== 'object' || block === null) return false;
  const { type } = block as { type?: unknown };
  if (typeof type !== 'string' || !BLOCK_TYPES.has(type)) return false;
  const b = block as Record<string, unknown>;
  switch (type) {
    case 'header':
      return isTextObject(b.text, 150, ['plain_text']);
    case 'section': {
      if (b.text === undefined && b.fields === undefined) return false;
      if (b.text !== undefined && !isTextObject(b.text, 3000)) return false;
      if (b.fields === undefined) return true;
      return Array.isArray(b.fields) && b.fields.length <= 10 && b.fields.every((field) => isTextObject(field, 2000));
    }
    case 'context':
      return Array.isArray(b.elements) && b.elements.length >= 1 && b.elements.length <= 10 &&
        b.elements.every((element) => isTextObject(element, 3000) || (element as { type?: unknown })?.type === 'image');
    case 'rich_text':
      return Array.isArray(b.elements) && b.elements.every(isRichTextPart);
    default:
      return true;
  }
}

function isTextObject(value: unknown, max: number, types = ['plain_text', 'mrkdwn']): boolean {
  const text = value as { type?: unknown; text?: unknown } | null;
  return typeof text === 'object' && text !== null && typeof text.type === 'string' && types.includes(text.type) &&
    typeof text.text === 'string' && text.text.length >= 1 && text.text.length <= max;
}

function isRichTextPart(value: unknown): boolean {
  const part = value as { type?: unknown; elements?: unknown } | null;
  return typeof part === 'object' && part !== null && typeof part.type === 'string' && RICH_TEXT_PARTS.has(part.type) &&
    Array.isArray(part.elements);
}
