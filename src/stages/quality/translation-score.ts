import type { Message } from '../../model/index.ts';
import { loadTranslationLexicons, type TranslationLexicons } from '../../lexicons/translation/translation-lexicons.ts';
import { wordsOf } from './rules/words.ts';

/**
 * The rules whose messages flag a translation artifact, with the artifact kinds (issue 16's list and the
 * translation set's additions) each one names, and how much one such flag says the text was machine
 * translated. A slip native copy also makes (a quotation left open, a cut paragraph) weighs little;
 * a glued sentence or a gloss of a name weighs much.
 */
export const FLAG_KINDS: Readonly<Record<string, readonly string[]>> = {
  'truncated': ['truncated-paragraph'],
  'unbalanced-quote': ['quote-unbalanced', 'source-punctuation'],
  'suspect-name': ['name-slot-non-name', 'garbled-name'],
  'unintroduced-speaker': ['name-slot-non-name', 'garbled-name', 'name-order', 'name-variant', 'untranslated-word'],
  // a weekday that contradicts its date in translated copy is most often a date left in the source calendar's numbering
  'weekday-date-mismatch': ['weekday-date-mismatch', 'source-format-number-or-date'],
  'literal-name-gloss': ['literal-name-gloss'],
  'untranslated-word': ['untranslated-word'],
  'source-format-number': ['source-format-number-or-date'],
  'pronoun-flip': ['pronoun-or-gender-flip'],
  'run-together': ['run-together'],
  'repeated-word': ['repeated-word'],
  'straddled-adverb': ['repeated-word'],
  'source-punctuation': ['source-punctuation', 'quote-unbalanced'],
  'markup-residue': ['markup-residue'],
  'page-furniture': ['page-furniture'],
  'acronym-mismatch': ['garbled-name'],
  'name-variant': ['name-variant', 'garbled-name'],
  'garbled-known-name': ['garbled-name', 'name-variant'],
  'garbled-korean-name': ['garbled-name', 'name-variant'],
  'garbled-place-name': ['garbled-name', 'name-variant'],
  'echoed-phrase': ['garbled-phrase'],
  'unpaired-bracket': ['garbled-phrase'],
  'objectless-verb': ['garbled-phrase'],
  'calque': ['garbled-phrase'],
  // its message names both causes: a stop put where none belongs, or the words around it lost (a cut sentence)
  'lowercase-sentence': ['garbled-phrase', 'truncated-paragraph'],
  'doubled-surname': ['garbled-name'],
  // a foreign person's name read back in pinyin is the set's "pinyin name of an American scholar" (untranslated) as much as a garbled name
  'pinyin-name': ['garbled-name', 'untranslated-word'],
  'given-name-alone': ['name-order'],
  // a sentence cut mid-way inside a paragraph is a truncation where the paragraph's end is intact
  'cut-sentence': ['truncated-paragraph', 'garbled-phrase'],
  'doubled-determiner': ['garbled-phrase', 'repeated-word'],
  'quoted-report': ['quote-misplaced', 'garbled-phrase'],
  'source-order-attribution': ['garbled-phrase'],
  'foreign-grammar': ['garbled-phrase'],
  'lost-letter': ['garbled-name', 'garbled-phrase'],
};

const WEIGHTS: Readonly<Record<string, number>> = {
  // straddled-adverb weighs nothing: wire copy's edits leave the same slip, so it says the text is doubtful, not translated;
  // nor does page-furniture: it is the republishing page's, on native stories as often as on translated ones (12 of 25 and
  // 38 of 74 in the tune set), and it no longer counts as a second kind of artifact beside one rule's flags
  'truncated': 0.3,
  'unbalanced-quote': 0.2,
  'suspect-name': 1,
  'unintroduced-speaker': 0.2,
  'weekday-date-mismatch': 0.2,
  'literal-name-gloss': 1.5,
  'untranslated-word': 1.5,
  'source-format-number': 1.5,
  'pronoun-flip': 1,
  'run-together': 0.6,
  'repeated-word': 0.4,
  'source-punctuation': 1,
  'markup-residue': 0.5,
  'acronym-mismatch': 1,
  'name-variant': 1,
  'garbled-known-name': 1,
  // a Korean name no romanisation writes (none in the native check or bench pools)
  'garbled-korean-name': 1,
  'garbled-place-name': 1,
  // native copy almost never echoes its own noun or closes an unopened bracket
  'echoed-phrase': 1,
  'unpaired-bracket': 1,
  'objectless-verb': 1,
  'calque': 1.5,
  'lowercase-sentence': 1,
  'doubled-surname': 1,
  // native copy names a Chinese person by the family name, as Chinese writes it first
  'given-name-alone': 1,
  // native copy all but never stops a sentence on "the" or puts two determiners before a noun (none in the 5,354 bench documents)
  'cut-sentence': 1,
  'doubled-determiner': 1,
  // a speaker quoting himself in the third person is the source's reported speech kept inside the marks
  'quoted-report': 1,
  // a verb of saying after a quotation's own stop, or a speaker with none: the source's word order (no native document of the check pool)
  'source-order-attribution': 1,
  // a function-word pattern English never has (none in the native check pool; one in the bench pool, on a run-together)
  'foreign-grammar': 1,
  // the page's encoding, not the translation: native copy shows it too (one document of the check pool)
  'lost-letter': 0.5,
};

