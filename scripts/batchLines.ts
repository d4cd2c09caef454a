/** The lines of a batch of the CLI's input, read in a worker from the bytes the main thread cut after a line break. */

/** A byte of a multi-byte UTF-8 character, in a text read as Latin-1 (where each character is a byte). */
const BEYOND_ASCII = /[\u0080-\u00ff]/;
/** UTF-8's byte order mark, which `TextDecoder` (how the lines were read before) drops at the start of a batch. */
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** A line ends where readline (`crlfDelay: Infinity`, as the CLI read lines before) ends it: `\r\n`, `\n` or a lone `\r`. */
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * A batch's lines, one at a time, as `TextDecoder` and a split at each line break read them. Each line is decoded
 * only when it is asked for, from its own bytes: read as Latin-1 (a byte is a character, so a line of ASCII is then
 * decoded), and decoded again as UTF-8 only when it holds a byte beyond ASCII (V8 decodes UTF-8 at ~9 ns a byte
 * once a text holds one character beyond ASCII, as about half of the bench's lines do). A line break is ASCII and no
 * byte of a multi-byte character is, so the breaks fall at the same places. Decoding the whole batch first kept a
 * 256 kB string and every line of the batch alive while its ~650 tweets were triaged: the young generation's
 * collector copied them and moved them to the old generation, which grew to ~50 MB per worker between full
 * collections, each new page a page fault.
 */
export class BatchLines {
  private readonly bytes: Buffer;
  private at: number;
  /** Where the next carriage return is, at or after {@link at} (the batch's length: none). */
  private carriageReturn: number;
  /** Lines read so far, blank ones included. */
  count = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.at = BYTE_ORDER_MARK.every((byte, at) => this.bytes[at] === byte) ? BYTE_ORDER_MARK.length : 0;
    this.carriageReturn = this.nextCarriageReturn();
  }

  private nextCarriageReturn(): number {
    const found = this.bytes.indexOf(CARRIAGE_RETURN, this.at);
    return found < 0 ? this.bytes.length : found;
  }

  /** The next line without its line break, or null after the last (after a final line break comes no line). */
  next(): string | null {
    const { bytes, at } = this;
    if (at >= bytes.length) return null;
    const lineFeed = bytes.indexOf(LINE_FEED, at);
    let end = lineFeed < 0 ? bytes.length : lineFeed;
    let after = end + 1;
    if (this.carriageReturn < end) {
      end = this.carriageReturn;
      after = bytes[end + 1] === LINE_FEED ? end + 2 : end + 1;
    }
    this.at = after;
    if (this.carriageReturn < after) this.carriageReturn = this.nextCarriageReturn();
    this.count += 1;
    const line = bytes.toString('latin1', at, end);
    return BEYOND_ASCII.test(line) ? bytes.toString('utf8', at, end) : line;
  }
}

/** Every line of a batch (see {@link BatchLines}). */
export function linesOf(bytes: Uint8Array): string[] {
  const reader = new BatchLines(bytes);
  const lines: string[] = [];
  for (let line = reader.next(); line !== null; line = reader.next()) lines.push(line);
  return lines;
}
