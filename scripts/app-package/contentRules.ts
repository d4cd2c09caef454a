import { packageError, type Finding } from './issues';
import type { PackageContents } from './packageContents';
import { isTextFile, textOf } from './packageFiles';

/**
 * Credentials that must never ship in an app package. Zendesk only warns about these (ZAS `Secrets`), but a
 * package is public to every agent's browser, so we refuse them.
 */
const SECRET_PATTERNS: Array<{ kind: string; pattern: RegExp }> = [
  { kind: 'Slack token', pattern: /xox[abposr]-[A-Za-z0-9]/ },
  { kind: 'Slack app-level token', pattern: /xapp-\d-[A-Za-z0-9]/ },
  { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'AWS secret access key', pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}/i },
  { kind: 'private key', pattern: /-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/ },
];

/**
 * `http://` strings that are XML namespace names, not addresses anything fetches: React DOM and
 * styled-components carry them to create SVG/MathML elements.
 */
export const XML_NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

const HTTP_URL = /http:\/\/[^\s"'`<>()\\,;]*/g;

function symlinkFindings(contents: PackageContents): Finding[] {
  return [...contents.files.values()]
    .filter((file) => file.symlink)
    .map((file) => packageError('symlink', file.path, `${file.path} is a symbolic link; Zendesk refuses links in a package.`));
}

/** No file is a symlink, no text file carries a credential, and plain http appears only as an XML namespace name. */
export function contentRules(contents: PackageContents): Finding[] {
  const findings = symlinkFindings(contents);
  for (const file of contents.files.values()) {
    if (!isTextFile(file)) continue;
    const text = textOf(file);
    for (const { kind, pattern } of SECRET_PATTERNS) {
      if (pattern.test(text)) findings.push(packageError('secret', file.path, `${file.path} contains what looks like a ${kind}.`));
    }
    const insecure = new Set([...text.matchAll(HTTP_URL)].map((match) => match[0]).filter((url) => !XML_NAMESPACES.has(url)));
    for (const url of insecure) {
      findings.push(packageError('insecure_url', file.path, `${file.path} contains the plain-http URL "${url}"; use https.`));
    }
  }
  return findings;
}
