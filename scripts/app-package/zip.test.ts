import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { readZip, ZipFormatError } from './zipReader';
import { writeZip } from './zipWriter';

const manifest = Buffer.from(`${JSON.stringify({ name: 'Community Involvement', frameworkVersion: '2.0' }, null, 2)}\n`);
const bundle = Buffer.from('export const reasons = ["positive feedback", "product question"];\n'.repeat(200));
const logo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('zip archives', () => {
  it('round-trips every file byte for byte, compressed or stored', () => {
    const entries = [
      { path: 'manifest.json', bytes: manifest },
      { path: 'assets/index-Bx3k9.js', bytes: bundle },
      { path: 'assets/logo.png', bytes: logo },
      { path: 'translations/pt-BR.json', bytes: Buffer.from('{"app":{"name":"Envolvimento da comunidade"}}') },
    ];
    const zip = writeZip(entries);
    expect(zip.length).toBeLessThan(bundle.length);
    expect(readZip(zip)).toEqual(entries.map((entry) => ({ ...entry, symlink: false })));
  });

  it('gives the same bytes for the same files, so packages can be compared', () => {
    const entries = [{ path: 'manifest.json', bytes: manifest }];
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
  });

  it('refuses a corrupt archive and entries that climb out of the package', () => {
    const zip = writeZip([{ path: 'manifest.json', bytes: manifest }]);
    const corrupt = Buffer.from(zip);
    const firstDataByte = 30 + 'manifest.json'.length;
    corrupt[firstDataByte + 3] = corrupt[firstDataByte + 3]! ^ 0xff;
    expect(() => readZip(corrupt)).toThrow(ZipFormatError);
    expect(() => readZip(Buffer.from('not a zip at all, just text'.repeat(2)))).toThrow(/no end-of-central-directory/);
    expect(() => readZip(writeZip([{ path: '../manifest.json', bytes: manifest }]))).toThrow(/outside the package/);
  });
});
