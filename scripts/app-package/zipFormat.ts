/** Record signatures and flags of the zip format (PKWARE APPNOTE.TXT §4.3). */
export const LOCAL_HEADER = 0x04034b50;
/** Start of one central directory record. */
export const CENTRAL_HEADER = 0x02014b50;
/** Start of the end-of-central-directory record. */
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** General purpose flag bit 11: names are UTF-8. */
export const UTF8_NAMES = 0x0800;
/** Entry stored as is. */
export const METHOD_STORED = 0;
/** Entry compressed with raw deflate. */
export const METHOD_DEFLATED = 8;
/** "Version made by" high byte for Unix, so the external attributes carry a file mode. */
export const MADE_BY_UNIX = 3 << 8;
/** Zip 2.0: deflate and folders. */
export const VERSION_NEEDED = 20;
/** Unix file-type bits of a mode, and the value for a symbolic link. */
export const S_IFMT = 0o170000;
/** Unix file type of a symbolic link. */
export const S_IFLNK = 0o120000;
/** Unix file type of a regular file. */
export const S_IFREG = 0o100000;
