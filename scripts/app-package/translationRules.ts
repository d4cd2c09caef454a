import { duplicateJsonKeys, isJsonObject, parseJson } from './json';
import { packageError, packageWarning, type Finding, type IssueCode } from './issues';
import { VALID_LOCALE } from './manifestRules';
import type { PackageContents } from './packageContents';
import { textOf, type PackageFile } from './packageFiles';
import { declaredParameters } from './parameterRules';

const TRANSLATION_PATH = /^translations\/(.*)\.json$/;

/** What the Admin Center and the marketplace listing show, besides the name (ZAS `get_missing_keys` for public apps). */
const LISTING_KEYS = ['short_description', 'long_description', 'installation_instructions'] as const;

/**
 * A translated string: plain, or Zendesk's internal `{ "title": context, "value": text }` form.
 * Undefined when the entry is missing or empty.
 */
export function translatedText(entry: unknown): string | undefined {
  const text = isJsonObject(entry) ? entry.value : entry;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

function parsedTranslation(file: PackageFile, locale: string): { app?: Record<string, unknown>; findings: Finding[] } {
  const findings: Finding[] = [];
  if (!VALID_LOCALE.test(locale)) {
    findings.push(packageError('invalid_translation_locale', file.path, `"${locale}" is not a locale name like "en" or "pt-BR".`));
  }
  const text = textOf(file);
  const parsed = parseJson(text);
  if (!parsed.ok) return { findings: [...findings, packageError('not_json', file.path, `Not valid JSON: ${parsed.reason}`)] };
  if (!isJsonObject(parsed.value)) return { findings: [...findings, packageError('not_json_object', file.path, 'A translation file must be a JSON object.')] };
  for (const key of duplicateJsonKeys(text)) {
    findings.push(packageError('duplicate_json_keys', file.path, `The key "${key}" appears twice in one object.`));
  }
  const app = parsed.value.app;
  return { app: isJsonObject(app) ? app : {}, findings };
}

function listingFindings(file: string, app: Record<string, unknown>, isDefault: boolean): Finding[] {
  const report = (code: IssueCode, message: string) => (isDefault ? packageError(code, file, message) : packageWarning(code, file, message));
  const findings: Finding[] = [];
  if (!translatedText(app.name)) findings.push(report('missing_translation_key', '"app.name" is missing.'));
  for (const key of LISTING_KEYS) {
    // Zendesk still accepts the older `description` in place of `short_description`.
    const value = key === 'short_description' ? (app.short_description ?? app.description) : app[key];
    if (!translatedText(value)) findings.push(report('missing_translation_key', `"app.${key}" is missing.`));
  }
  return findings;
}

function labelFindings(file: string, app: Record<string, unknown>, parameterNames: string[], isDefault: boolean): Finding[] {
  const findings: Finding[] = [];
  const labels = isJsonObject(app.parameters) ? app.parameters : {};
  for (const name of parameterNames) {
    const entry = labels[name];
    if (!isJsonObject(entry) || !translatedText(entry.label)) {
      const message = `Setting "${name}" has no "app.parameters.${name}.label".`;
      findings.push(isDefault ? packageError('missing_parameter_label', file, message) : packageWarning('missing_parameter_label', file, message));
    }
  }
  for (const [name, entry] of Object.entries(labels)) {
    if (parameterNames.includes(name)) continue;
    if (!isJsonObject(entry) || !translatedText(entry.label)) {
      findings.push(packageError('missing_parameter_label', file, `"app.parameters.${name}" needs a "label".`));
    }
    findings.push(packageWarning('unknown_parameter_label', file, `"app.parameters.${name}" translates a setting the manifest does not declare.`));
  }
  return findings;
}

/**
 * Translation files are named by locale and are JSON objects; the default locale names the app, describes it for
 * the listing and labels every setting (other locales fall back to it, so gaps there are warnings).
 */
export function translationRules(contents: PackageContents): Finding[] {
  const defaultLocale = contents.manifest?.defaultLocale;
  const parameterNames = declaredParameters(contents.manifest).map((parameter) => parameter.name);
  const findings: Finding[] = [];
  for (const file of contents.files.values()) {
    const locale = TRANSLATION_PATH.exec(file.path)?.[1];
    if (locale === undefined || file.symlink) continue;
    const { app, findings: fileFindings } = parsedTranslation(file, locale);
    findings.push(...fileFindings);
    if (!app) continue;
    const isDefault = locale === defaultLocale;
    findings.push(...listingFindings(file.path, app, isDefault), ...labelFindings(file.path, app, parameterNames, isDefault));
  }
  return findings;
}
