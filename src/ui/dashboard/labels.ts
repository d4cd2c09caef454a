import { humanise } from '../../slack/shareBlocks';
import type { Translate } from '../../i18n/translate';

/** A category in the advocate's language (the triage's names); an expert area by the expert path's names. */
export function groupLabel(t: Translate, kind: 'category' | 'area', key: string): string {
  const id = kind === 'area' ? `expert.area.${key}` : `triage.category.${key}`;
  const label = t(id);
  // An area or category this version does not know (an older post, a renamed area) still reads as words.
  return label === id ? humanise(key) : label;
}
