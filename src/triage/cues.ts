import { mayMatch } from './requiredText';
import { alternation, alternativesOf, factorsTerms, termSource, WORD_CHARACTER } from './terms';
import type { Evidence, TriageSettings } from './types';
import type { Vocabulary } from './vocabulary';

/**
 * Words that are not reasons on their own but change what other words mean. They are matched only when the
 * suggestion needs them, so the batch stays fast.
 */

/** Words that belittle a person ("smug", "pathetic little people"); about a product they are criticism. */
const PERSONAL_ATTACK: Vocabulary = {
  en: [
    "pathetic", "smug", "dumb(?:est)?", "stupid(?:est)?", "fake", "arrogant", "clueless", "incompetent", "lazy", "boring(?! (?:\\S+ )?(?:deploys?|deployments?|releases?|upgrades?))", "know-it-alls?", "monkeys?",
    "charisma", "iq", "decerebre\\w*", "robot", "human beings? (?:i'?ve|alive|on earth)", "dumbest", "(?:most )?annoying (?:person|woman|man|guy|human)", "insoportables?", "null ahnung", "keine ahnung hat", "cringe", "embarrassing", "embarrassment", "disgrace(?:ful)?", "a joke", "nobody (?:respects|likes|cares about|listens to) (?:you|him|her|them)",
    "quit", "(?:should|must|needs? to) be fired", "fire (?:him|her|them|this guy)", "ugly", "creepy", "worthless", "shameless", "low iq", "no one asked",
    "can'?t even", "(?:has|have) no (?:clue|idea|shame)", "shameful",
  ],
  es: ["tont[oa]s?", "tontisim[oa]s?", "patetic[oa]s?", "arrogantes?", "que (?:lo|la|los) echen", "echenl[oa]", "ridicul[oa]s?", "verguenza", "inutil(?:es)?", "incompetentes?"],
  de: ["schwatzer", "peinlich", "arrogant(?:e|er|en)?", "unfahig", "dumm(?:e|er|en)?", "lacherlich", "witzfigur", "nichtskonner", "rausschmeissen", "rauswerfen", "feuert (?:ihn|sie)"],
  fr: ["pathetique", "arrogant(?:e|s|es)?", "nuls?", "incompetents?", "ridicule", "honte", "virez-(?:le|la|les)", "bouffons?"],
  pt: ["patetic[oa]s?", "arrogantes?", "burr[oa]s?", "incompetentes?", "ridicul[oa]s?", "vergonha", "demitam", "inutil"],
  ja: ["~頭悪", "~向いてない", "~辞めたら", "~辞めろ", "~無能", "~恥ずかしい", "~クビ", "~使えない"],
};

/** Words that name people rather than the product: staff, the CEO, "this guy". */
const AIMED_AT_PERSON: Vocabulary = {
  en: [
    "employees?", "staff(?:ers)?", "people who work", "support (?:people|agents?|staff|folks|guys|person)", "community managers?", "devrels?", "developer advocates?",
    "ceo", "cto", "cfo", "founders?", "execs?", "executives", "management", "managers?", "moderators?", "mods", "reviewers?", "interns?",
    "(?:this|that|the) (?:guy|dude|woman|lady|person|clown)", "whoever", "you people", "all of you", "(?:social media|support|sales) (?:person|guy|woman|team)", "human beings?",
  ],
  es: ["(?:el|la|los|las|tu|su|vuestr[oa]s?|ese|esa) (?:community manager|ceo|soporte|empleados?|trabajadores|moderador\\w*|tipo|tia|director\\w*|vendedor\\w*|chic[oa])", "empleados"],
  de: ["(?:euer|eure|dein|deine|der|die|ihr|ihre) (?:ceo|chef\\w*|support\\w*|mitarbeiter\\w*|community manager\\w*|entwickler|typ|moderator\\w*)", "mitarbeiter\\w*", "der typ", "(?:der|die) (?:von|bei) {brand}"],
  fr: ["(?:votre|vos|le|la|les|ce|cette) (?:ceo|pdg|cm|support|employes?|salaries?|community manager|mec|type|moderat\\w+|directeur|directrice)"],
  pt: ["(?:o|a|os|as|seu|sua|esse|essa|desse|dessa) (?:ceo|suporte|funcionari\\w+|community manager|cara|moderador\\w*|vendedor\\w*)", "funcionarios"],
  ja: ["~中の人", "~社員", "~担当者", "~サポートの人", "~あいつ", "~こいつ", "~お前"],
};

