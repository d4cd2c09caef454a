/**
 * Our own small additions to AFINN-165 (English only): common words in the other five languages and emoji,
 * on AFINN's -5..5 scale. Keys are lower case with accents folded, as the matcher sees text.
 */
export const EXTRA_VALENCES: Readonly<Record<string, number>> = {
  // Spanish
  gracias: 2, contento: 2, contenta: 2, genial: 3, increible: 3, excelente: 3, encanta: 3, maravilla: 3, buenisimo: 3, bueno: 2, buena: 2, mejor: 2, facil: 2,
  malo: -2, mala: -2, peor: -3, horrible: -3, pesimo: -3, lento: -2, frustrante: -2, odio: -3, asco: -3, decepcion: -2, decepcionado: -2, problema: -1, roto: -2,
  // German
  danke: 2, zufrieden: 2, traum: 2, toll: 3, super: 3, klasse: 3, grossartig: 3, hervorragend: 3, gut: 2, begeistert: 3, liebe: 3,
  schlecht: -2, schlimm: -2, langsam: -2, nervig: -2, enttauscht: -2, furchtbar: -3, schrecklich: -3, mies: -2, kaputt: -2, argerlich: -2,
  // French
  merci: 2, ravi: 2, ravis: 2, dommage: -2, lourd: -1, lourde: -1, magnifique: 3, formidable: 3, bravo: 3, adore: 3, bien: 1, facile: 2, top: 2,
  mauvais: -2, nul: -3, nulle: -3, lent: -2, decu: -2, penible: -2, frustrant: -2, catastrophique: -3, marre: -2,
  // Portuguese
  obrigado: 2, obrigada: 2, valeu: 2, incrivel: 3, otimo: 3, sensacional: 3, adoro: 3, amei: 3, bom: 2, boa: 2, perfeito: 3,
  ruim: -2, pessimo: -3, horrivel: -3, lenta: -2, decepcionante: -2, odeio: -3, chato: -2, quebrado: -2,
};

/** Japanese words, found by substring because Japanese has no spaces between words. */
export const JAPANESE_VALENCES: Readonly<Record<string, number>> = {
  ありがとう: 2, 最高: 3, すごい: 3, 凄い: 3, 素晴らしい: 3, 便利: 2, 好き: 3, 感動: 3, 快適: 2, 助かる: 2, 嬉しい: 3, 楽しい: 2,
  残念: -2, 遅い: -2, 使いにくい: -2, 不便: -2, ひどい: -3, 酷い: -3, がっかり: -2, イライラ: -2, 最悪: -3, 困って: -2,
};

/** Emoji people use to say how they feel. */
export const EMOJI_VALENCES: Readonly<Record<string, number>> = {
  '❤️': 3, '💜': 3, '🧡': 3, '😍': 3, '🥳': 3, '🎉': 2, '🙌': 2, '👏': 2, '🚀': 2, '🦊': 1, '💯': 2, '👍': 2, '😊': 2, '😄': 2, '🙏': 1, '✨': 1,
  '😡': -3, '😠': -3, '🤬': -4, '😤': -2, '👎': -2, '🙄': -2, '🤦': -2, '😩': -2, '😞': -2, '😢': -2, '😭': -2, '💩': -3, '😒': -2, '🙃': -1,
};

/** AFINN words that in tweets to a software company are mostly neutral ("like", "support", "help", "free"). */
export const NEUTRAL_IN_CONTEXT: ReadonlySet<string> = new Set([
  'like', 'likes', 'help', 'helps', 'support', 'supports', 'please', 'free', 'want', 'wants', 'no', 'yes', 'ok', 'top', 'care', 'interested', 'certain', 'sure',
  'kill', 'killed', 'dead', 'fire', 'block', 'blocked', 'pretty', 'clear', 'join', 'cut', 'ignore',
  // Words that are ordinary in German, French, Spanish or Portuguese: "die" is an article, "pain" bread, "fin" the end.
  'commit', 'commits', 'committed', 'shared', 'share', 'active', 'fresh', 'cleared', 'approval', 'approved', 'protected', 'protect', 'growing', 'reach',
  'secure', 'safe', 'warning', 'spam', 'stop', 'limited', 'dear', 'dumb',
  'die', 'pain', 'fin', 'con', 'sale', 'sin', 'tout', 'lol', 'lmao', 'haha', 'restore', 'stopped', 'accident', 'delayed', 'wish', 'supported',
]);

/** The characters of a word as the sentiment reads the prepared text: lower case, accents folded. */
export const WORD_CHARACTERS = "a-z0-9'\\u00df-\\u024f";

/**
 * The AFINN entries the sentiment can ever look up: single words of {@link WORD_CHARACTERS} ("cool stuff" and
 * "cover-up" never match a word), minus those made neutral above.
 */
export function lookedUpAfinn(afinn: Readonly<Record<string, number>>): [string, number][] {
  const word = new RegExp(`^[${WORD_CHARACTERS}]+$`);
  return Object.entries(afinn).filter(([entry]) => word.test(entry) && !NEUTRAL_IN_CONTEXT.has(entry));
}
