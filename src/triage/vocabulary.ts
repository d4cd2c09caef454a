/** The six languages whose words the main signals know, and a few Russian scam phrases. */
export type Language = 'en' | 'es' | 'de' | 'fr' | 'pt' | 'ja' | 'ru';

/**
 * Words and phrases per language, as regular-expression sources in lower case.
 * Text is matched lower-cased with accents folded away (`é` → `e`, `ü` → `u`, `’` → `'`), so write terms
 * in lower case without accents. Terms match whole words; a leading `~` turns that off, for Japanese (no spaces between
 * words), emoji and terms that start with punctuation. `{brand}` and `{competitor}` expand to the names in the settings; a space matches any run of spaces, and ` ?` an optional run.
 */
export type Vocabulary = Partial<Record<Language, readonly string[]>>;
