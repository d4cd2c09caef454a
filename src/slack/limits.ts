/** Block Kit's documented limits (docs.slack.dev/reference/block-kit; research/slack.md §3). */
export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  textObject: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
} as const;

/**
 * Our own caps, well inside the limits: `msg_blocks_too_long` fires near 13k characters in total, below the
 * per-block limits (bolt-js#2509), so the whole post stays under about 8k whatever the input.
 */
export const SHARE_CAPS = {
  /** The tweet in the quote; X long posts run to 25k. */
  quote: 2900,
  /** The tweet excerpt in the notification text. */
  fallbackExcerpt: 150,
  /** The whole notification text. */
  fallbackText: 300,
  displayName: 120,
  handle: 60,
  /** One piece of evidence, and at most this many per reason. */
  evidenceWords: 80,
  evidencePerReason: 5,
  reasons: 8,
  reasonsField: 1000,
  note: 600,
  toneRules: 1200,
  /** A URL we link; longer ones are shown as missing rather than cut. */
  url: 1000,
} as const;