/**
 * The brand's own staff speaking as such ("As @gitlab's Head of Remote", "we at @gitlab", "I work at @gitlab"): the
 * roles they name are their own titles, not people they attack. English only so far.
 */
const SPEAKS_FOR_BRAND: Vocabulary = {
  en: ["as (?:an? |the )?@?{brand}['’]s", "(?:we|i) (?:here )?at @?{brand}", "(?:my|our) (?:\\S+ )?team at @?{brand}", "i (?:work|worked|am working) (?:at|for) @?{brand}", "i (?:just )?joined @?{brand}"],
};

/** "You" in the six languages; it names a person when the tweet replies to someone who is not the brand. */
const SECOND_PERSON: Vocabulary = {
  en: ["you", "your", "you'?re", "u", "ur", "yourself", "ya"],
  es: ["tu", "eres", "te", "ti", "usted"],
  de: ["du", "dich", "dir", "dein\\w*"],
  fr: ["tu", "toi", "ton", "ta", "tes", "vous"],
  pt: ["voce", "vc", "tu", "te", "seu", "sua"],
  ja: ["~あなた", "~お前", "~おまえ", "~君"],
};

/** Words about software and the product: without any, a tweet that only tags the brand is about something else. */
const TOPICAL: Vocabulary = {
  en: [
    "repo(?:s|sitor(?:y|ies))?", "projects?", "groups?", "issues?", "merge requests?", "mrs?", "prs?", "pull requests?", "commits?", "branch(?:es)?", "git", "code",
    "ui", "ux", "ide", "editor", "docs?", "documentation", "features?", "releases?", "versions?", "updates?", "upgrades?", "instance", "self-?(?:managed|hosted)",
    "registry", "packages?", "pages", "wiki", "api", "tokens?", "ssh", "keys?", "accounts?", "licen[cs]es?", "plans?", "subscriptions?", "tiers?", "navigation", "nav",
    "sidebar", "menus?", "settings", "dashboards?", "boards?", "epics?", "milestones?", "labels?", "snippets?", "webhooks?", "integrations?", "security", "scanning",
    "duo", "ai", "review(?:s|ers?)?", "open source", "oss", "handbook", "remote", "product", "apps?", "tool(?:s|ing)?", "platform", "devs?", "developers?",
    "engineer(?:s|ing)?", "programming", "coding", "software", "tech", "servers?", "cloud", "database", "jira", "slack", "vscode", "jetbrains", "forum", "support",
    "workflow", "team", "company", "community", "users?", "install(?:ed|ing|ation)?", "config(?:uration)?", "yaml", "ci", "cd", "pipelines?", "runners?", "jobs?", "deploy\\w*",
    // The brand as the subject or the object of an opinion ("@gitlab is insane", "love you @gitlab"): about the brand.
    "@?{brand} (?:is|are|has|was|rocks|really|just|keeps|makes|saved|been|pages)", "(?:love|loving|thank|thanks|kudos to|shout ?out to|using|use|with|at|of) (?:you )?@?{brand}",
  ],
  es: ["proyectos?", "repositorios?", "equipo", "empresa", "codigo", "herramientas?", "funciones?", "funcionalidad(?:es)?", "version", "interfaz", "modo oscuro", "cuenta", "licencia"],
  de: ["projekt\\w*", "gruppen", "community", "repositor(?:y|ies)", "team", "firma", "unternehmen", "werkzeug", "funktion(?:en)?", "version", "oberflache", "menu\\w*", "einstellungen", "konto", "lizenz"],
  fr: ["projets?", "depots?", "equipe", "entreprise", "outils?", "fonctionnalites?", "version", "interface", "compte", "licence"],
  pt: ["projetos?", "repositorios?", "equipe", "time", "empresa", "ferramentas?", "funcionalidades?", "versao", "interface", "modo escuro", "conta", "licenca"],
  ja: ["~リポジトリ", "~プロジェクト", "~機能", "~画面", "~設定", "~チーム", "~開発", "~エンジニア", "~コード", "~アカウント", "~ライセンス", "~パイプライン", "~ui"],
};

