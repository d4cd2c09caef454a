import { packageError, type Finding } from './issues';
import type { PackageContents } from './packageContents';
import { textOf } from './packageFiles';

/**
 * What Zendesk's SVG scrubber (Loofah `:prune`, ZAS `Svg`) strips from a package's SVGs: scripts, embedded
 * HTML, event handlers and `javascript:` links. Zendesk rewrites such a file; we refuse it instead.
 */
const ACTIVE_CONTENT: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a <script> element', pattern: /<script[\s>/]/i },
  { what: 'a <foreignObject> element', pattern: /<foreignObject[\s>/]/i },
  { what: 'an event handler attribute', pattern: /\son[a-z]+\s*=/i },
  { what: 'a javascript: link', pattern: /javascript:/i },
];

/** SVG files carry drawing only, nothing that runs. */
export function svgRules(contents: PackageContents): Finding[] {
  const findings: Finding[] = [];
  for (const file of contents.files.values()) {
    if (file.symlink || !file.path.toLowerCase().endsWith('.svg')) continue;
    const markup = textOf(file);
    for (const { what, pattern } of ACTIVE_CONTENT) {
      if (pattern.test(markup)) findings.push(packageError('active_svg', file.path, `${file.path} contains ${what}; Zendesk strips it.`));
    }
  }
  return findings;
}
