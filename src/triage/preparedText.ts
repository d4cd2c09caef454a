import type { Evidence, TriageSettings } from './types';

/** The tweet ready for matching: same length as the text, so match offsets are evidence offsets. */
export interface PreparedText {
  /** The tweet as analysed (NFC); evidence offsets index this. */
  text: string;
  /** Same length, lower case: links and unrelated @handles blanked, accents folded, so words match in any spelling. */
  matchable: string;
  /** The brand's own @handles mentioned in the tweet. */
  brandHandles: Evidence[];
  /** How many letters the tweet has besides links and @handles; a bare "@gitlab 👋" has none. */
  letterCount: number;
}

/** Handles and names to keep visible in the matchable text; everyone else's @handle is noise. */
export interface MentionRules {
  /** Lower-case @handles (without `@`) of the brand. */
  brandHandles: ReadonlySet<string>;
  /** Lower-case @handles worth keeping as words (brand and competitors). */
  keptHandles: ReadonlySet<string>;
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => value.replace(/^@/, '').replace(/\s+/g, '').toLowerCase()));
}

/** The handles and names these settings keep visible: the brand's handles, and the brand's and competitors' names. */
export function mentionRules(settings: TriageSettings): MentionRules {
  const brandHandles = lowerSet(settings.brandHandles);
  return { brandHandles, keptHandles: new Set([...brandHandles, ...lowerSet(settings.brandNames), ...lowerSet(settings.competitorNames)]) };
}

const FULL_LINK = /https?:\/\/\S+/gi;
const BARE_LINK = /\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|org|net|co|dev|ly|gl|me|app)\/\S*/gi;
const MENTION = /(?<![\w@])@(\w{1,15})/gu;
const ASCII = /^[\t\n\r\x20-\x7e]*$/;
const NOT_LETTERS = /[^\p{L}]+/gu;

const FOLDS: Record<string, string> = {};
const FOLD_PAIRS = ['ÀÁÂÃÄÅàáâãäå', 'a', 'ÈÉÊËèéêë', 'e', 'ÌÍÎÏìíîï', 'i', 'ÒÓÔÕÖòóôõö', 'o', 'ÙÚÛÜùúûü', 'u', 'Çç', 'c', 'Ññ', 'n', '’‘ʼ`', "'"];
for (let index = 0; index < FOLD_PAIRS.length; index += 2) {
  for (const character of FOLD_PAIRS[index] ?? '') FOLDS[character] = FOLD_PAIRS[index + 1] ?? character;
}
const FOLDABLE = /[À-ÖÙ-öù-ü’‘ʼ`]/gu;

function blank(length: number): string {
  return ' '.repeat(length);
}

/** Folds accents one character for one, keeping offsets. */
export function foldAccents(text: string): string {
  return text.replace(FOLDABLE, (character) => FOLDS[character] ?? character);
}

/** Lower-cases without changing the length (a few characters, like `İ`, lower-case to two). */
function lowerCaseKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    const lowered = character.toLowerCase();
    result += lowered.length === 1 ? lowered : character;
  }
  return result;
}

/** Prepares a tweet for matching; see {@link PreparedText}. */
export function prepareText(raw: string, rules: MentionRules): PreparedText {
  // Most tweets are plain ASCII, already in NFC.
  const text = ASCII.test(raw) ? raw : raw.normalize('NFC');
  const brandHandles: Evidence[] = [];
  // The guards skip whole-text scans that cannot match; they keep the batch fast.
  const withoutFullLinks = text.includes('://') ? text.replace(FULL_LINK, (link) => blank(link.length)) : text;
  const withoutLinks = withoutFullLinks.includes('/') ? withoutFullLinks.replace(BARE_LINK, (link) => blank(link.length)) : withoutFullLinks;
  const hasMentions = withoutLinks.includes('@');
  const withoutStrangers = !hasMentions ? withoutLinks : withoutLinks.replace(MENTION, (mention: string, handle: string, offset: number) => {
    const lower = handle.toLowerCase();
    if (rules.brandHandles.has(lower)) brandHandles.push({ text: mention, start: offset, end: offset + mention.length });
    // Keep brand and competitor handles readable as words ("is @gitlab down"); blank the rest so a user called @kill_bill is not a threat.
    return rules.keptHandles.has(lower) ? ` ${handle}` : blank(mention.length);
  });
  const letterCount = (hasMentions ? withoutLinks.replace(MENTION, '') : withoutLinks).replace(NOT_LETTERS, '').length;
  const folded = ASCII.test(withoutStrangers) ? withoutStrangers : foldAccents(withoutStrangers);
  return { text, matchable: lowerCaseKeepingOffsets(folded), brandHandles, letterCount };
}
