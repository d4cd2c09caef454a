/** The lines of a batch of the CLI's input, read in a worker from the bytes the main thread cut after a line break. */

/** Where readline (`crlfDelay: Infinity`, as the CLI read lines before) ends a line: `\r\n`, `\n` or a lone `\r`. */
const LINE_BREAK = /\r\n|\n|\r/;
const LINE_BREAKS = /\r\n|\n|\r/g;
/** A byte of a multi-byte UTF-8 character, in a text read as Latin-1 (where each character is a byte). */
const BEYOND_ASCII = /[\u0080-\u00ff]/;
/** UTF-8's byte order mark, which `TextDecoder` (how the lines were read before) drops at the start of a batch. */
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/**
 * A batch's lines, as `TextDecoder` and a split at each line break read them. V8 decodes UTF-8 at ~9 ns a byte once
 * a text holds one character beyond ASCII (about half of the bench's lines do: emoji, Japanese, a `…`), and ~350 ms
 * of the CLI's CPU went to decoding the bench's 40 MB. Read as Latin-1 (a copy), a byte is a character, so lines of
 * ASCII are already decoded and only the others are decoded again as UTF-8, from the same offsets: a line break is
 * ASCII and no byte of a multi-byte character is, so the breaks fall at the same places.
 */
export function linesOf(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = BYTE_ORDER_MARK.every((byte, at) => buffer[at] === byte) ? BYTE_ORDER_MARK.length : 0;
  const text = buffer.toString('latin1', start);
  let lines: string[];
  if (!BEYOND_ASCII.test(text)) lines = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  else {
    lines = [];
    let from = 0;
    const take = (to: number) => {
      const line = text.slice(from, to);
      lines.push(BEYOND_ASCII.test(line) ? buffer.toString('utf8', start + from, start + to) : line);
    };
    LINE_BREAKS.lastIndex = 0;
    for (let found = LINE_BREAKS.exec(text); found !== null; found = LINE_BREAKS.exec(text)) {
      take(found.index);
      from = found.index + found[0].length;
    }
    take(text.length);
  }
  // After the last line break comes an empty piece, unless the input ended without one.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
