import { expect } from 'vitest';
import { BLOCK_KIT_LIMITS } from '../limits';

interface TextObject {
  type: string;
  text: string;
}

type AnyBlock = { type: string } & Record<string, unknown>;

/** Every mrkdwn string in a message (top-level text included): the places Slack parses markup. */
export function mrkdwnStrings(message: object): string[] {
  const { text, blocks } = message as { text?: string; blocks?: unknown[] };
  const found: string[] = text ? [text] : [];
  for (const block of (blocks ?? []) as AnyBlock[]) {
    const texts = [block.text, ...((block.fields as unknown[]) ?? []), ...((block.elements as unknown[]) ?? [])] as (TextObject | undefined)[];
    for (const text of texts) if (text?.type === 'mrkdwn') found.push(text.text);
  }
  return found;
}

/** The only markup we write ourselves: links with fixed labels and `<!date^…>`; anything else came from a user. */
export function expectOnlyOurMarkup(message: object): void {
  for (const text of mrkdwnStrings(message)) {
    for (const [markup] of text.matchAll(/<[^>]*>/g)) {
      expect(markup).toMatch(/^<(https?:\/\/[^\s|<>]+\|[^<>|]+|!date\^\d+\^[^|]+\|[^<>]+)>$/);
    }
    expect(text).not.toMatch(/@(here|channel|everyone)(?![\p{L}\p{N}_])/iu);
  }
}

/** Slack's Block Kit limits (research/slack.md §3) and its 1-character minimum for text objects. */
export function expectWithinBlockKitLimits(message: object): void {
  const blocks = ((message as { blocks?: unknown[] }).blocks ?? []) as AnyBlock[];
  expect(blocks.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.blocksPerMessage);
  for (const block of blocks) {
    if (block.type === 'header') expectText(block.text, BLOCK_KIT_LIMITS.headerText, 'plain_text');
    if (block.type === 'section') {
      if (block.text) expectText(block.text, BLOCK_KIT_LIMITS.textObject);
      const fields = (block.fields as unknown[] | undefined) ?? [];
      expect(fields.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionFields);
      for (const field of fields) expectText(field, BLOCK_KIT_LIMITS.fieldText);
    }
    if (block.type === 'context') {
      const elements = block.elements as unknown[];
      expect(elements.length).toBeGreaterThanOrEqual(1);
      expect(elements.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.contextElements);
      for (const element of elements) expectText(element, BLOCK_KIT_LIMITS.textObject);
    }
  }
  // msg_blocks_too_long fires near 13k characters in total, below the per-block limits (bolt-js#2509).
  expect(totalTextLength(blocks)).toBeLessThan(10_000);
}

function totalTextLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + totalTextLength(item), 0);
  if (typeof value === 'object' && value !== null) return totalTextLength(Object.values(value));
  return 0;
}

function expectText(value: unknown, max: number, type?: string): void {
  const text = value as TextObject;
  if (type) expect(text.type).toBe(type);
  expect(text.text.length).toBeGreaterThanOrEqual(1);
  expect(text.text.length).toBeLessThanOrEqual(max);
}
