import { duplicateJsonKeys, isJsonObject, parseJson } from './json';
import { packageError, type Finding } from './issues';
import type { PackageContents } from './packageContents';
import { textOf } from './packageFiles';

const MANIFEST = 'manifest.json';

/** The only framework version Zendesk still serves (ZAS `AppVersion::TO_BE_SERVED`). */
export const SERVED_FRAMEWORK_VERSION = '2.0';

/** Locale names Zendesk accepts for `defaultLocale` and translation files (ZAS `Translations::VALID_LOCALE`). */
export const VALID_LOCALE = /^[a-z]{2}(-\w{2,3})?$/;

const REQUIRED_FIELDS = ['author', 'defaultLocale', 'location', 'frameworkVersion'];
const STRING_FIELDS = ['defaultLocale', 'version', 'frameworkVersion', 'remoteInstallationURL', 'termsConditionsURL', 'gaID'];
const BOOLEAN_FIELDS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'];

/** Whether a URL is absolute http(s) with a host, as ZAS `validate_url` requires for author and terms URLs. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function manifestFileFindings(contents: PackageContents): Finding[] {
  const file = contents.files.get(MANIFEST);
  if (!file) {
    const nested = [...contents.files.keys()].find((path) => /^[^/]+\/manifest\.json$/.test(path));
    return nested
      ? [packageError('nested_manifest', nested, `manifest.json must be at the package root, not in ${nested}.`)]
      : [packageError('missing_file', MANIFEST, 'The package has no manifest.json at its root.')];
  }
  const text = textOf(file);
  const parsed = parseJson(text);
  if (!parsed.ok) return [packageError('not_json', MANIFEST, `manifest.json is not valid JSON: ${parsed.reason}`)];
  if (!isJsonObject(parsed.value)) return [packageError('not_json_object', MANIFEST, 'manifest.json must be a JSON object.')];
  return duplicateJsonKeys(text).map((key) =>
    packageError('duplicate_json_keys', MANIFEST, `manifest.json has the key "${key}" twice in one object.`));
}

function typeFindings(manifest: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const wrongType = (field: string, expected: string) =>
    findings.push(packageError('invalid_field_type', MANIFEST, `"${field}" must be ${expected}.`));
  for (const field of REQUIRED_FIELDS) {
    if (manifest[field] === undefined) findings.push(packageError('missing_manifest_field', MANIFEST, `manifest.json needs "${field}".`));
  }
  for (const field of STRING_FIELDS) {
    if (manifest[field] !== undefined && typeof manifest[field] !== 'string') wrongType(field, 'a string');
  }
  for (const field of BOOLEAN_FIELDS) {
    if (manifest[field] !== undefined && typeof manifest[field] !== 'boolean') wrongType(field, 'true or false');
  }
  if (manifest.experiments !== undefined && !isJsonObject(manifest.experiments)) wrongType('experiments', 'an object');
  const whitelist = manifest.domainWhitelist;
  if (whitelist !== undefined && !(Array.isArray(whitelist) && whitelist.every((domain) => typeof domain === 'string'))) {
    wrongType('domainWhitelist', 'an array of domain names');
  }
  if (manifest.parameters !== undefined && !Array.isArray(manifest.parameters)) wrongType('parameters', 'an array');
  return findings;
}

function authorFindings(author: unknown): Finding[] {
  if (author === undefined) return [];
  if (!isJsonObject(author)) return [packageError('invalid_field_type', MANIFEST, '"author" must be an object with name and email.')];
  const findings: Finding[] = [];
  for (const field of ['name', 'email']) {
    if (typeof author[field] !== 'string' || author[field] === '') {
      findings.push(packageError('missing_manifest_field', MANIFEST, `"author.${field}" must be a non-empty string.`));
    }
  }
  if (author.url !== undefined && !(typeof author.url === 'string' && isWebUrl(author.url))) {
    findings.push(packageError('invalid_url', MANIFEST, `"author.url" must be an http(s) URL with a host, not ${JSON.stringify(author.url)}.`));
  }
  return findings;
}

function localeAndVersionFindings(contents: PackageContents, manifest: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const locale = manifest.defaultLocale;
  if (typeof locale === 'string') {
    if (!VALID_LOCALE.test(locale)) {
      findings.push(packageError('invalid_default_locale', MANIFEST, `"defaultLocale" "${locale}" is not a locale like "en" or "pt-BR".`));
    } else if (!contents.files.has(`translations/${locale}.json`)) {
      findings.push(packageError('missing_file', `translations/${locale}.json`, `The default locale "${locale}" needs translations/${locale}.json.`));
    }
  }
  const version = manifest.frameworkVersion;
  if (version !== undefined && version !== SERVED_FRAMEWORK_VERSION) {
    findings.push(packageError('unsupported_framework_version', MANIFEST,
      `"frameworkVersion" ${JSON.stringify(version)} is not served; use "${SERVED_FRAMEWORK_VERSION}".`));
  }
  const terms = manifest.termsConditionsURL;
  if (typeof terms === 'string' && !isWebUrl(terms)) {
    findings.push(packageError('invalid_url', MANIFEST, `"termsConditionsURL" must be an http(s) URL, not "${terms}".`));
  }
  return findings;
}

/** manifest.json exists at the root, is one JSON object without repeated keys, and its fields have the right types. */
export function manifestRules(contents: PackageContents): Finding[] {
  const fileFindings = manifestFileFindings(contents);
  const { manifest } = contents;
  if (!manifest) return fileFindings;
  return [
    ...fileFindings,
    ...typeFindings(manifest),
    ...authorFindings(manifest.author),
    ...localeAndVersionFindings(contents, manifest),
  ];
}
