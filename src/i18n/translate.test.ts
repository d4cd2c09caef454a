import { describe, expect, it } from 'vitest';
import { createTranslate } from './translate';

describe('createTranslate', () => {
  it('picks the plural form of the locale by count, and fills the count in', () => {
    const t = createTranslate('pl', { 'left.one': '{{count}} minuta', 'left.few': '{{count}} minuty', 'left.many': '{{count}} minut' }, { 'left.other': '{{count}} minutes' });
    expect(t('left', { count: 1 })).toBe('1 minuta');
    expect(t('left', { count: 3 })).toBe('3 minuty');
    expect(t('left', { count: 5 })).toBe('5 minut');
    expect(t('left', { count: 1.5 })).toBe('1,5 minutes');
  });

  it('falls back on English, then on the key itself', () => {
    const t = createTranslate('de', { greeting: 'Hallo {{name}}' }, { greeting: 'Hello {{name}}', bye: 'Bye' });
    expect(t('greeting', { name: 'Ana' })).toBe('Hallo Ana');
    expect(t('bye')).toBe('Bye');
    expect(t('missing.key')).toBe('missing.key');
  });
});
