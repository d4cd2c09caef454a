import { OUTAGE } from '../triage/expertVocabulary';
import { prepareText, type PreparedText } from '../triage/preparedText';
import { alternation, termSource, WORD_CHARACTER } from '../triage/terms';
import type { Evidence } from '../triage/types';
import type { Vocabulary } from '../triage/vocabulary';
import { AREAS, type Area } from './areas';
import { AREA_VOCABULARY } from './areaVocabulary';

/** The area the panel proposes for an expert request, and the words that point there. */
export interface AreaSuggestion {
  area: Area;
  /** The words (or the status-account mention) that decided it; empty for the general fallback. */
  evidence: Evidence[];
  /** Every area that matched, best first, so the advocate sees the runner-up when changing it. */
  candidates: { area: Area; evidence: Evidence[] }[];
}

/** Names the text is read with: the brand (for `{brand}` in outage terms) and the status account's handles. */
export interface AreaSettings {
  brandNames: readonly string[];
  /** The brand's handles, without `@`; one whose name contains `status` is the status account. */
  brandHandles: readonly string[];
}

/** Evidence per area is capped: three words say why as well as ten. */
const MAX_EVIDENCE = 3;

interface CompiledArea {
  area: Area;
  words: RegExp | null;
  anywhere: RegExp | null;
}

/**
 * Compiles the area vocabularies once per settings. The `{brand}` placeholder (in the outage terms) becomes the
 * brand's names and handles; `{competitor}` matches nothing here.
 */
export function compileAreas(settings: AreaSettings): { areas: CompiledArea[]; statusHandles: Set<string>; brandHandles: Set<string> } {
  const brand = alternation([...settings.brandNames, ...settings.brandHandles]);
  const vocabularies: [Area, Vocabulary][] = [['availability', OUTAGE], ...(Object.entries(AREA_VOCABULARY) as [Area, Vocabulary][])];
  const areas = vocabularies.map(([area, vocabulary]): CompiledArea => {
    const words: string[] = [];
    const anywhere: string[] = [];
    for (const terms of Object.values(vocabulary)) {
      for (const term of terms ?? []) (term.startsWith('~') ? anywhere : words).push(termSource(term, brand, '(?!)'));
    }
    // Alternation takes the first term that matches: longer terms first, so "ci job" is found before "ci".
    for (const list of [words, anywhere]) list.sort((a, b) => b.length - a.length);
    return {
      area,
      words: words.length > 0 ? new RegExp(`\\b(?:${words.join('|')})(?!${WORD_CHARACTER})`, 'g') : null,
      anywhere: anywhere.length > 0 ? new RegExp(anywhere.join('|'), 'g') : null,
    };
  });
  const brandHandles = new Set(settings.brandHandles.map((handle) => handle.replace(/^@/, '').toLowerCase()).filter(Boolean));
  const statusHandles = new Set([...brandHandles].filter((handle) => handle.includes('status')));
  return { areas, statusHandles, brandHandles };
}

export type CompiledAreas = ReturnType<typeof compileAreas>;

/**
 * Suggests the area of a post: a mention of the status account, or outage words, route it to availability (the
 * incident channel, not volunteers); otherwise the area with the most distinct matching words wins, ties going
 * to the earlier stage in the handbook's order; nothing matched is the general fallback.
 */
export function suggestArea(text: string, compiled: CompiledAreas): AreaSuggestion {
  const prepared = prepareText(text, { brandHandles: compiled.brandHandles, keptHandles: compiled.brandHandles });
  const statusMentions = prepared.brandHandles.filter((mention) => compiled.statusHandles.has(mention.text.replace(/^@/, '').toLowerCase()));
  const candidates: { area: Area; evidence: Evidence[] }[] = [];
  for (const { area, words, anywhere } of compiled.areas) {
    const evidence = distinct([...(area === 'availability' ? statusMentions : []), ...matches(words, prepared), ...matches(anywhere, prepared)]);
    if (evidence.length > 0) candidates.push({ area, evidence: evidence.slice(0, MAX_EVIDENCE) });
  }
  candidates.sort((a, b) => rank(b) - rank(a) || AREAS.indexOf(a.area) - AREAS.indexOf(b.area));
  const best = candidates[0];
  return best ? { area: best.area, evidence: best.evidence, candidates } : { area: 'general', evidence: [], candidates };
}

/** Availability outranks every topic: a broken GitLab.com is an incident whatever feature the post names. */
function rank(candidate: { area: Area; evidence: Evidence[] }): number {
  return candidate.area === 'availability' ? Number.MAX_SAFE_INTEGER : candidate.evidence.length;
}

function matches(pattern: RegExp | null, prepared: PreparedText): Evidence[] {
  if (!pattern) return [];
  const found: Evidence[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(prepared.matchable); match !== null; match = pattern.exec(prepared.matchable)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    found.push({ text: prepared.text.slice(match.index, match.index + match[0].length), start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** One piece of evidence per distinct word ("pipeline" twice is one reason), in the order they appear. */
function distinct(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .sort((a, b) => a.start - b.start)
    .filter((item) => {
      const key = item.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
