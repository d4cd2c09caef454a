import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SUPPORTED_LOCALES } from './locale';
import { flatten, type TranslationTree } from './translate';

const root = join(import.meta.dirname, '..', '..');
const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

function load(locale: string): Record<string, string> {
  return flatten(JSON.parse(readFileSync(join(root, 'translations', `${locale}.json`), 'utf8')) as TranslationTree);
}

const english = load('en');

/**
 * Groups of plural forms: a parent whose children include `other` and another plural category (`one`, `few`…).
 * A lone `other` is a plain key (the category "other"), not a plural form.
 */
const pluralGroups = new Set(
  Object.keys(english)
    .filter((key) => key.endsWith('.other'))
    .map((key) => key.slice(0, -'.other'.length))
    .filter((group) => [...PLURAL_FORMS].some((form) => form !== 'other' && `${group}.${form}` in english)),
);

/** `panel.share.countdown.one` → `panel.share.countdown` (the key the code asks for). */
function baseKey(key: string): string {
  const parent = key.slice(0, key.lastIndexOf('.'));
  return PLURAL_FORMS.has(key.slice(key.lastIndexOf('.') + 1)) && pluralGroups.has(parent) ? parent : key;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const code = sourceFiles(join(root, 'src')).map((file) => readFileSync(file, 'utf8')).join('\n');
/** A key (or a family prefix handed to a component, like `stepsPrefix="panel.share.step"`) written in the code. */
const quoted = (text: string) => code.includes(`'${text}'`) || code.includes(`"${text}"`);
/** Families the code builds keys for at run time: `` t(`triage.signal.${id}`) ``. */
const families = [...code.matchAll(/`([a-z_.]+)\.\$\{/g)].map((match) => `${match[1]}.`);

describe('translations', () => {
  test.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s has every English key, with its plural forms', (locale) => {
    const strings = load(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const key of Object.keys(english)) {
      const base = baseKey(key);
      if (base !== key) {
        for (const category of categories) if (!(`${base}.${category}` in strings)) missing.push(`${base}.${category}`);
      } else if (!(key in strings)) {
        missing.push(key);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  test.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s has no key English lacks', (locale) => {
    const extra = Object.keys(load(locale)).filter((key) => !(key in english) && !pluralGroups.has(key.slice(0, key.lastIndexOf('.'))));
    expect(extra).toEqual([]);
  });

  test.each(SUPPORTED_LOCALES)('%s keeps every {{placeholder}} of the English sentence', (locale) => {
    const strings = load(locale);
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
    const broken = Object.entries(strings)
      .filter(([key]) => key in english && !key.startsWith('app.'))
      .filter(([key, text]) => placeholders(text).join() !== placeholders(english[key] ?? '').join())
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });

  test('every English key is used by the code (the listing keys are Zendesk\'s)', () => {
    const unused = Object.keys(english)
      .map(baseKey)
      .filter((key) => !key.startsWith('app.'))
      .filter((key) => !quoted(key) && !quoted(key.slice(0, key.lastIndexOf('.'))) && !families.some((family) => key.startsWith(family)));
    expect([...new Set(unused)]).toEqual([]);
  });
});
