import { expect, test } from 'vitest';
import { linesOf } from './batchLines';

/** How a worker read a batch before: the whole batch decoded, then split at each line break. */
function decodedAndSplit(bytes: Uint8Array): string[] {
  const lines = new TextDecoder().decode(bytes).split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const joined = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

test('a batch of tweets in several scripts reads as the decoded text split at its line breaks', () => {
  const bytes = utf8(
    [
      '{"id":"1","text":"pipelines green again, thanks @gitlab"}',
      '{"id":"2","text":"社内のリポジトリを全部 @gitlab に移行完了🎉"}',
      '{"id":"3","text":"merci pour la réponse rapide…"}\r\n',
      '{"id":"4","text":"502 on every push"}\r{"id":"5","text":"\u{1f525}"}',
    ].join('\n'),
  );
  expect(linesOf(bytes)).toEqual(decodedAndSplit(bytes));
  expect(linesOf(bytes)[1]).toBe('{"id":"2","text":"社内のリポジトリを全部 @gitlab に移行完了🎉"}');
});

test('a byte order mark at the batch start is dropped, one further on is kept, as TextDecoder does', () => {
  const mark = Uint8Array.of(0xef, 0xbb, 0xbf);
  const bytes = joined(mark, utf8('{"id":"a"}\n'), mark, utf8('{"id":"b"}\n'));
  expect(linesOf(bytes)).toEqual(['{"id":"a"}', '\ufeff{"id":"b"}']);
  expect(linesOf(bytes)).toEqual(decodedAndSplit(bytes));
});

test('broken UTF-8 reads as the same replacement characters, the last line without a break included', () => {
  const bytes = joined(utf8('{"text":"cut '), Uint8Array.of(0xe3, 0x81), utf8('"}\n'), Uint8Array.of(0xff, 0xc3, 0x0a, 0xf0, 0x9f, 0x94));
  expect(linesOf(bytes)).toEqual(decodedAndSplit(bytes));
  expect(linesOf(bytes)).toEqual(['{"text":"cut \ufffd"}', '\ufffd\ufffd', '\ufffd']);
});

test('blank lines stay, so that line numbers count them', () => {
  const bytes = utf8('\n\r\n  \n{"id":"é"}\n\n');
  expect(linesOf(bytes)).toEqual(['', '', '  ', '{"id":"é"}', '']);
  expect(linesOf(bytes)).toEqual(decodedAndSplit(bytes));
});

test('every mix of line breaks, blank lines, multi-byte characters and broken bytes reads as the decoded split', () => {
  // Fixed pieces, drawn in a fixed pseudo-random order: the same cases on every run.
  const pieces = ['\n', '\r', '\r\n', '\n\r', 'a', '{"id":"x"}', 'é', '🎉', '社内', ' ', '\ufeff'].map(utf8);
  pieces.push(Uint8Array.of(0xe3), Uint8Array.of(0xff), Uint8Array.of(0xef, 0xbb, 0xbf));
  let seed = 7;
  const draw = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
  for (let round = 0; round < 300; round += 1) {
    const bytes = joined(...Array.from({ length: round % 40 }, () => pieces[draw()] ?? new Uint8Array(0)));
    expect(linesOf(bytes)).toEqual(decodedAndSplit(bytes));
  }
});
