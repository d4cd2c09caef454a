import { humanise } from '../../slack/shareBlocks';
import type { Translate } from '../../i18n/translate';

/** A category in the advocate's language (the triage's names); an expert area as the routing setting names it. */
export function groupLabel(t: Translate, kind: 'category' | 'area', key: string): string {
  if (kind === 'area') return humanise(key);
  const label = t(`triage.category.${key}`);
  return label === `triage.category.${key}` ? humanise(key) : label;
}
