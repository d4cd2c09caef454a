import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import {
  CENTRAL_HEADER, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER, MADE_BY_UNIX, METHOD_DEFLATED, METHOD_STORED, S_IFREG,
  UTF8_NAMES, VERSION_NEEDED,
} from './zipFormat';

/** One file to put in the archive. */
export interface ZipInput {
  /** Path inside the archive, `/`-separated, no leading slash (`assets/index.html`). */
  path: string;
  /** The file's content. */
  bytes: Buffer;
}

/**
 * Every entry gets the same timestamp so the same `dist/` always gives the same zip (easy to compare and cache).
 * DOS time cannot go before 1980.
 */
const FIXED_DOS_TIME = 0;
const FIXED_DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** The most a zip without Zip64 records can hold. */
const MAX_ENTRIES = 0xffff;

function localHeader(name: Buffer, method: number, crc: number, compressed: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(FIXED_DOS_TIME, 10);
  header.writeUInt16LE(FIXED_DOS_DATE, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return header;
}

function centralHeader(local: Buffer, name: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(MADE_BY_UNIX | VERSION_NEEDED, 4);
  // Version needed, flags, method, time, date, CRC, sizes and name length are the same as in the local header.
  local.copy(header, 6, 4, 28);
  header.writeUInt16LE(0, 30);
  header.writeUInt16LE(0, 32);
  header.writeUInt16LE(0, 34);
  header.writeUInt16LE(0, 36);
  header.writeUInt32LE(((S_IFREG | 0o644) << 16) >>> 0, 38);
  header.writeUInt32LE(offset, 42);
  return header;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

/** Builds a zip archive (deflated where that helps, stored otherwise), entries in the order given. */
export function writeZip(entries: readonly ZipInput[]): Buffer {
  if (entries.length > MAX_ENTRIES) throw new RangeError(`A zip without Zip64 holds at most ${MAX_ENTRIES} files.`);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    const deflated = deflateRawSync(entry.bytes, { level: 9 });
    const [method, data] = deflated.length < entry.bytes.length ? [METHOD_DEFLATED, deflated] : [METHOD_STORED, entry.bytes];
    const local = localHeader(name, method, crc32(entry.bytes), data.length, entry.bytes.length);
    central.push(centralHeader(local, name, offset), name);
    parts.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length > 0xffffffff) throw new RangeError('A zip without Zip64 holds at most 4 GiB.');
  return Buffer.concat([...parts, directory, endOfCentralDirectory(entries.length, directory.length, offset)]);
}
