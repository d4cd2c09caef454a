import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import type { PackageFile } from './packageFiles';
import { CENTRAL_HEADER, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER, METHOD_DEFLATED, METHOD_STORED, S_IFLNK, S_IFMT } from './zipFormat';

/** A zip the reader cannot trust: truncated, corrupt, or with entries that would land outside the package. */
export class ZipFormatError extends Error {
  /** Always `invalid_zip`, so callers switch on the code rather than the message. */
  readonly code = 'invalid_zip';
  override readonly name = 'ZipFormatError';
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 64 KiB, so it starts within that distance of the end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipFormatError('Not a zip archive: no end-of-central-directory record.');
}

function safePath(name: string): string {
  const parts = name.split('/');
  if (name.startsWith('/') || name.includes('\\') || parts.includes('..') || /^[a-z]:/i.test(name)) {
    throw new ZipFormatError(`Entry "${name}" would be written outside the package.`);
  }
  return name;
}

function entryContent(zip: Buffer, localOffset: number, method: number, compressedSize: number): Buffer {
  if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new ZipFormatError(`No local header at offset ${localOffset}.`);
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  const data = zip.subarray(start, start + compressedSize);
  if (method === METHOD_STORED) return Buffer.from(data);
  if (method === METHOD_DEFLATED) {
    try {
      return inflateRawSync(data);
    } catch (error) {
      throw new ZipFormatError(`An entry at offset ${localOffset} does not inflate: ${(error as Error).message}`);
    }
  }
  throw new ZipFormatError(`Compression method ${method} is not supported.`);
}

/** Reads every file of a zip into memory, checking each CRC; folder entries are skipped. */
export function readZip(zip: Buffer): PackageFile[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: PackageFile[] = [];
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new ZipFormatError(`Central directory entry ${index} is corrupt.`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const localOffset = zip.readUInt32LE(at + 42);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    const bytes = entryContent(zip, localOffset, method, compressedSize);
    if (crc32(bytes) !== crc) throw new ZipFormatError(`Entry "${name}" fails its CRC check.`);
    files.push({ path: safePath(name), bytes, symlink: (mode & S_IFMT) === S_IFLNK });
  }
  return files;
}
