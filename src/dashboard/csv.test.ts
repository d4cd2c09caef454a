import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, sharesCsv } from './csv';
import { row } from './testing/programPayloads';

describe('CSV export', () => {
  test('one line per row under stable column names, times in minutes', () => {
    const csv = sharesCsv([row(1001, 'responded', { ageHours: 10, claimAfterHours: 1.5, replyAfterHours: 4, claimedBy: [{ id: 'U0JANE', name: 'Jane Park' }], excerpt: 'Pipelines went from 40 min to 12' })]);
    const [header, line, end] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(line).toContain(',1001,');
    expect(line).toContain(',Jane Park,');
    expect(line).toContain(',90,240,');
    expect(end).toBe('');
  });

  test('quotes, commas and line breaks are quoted; a formula is not run by a spreadsheet', () => {
    const csv = sharesCsv([row(1, 'waiting', { ageHours: 1, excerpt: 'She said "hi", then\nleft', author: '=HYPERLINK("http://evil")' })]);
    expect(csv).toContain('"She said ""hi"", then\nleft"');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
