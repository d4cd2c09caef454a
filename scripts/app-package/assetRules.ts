import { posix } from 'node:path';
import { packageError, packageWarning, type Finding } from './issues';
import type { PackageContents } from './packageContents';
import type { PackageFile } from './packageFiles';
import { pngSize, type ImageSize } from './png';

/** Images Zendesk requires and the only size it takes for each (docs "Setting up new apps > File requirements"). */
export const REQUIRED_IMAGES: Record<string, ImageSize> = {
  'assets/logo.png': { width: 320, height: 320 },
  'assets/logo-small.png': { width: 128, height: 128 },
};

/** The marketplace banner's allowed sizes (ZAS `Banner`). */
const BANNER_SIZES: ImageSize[] = [{ width: 830, height: 200 }, { width: 1660, height: 400 }];

/** Marketplace screenshots: at most three, each exactly 1024×768 (ZAS `Screenshots`). */
export const SCREENSHOT_SIZE: ImageSize = { width: 1024, height: 768 };
const MAX_SCREENSHOTS = 3;
const SCREENSHOT_PATH = /^assets\/screenshot-\d\.png$/;

/** File types Zendesk flags as unsupported in an app package (ZAS `Mime`). */
const UNSUPPORTED_EXTENSIONS = new Set([
  'rar', 'zip', 'gz', 'gzip', 'pdf', 'doc', 'docx', 'avi', 'bin', 'bz', 'bz2', 'csh', 'sh', 'jar', 'mp3', 'mpeg',
  'odt', 'pptx', 'ppt', 'xls', 'xlsx', '7z',
]);

const sizeText = (size: ImageSize) => `${size.width}×${size.height}`;

function imageFindings(file: PackageFile, allowed: ImageSize[]): Finding[] {
  const size = pngSize(file.bytes);
  if (!size) return [packageError('invalid_png', file.path, `${file.path} is not a PNG image.`)];
  if (allowed.length === 0 || allowed.some((ok) => ok.width === size.width && ok.height === size.height)) return [];
  return [packageError('invalid_image_size', file.path,
    `${file.path} is ${sizeText(size)}; it must be ${allowed.map(sizeText).join(' or ')}.`)];
}

function allowedSizes(path: string): ImageSize[] {
  const required = REQUIRED_IMAGES[path];
  if (required) return [required];
  if (path === 'assets/banner.png') return BANNER_SIZES;
  if (SCREENSHOT_PATH.test(path)) return [SCREENSHOT_SIZE];
  return [];
}

/** The logos exist at their exact sizes, every .png is a real PNG, listing images have listing sizes. */
export function assetRules(contents: PackageContents): Finding[] {
  const findings: Finding[] = [];
  for (const path of Object.keys(REQUIRED_IMAGES)) {
    if (!contents.files.has(path)) findings.push(packageError('missing_file', path, `Zendesk requires ${path}.`));
  }
  const screenshots = [...contents.files.keys()].filter((path) => SCREENSHOT_PATH.test(path));
  if (screenshots.length > MAX_SCREENSHOTS) {
    findings.push(packageError('too_many_screenshots', 'assets/', `${screenshots.length} screenshots; the listing takes at most ${MAX_SCREENSHOTS}.`));
  }
  for (const file of contents.files.values()) {
    if (file.symlink) continue;
    const extension = posix.extname(file.path).slice(1).toLowerCase();
    if (extension === 'png') findings.push(...imageFindings(file, allowedSizes(file.path)));
    if (UNSUPPORTED_EXTENSIONS.has(extension)) {
      findings.push(packageWarning('unsupported_file_type', file.path, `Zendesk flags .${extension} files in an app package.`));
    }
  }
  return findings;
}