// Flags of one rule alone count this much of their weight: native copy has its one slip (a doubled word, a misspelt
// name), translated copy shows several kinds of artifact, so a single rule's evidence should not make it look translated.
const ONE_RULE_ONLY = 0.6;

/** Whether a message is a flag the score weighs: a span from a rule of WEIGHTS. */
export const isTranslationFlag = (m: Message) => m.start !== null && m.rule in WEIGHTS;

// The article profile (cues.json articles): the / (a + an) of native news is about 2, under 3 in three texts of four (the
// 6,402 native bench and check documents), of the tune set's translated stories about 5. Each article of the PRIOR counted
// at NATIVE_RATIO draws a short text's ratio toward it; beyond NATIVE_RATIO, the log of how far adds PROFILE_WEIGHT per unit.
const NATIVE_RATIO = 3;
const PRIOR_ARTICLES = 4;
const PROFILE_WEIGHT = 0.5;
// The longest article, in letters: longer runs are not compared.
const LONGEST_ARTICLE = 3;

const articleFirsts = new WeakMap<TranslationLexicons, Uint8Array>();

/**
 * 1 at the ASCII unit each article starts with, by lexicon: most short words ("of", "in", "to") start otherwise, and
 * are passed without a copy of each lower-cased (an article starting past ASCII is no word starting in it either).
 */
function articleFirstsOf(lex: TranslationLexicons): Uint8Array {
  let firsts = articleFirsts.get(lex);
  if (!firsts) {
    firsts = new Uint8Array(128);
    for (const article of [...lex.articles.definite, ...lex.articles.indefinite]) if (article.charCodeAt(0) < 128) firsts[article.charCodeAt(0)] = 1;
    articleFirsts.set(lex, firsts);
  }
  return firsts;
}

/**
 * How far the text's articles lean to "the" beyond native news, 0 when they do not: ln(ratio / NATIVE_RATIO), the ratio
 * (definite + PRIOR_ARTICLES · NATIVE_RATIO) / (indefinite + PRIOR_ARTICLES). English translated from a language without
 * an indefinite article (Chinese, Russian, Persian, Korean…) writes "the" where native copy writes "a".
 */
export function articleProfile(text: string, lex: TranslationLexicons): number {
  const { runs } = wordsOf(text);
  const firsts = articleFirstsOf(lex);
  let definite = 0;
  let indefinite = 0;
  for (let i = 0; i < runs.length; i += 2) {
    if (runs[i + 1]! - runs[i]! > LONGEST_ARTICLE) continue;
    // a run is letters: an ASCII one is lower-cased by its bit 5, and one no article starts with is no article
    const first = text.charCodeAt(runs[i]!);
    if (first < 128 && firsts[first | 0x20] === 0) continue;
    const word = text.slice(runs[i], runs[i + 1]).toLowerCase();
    if (lex.articles.definite.has(word)) definite += 1;
    else if (lex.articles.indefinite.has(word)) indefinite += 1;
  }
  const ratio = (definite + PRIOR_ARTICLES * NATIVE_RATIO) / (indefinite + PRIOR_ARTICLES);
  return Math.max(0, Math.log(ratio / NATIVE_RATIO));
}

/**
 * How likely the text is machine translated or second-language copy, 0…1: each flag adds its rule's weight
 * (a rule counts at most three times, so one glued-sentence habit does not decide alone; when only one rule
 * flagged, its sum is discounted), the article profile adds PROFILE_WEIGHT per unit, and the sum s gives 1 − e^(−s).
 * No flag and a native profile, score 0.
 */
export function translationScore(messages: readonly Message[], text: string, lex: TranslationLexicons = loadTranslationLexicons()): number {
  const counts = new Map<string, number>();
  for (const m of messages) if (isTranslationFlag(m)) counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
  let sum = 0;
  for (const [rule, n] of counts) sum += WEIGHTS[rule]! * Math.min(n, 3);
  if (counts.size === 1) sum *= ONE_RULE_ONLY;
  sum += PROFILE_WEIGHT * articleProfile(text, lex);
  return Math.round((1 - Math.exp(-sum)) * 100) / 100;
}
