/** The six languages whose words the main signals know. */
export type Language = 'en' | 'es' | 'de' | 'fr' | 'pt' | 'ja';

/**
 * Words and phrases per language, as case-insensitive regular-expression sources.
 * Latin-script text is matched with accents folded away (`é` → `e`, `ü` → `u`, `’` → `'`), so write terms
 * without accents. Terms match whole words; a leading `~` turns that off, for Japanese (no spaces between
 * words) and emoji. `{brand}` and `{competitor}` expand to the names in the settings; a space matches any run of spaces.
 */
export type Vocabulary = Partial<Record<Language, readonly string[]>>;
