/** Width and height of an image in pixels. */
export interface ImageSize {
  /** Pixels across. */
  width: number;
  /** Pixels down. */
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Reads a PNG's size from its IHDR chunk, which the PNG spec requires to come first
 * (signature, 4-byte length, "IHDR", width, height). Undefined when the bytes are not a PNG.
 */
export function pngSize(bytes: Buffer): ImageSize | undefined {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