/**
 * One cue's terms as regular-expression sources. Batch code compiles them all once ({@link factorsTerms}); the panel
 * compiles for its one ticket only the terms whose required text the ticket contains (`requiredText.ts`, as the
 * matcher does): a term without it cannot match, so leaving it out changes no match, and V8 compiles a few terms
 * instead of a hundred.
 */
export interface Cue {
  words: readonly string[];
  anywhere: readonly string[];
  /** Every term, compiled on first use by batch code. */
  whole?: RegExp | null;
  /** The pattern of the last text the panel asked about, so `hasCue` then `findCue` on one ticket compile once. */
  last?: { matchable: string; pattern: RegExp | null };
}

/** The cue patterns compiled for one settings object. */
export interface CompiledCues {
  personalAttack: Cue;
  aimedAtPerson: Cue;
  secondPerson: Cue;
  speaksForBrand: Cue;
  topical: Cue;
  /** The brand or a competitor named as a word, not only tagged as a @handle or #hashtag. */
  namedInText: RegExp;
}

function cueOf(vocabulary: Vocabulary, brand: string, competitor: string): Cue {
  const words: string[] = [];
  const anywhere: string[] = [];
  for (const terms of Object.values(vocabulary)) {
    for (const term of terms ?? []) (term.startsWith('~') ? anywhere : words).push(termSource(term, brand, competitor));
  }
  return { words, anywhere };
}

/** The cue's pattern over these terms, or null when there are none. */
function patternOf(words: readonly string[], anywhere: readonly string[]): RegExp | null {
  const parts = [
    ...(words.length > 0 ? [`\\b(?:${alternativesOf(words)})(?!${WORD_CHARACTER})`] : []),
    ...(anywhere.length > 0 ? [`(?:${anywhere.join('|')})`] : []),
  ];
  return parts.length > 0 ? new RegExp(parts.join('|'), 'g') : null;
}

/** The pattern to run over `matchable`: every term for batch code, the reachable ones in the panel. */
function patternFor(cue: Cue | RegExp, matchable: string): RegExp | null {
  if (cue instanceof RegExp) return cue;
  if (factorsTerms()) return cue.whole === undefined ? (cue.whole = patternOf(cue.words, cue.anywhere)) : cue.whole;
  if (cue.last?.matchable !== matchable) {
    const reachable = (source: string) => mayMatch(source, (part) => matchable.includes(part));
    cue.last = { matchable, pattern: patternOf(cue.words.filter(reachable), cue.anywhere.filter(reachable)) };
  }
  return cue.last.pattern;
}

/** Compiles the cues with the brand and competitor names of these settings. */
export function compileCues(settings: TriageSettings): CompiledCues {
  const brand = alternation([...settings.brandNames, ...settings.brandHandles]);
  const competitor = alternation(settings.competitorNames);
  return {
    personalAttack: cueOf(PERSONAL_ATTACK, brand, competitor),
    aimedAtPerson: cueOf(AIMED_AT_PERSON, brand, competitor),
    secondPerson: cueOf(SECOND_PERSON, brand, competitor),
    speaksForBrand: cueOf(SPEAKS_FOR_BRAND, brand, competitor),
    topical: cueOf(TOPICAL, brand, competitor),
    namedInText: new RegExp(`(?<![@#\\w])${alternation([...settings.brandNames, ...settings.competitorNames])}(?!${WORD_CHARACTER})`, 'g'),
  };
}

/** Every match of a cue, as evidence in the prepared text. */
export function findCue(cue: Cue | RegExp, matchable: string, text: string): Evidence[] {
  const found: Evidence[] = [];
  const pattern = patternFor(cue, matchable);
  if (pattern === null) return found;
  pattern.lastIndex = 0;
  for (const match of matchable.matchAll(pattern)) {
    const start = match.index;
    if (match[0].length > 0) found.push({ text: text.slice(start, start + match[0].length), start, end: start + match[0].length });
  }
  return found;
}

/** Whether the cue occurs at all. */
export function hasCue(cue: Cue | RegExp, matchable: string): boolean {
  const pattern = patternFor(cue, matchable);
  if (pattern === null) return false;
  pattern.lastIndex = 0;
  return pattern.test(matchable);
}
