/**
 * Renders `assets/logo.svg` into the two PNGs Zendesk requires (`logo.png` 320×320 for the marketplace and
 * Admin Center, `logo-small.png` 128×128 for the app header), on a transparent background.
 * Run `npx tsx scripts/make-logos.ts` after changing the SVG and commit the PNGs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './ensure-chromium';

/** The logo files Zendesk's package validator asks for, with their exact sizes. */
export const LOGO_SIZES = { 'logo.png': 320, 'logo-small.png': 128 } as const;


const assetsDir = join(import.meta.dirname, '..', 'assets');

function pageFor(svg: string, size: number): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:transparent">` +
    `<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`;
}

/** Writes every PNG in LOGO_SIZES from the SVG source. */
export async function makeLogos(): Promise<void> {
  const svg = readFileSync(join(assetsDir, 'logo.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const [file, size] of Object.entries(LOGO_SIZES)) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(pageFor(svg, size));
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(join(assetsDir, file), png);
      await page.close();
      console.log(`assets/${file} ${size}×${size}`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await makeLogos();
