/**
 * Sorted word lists stored front-coded: each word as how many leading letters it shares with the one before
 * (one digit, 0-9) and the rest, separated by spaces. "abandon abandoned abandons" becomes "0abandon 7ed 7s":
 * about a third smaller than the plain list after gzip, so lexicons cost the browser fewer bytes.
 */

/** Encodes words (in the order given; sort them first for the gain) without spaces in them. */
export function frontCode(words: readonly string[]): string {
  let previous = '';
  return words
    .map((word) => {
      let shared = 0;
      while (shared < 9 && shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared += 1;
      previous = word;
      return `${shared}${word.slice(shared)}`;
    })
    .join(' ');
}

/** The words of a {@link frontCode} list, in order. */
export function readFrontCoded(coded: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const item of coded === '' ? [] : coded.split(' ')) {
    previous = previous.slice(0, Number(item[0])) + item.slice(1);
    words.push(previous);
  }
  return words;
}
