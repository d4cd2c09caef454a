import type { Loaders } from './loadTranslations';
import type { TranslationTree } from './translate';

// The loaders of the two parts after the first paint's (see panelTranslations in vite.config.ts), in a chunk of
// their own that imports nothing: the first load does not carry their twelve loaders, and this chunk shares no code
// with it (`loadPart` in loadTranslations.ts reads them).

/** What the suggestion shows: triage labels and reasons, the checklist, tone rules. Wanted as the card shows. */
export const suggestion: Loaders = import.meta.glob<TranslationTree>('../../translations/*.json', { import: 'default', query: '?suggestion' });

/** Everything else: the share's steps, the status, errors, setup, experts. Wanted once the suggestion shows. */
export const rest: Loaders = import.meta.glob<TranslationTree>('../../translations/*.json', { import: 'default', query: '?details' });
