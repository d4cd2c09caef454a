import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendText } from './httpIo';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Zendesk's CDN copy of the SDK, which the app's index.html loads in production. */
export const CDN_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
/** Where the simulator serves the npm SDK instead. */
export const SIM_SDK_PATH = '/__sim/zaf_sdk.js';

/**
 * Serves `relativePath` from `root`, reading the file before writing any header (a failed read must become a
 * readable 404, not a crash), with `rewrite` applied to text files that need it.
 */
export async function serveFile(
  res: ServerResponse,
  root: string,
  relativePath: string,
  rewrite?: (text: string) => string,
): Promise<void> {
  const decoded = safeDecode(relativePath);
  const target = decoded === undefined ? undefined : normalize(join(root, decoded));
  if (!target || !(target === root || target.startsWith(root.endsWith(sep) ? root : root + sep))) {
    sendText(res, 404, `Not found: ${relativePath}`);
    return;
  }
  let content: Buffer;
  try {
    const info = await stat(target);
    if (!info.isFile()) throw new Error('not a file');
    content = await readFile(target);
  } catch {
    sendText(res, 404, `Not found: ${relativePath}\n(served from ${root}; did you run the build?)`);
    return;
  }
  const body = rewrite ? Buffer.from(rewrite(content.toString('utf8'))) : content;
  res.writeHead(200, {
    'content-type': MIME[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** Points the app's index.html at the simulator's SDK instead of Zendesk's CDN. */
export function useSimulatorSdk(html: string): string {
  return html.split(CDN_SDK_URL).join(SIM_SDK_PATH);
}

function safeDecode(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
