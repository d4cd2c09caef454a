/** Builds app packages in temporary folders for tests: a complete, valid one, and variations that break one rule. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32 } from '../crc32';

/** A PNG header (signature + IHDR) of the given size: all the validator reads from an image. */
export function pngOf(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(17);
  ihdr.write('IHDR', 0, 'latin1');
  ihdr.writeUInt32BE(width, 4);
  ihdr.writeUInt32BE(height, 8);
  ihdr.writeUInt8(8, 12);
  ihdr.writeUInt8(6, 13);
  const chunk = Buffer.alloc(25);
  chunk.writeUInt32BE(13, 0);
  ihdr.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(ihdr), 21);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk]);
}

/** A manifest like ours: a flexible ticket sidebar, a secure Slack token and plain settings. */
export function sampleManifest(): Record<string, unknown> {
  return {
    name: 'Community Involvement',
    author: { name: 'Community Involvement developers', email: 'community-involvement@example.com', url: 'https://example.com/community-involvement' },
    defaultLocale: 'en',
    private: true,
    location: { support: { ticket_sidebar: { url: 'assets/index.html', flexible: true } } },
    version: '0.1.0',
    frameworkVersion: '2.0',
    domainWhitelist: ['slack.com'],
    parameters: [
      { name: 'slack_bot_token', type: 'text', secure: true, required: true, scopes: ['header'] },
      { name: 'slack_channel_id', type: 'text', required: true },
      { name: 'involvement_macro_title', type: 'text', required: true, default: 'Involving Experts::Community Involvement' },
    ],
  };
}

/** The marketplace strings for the sample manifest, in English. */
export function sampleTranslation(): { app: Record<string, unknown> } {
  return {
    app: {
      name: 'Community Involvement',
      short_description: 'Share tweets worth a personal reply with your volunteers in Slack.',
      long_description: 'Triage X mentions and share the good ones to #community-involvement in one click.',
      installation_instructions: 'Create a Slack app, add the bot to #community-involvement and paste its token.',
      parameters: {
        slack_bot_token: { label: 'Slack bot token', helpText: 'The Bot User OAuth Token of your Slack app.' },
        slack_channel_id: { label: 'Slack channel ID', helpText: 'For example C0123456789.' },
        involvement_macro_title: { label: 'Community involvement macro' },
      },
    },
  };
}

/** What a test changes about the sample package. */
export interface AppFolderChanges {
  /** Edits the manifest object before it is written. */
  manifest?: (manifest: Record<string, unknown>) => void;
  /** Edits the English translation before it is written. */
  translation?: (translation: { app: Record<string, unknown> }) => void;
  /** Extra or replacement files, by package path. */
  files?: Record<string, string | Buffer>;
  /** Package paths to leave out. */
  remove?: string[];
  /** Symbolic links to add: package path → link target. */
  symlinks?: Record<string, string>;
}

/** A temporary app folder and how to clean it up. */
export interface AppFolder {
  /** Absolute path of the folder. */
  dir: string;
  /** Deletes the folder. */
  remove: () => void;
}

const INDEX_HTML = `<!doctype html><html><head><meta charset="utf-8">
<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>
<script type="module" src="./index.js"></script></head>
<body><div id="root"></div></body></html>\n`;

const BUNDLE = 'const svg=document.createElementNS("http://www.w3.org/2000/svg","svg");export{svg};\n';

/** Writes the sample package, with the given changes, into a new temporary folder. */
export function makeAppFolder(changes: AppFolderChanges = {}): AppFolder {
  const dir = mkdtempSync(join(tmpdir(), 'app-package-'));
  const manifest = sampleManifest();
  changes.manifest?.(manifest);
  const translation = sampleTranslation();
  changes.translation?.(translation);
  const files: Record<string, string | Buffer> = {
    'manifest.json': JSON.stringify(manifest, null, 2),
    'translations/en.json': JSON.stringify(translation, null, 2),
    'assets/index.html': INDEX_HTML,
    'assets/index.js': BUNDLE,
    'assets/logo.png': pngOf(320, 320),
    'assets/logo-small.png': pngOf(128, 128),
    ...changes.files,
  };
  for (const path of changes.remove ?? []) delete files[path];
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  for (const [path, target] of Object.entries(changes.symlinks ?? {})) symlinkSync(target, join(dir, path));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
