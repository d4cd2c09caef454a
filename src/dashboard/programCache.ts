import type { ProgramSnapshot } from './loadProgram';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Bump when the snapshot's shape changes: an old shape is dropped, not misread. */
const VERSION = 1;

/** Per installation and range length: the last read of a range, so the page opens on it and refreshes from it. */
export function programCache(storage: Storage, installationId: number, days: number) {
  const key = `ci:dashboard:v${VERSION}:${installationId}:${days}`;
  return {
    read(): ProgramSnapshot | null {
      try {
        const value = JSON.parse(storage.getItem(key) ?? 'null') as ProgramSnapshot | null;
        return value && Array.isArray(value.posts) && Array.isArray(value.tickets) && typeof value.readAt === 'number' ? value : null;
      } catch {
        return null;
      }
    },
    write(snapshot: ProgramSnapshot): void {
      try {
        storage.setItem(key, JSON.stringify(snapshot));
      } catch {
        // Storage full or blocked: the next open reads the range again, nothing is lost.
        storage.removeItem(key);
      }
    },
  };
}
