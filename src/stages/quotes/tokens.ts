import type { Token } from '../../model/index.ts';

/** Word-class tests on wink tokens, shared by the attribution patterns. */

export const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

export const QUOTE_MARK = /^["“”«»„‘’']$/;
export const isQuoteMark = (t: Token | undefined) => t !== undefined && QUOTE_MARK.test(t.text);
export const isComma = (t: Token | undefined) => t?.text === ',';
export const isFinalPunct = (t: Token | undefined) => t !== undefined && /^[.!?…]+$/.test(t.text);

const PERSONAL = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const isPersonalPronoun = (t: Token | undefined) => PERSONAL.has(lower(t));

const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'what', 'because', 'if', 'while', 'as', 'since', 'although', 'though', 'after', 'before', 'until', 'unless', 'whether', 'than', 'so']);
// "WHO" (the World Health Organization) is a name, not "who".
export const isClauseWord = (t: Token | undefined) => t !== undefined && CLAUSE_WORDS.has(lower(t)) && t.text !== t.text.toUpperCase();

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'day', 'earlier', 'later', 'late', 'early',
  'last', 'this', 'next', 'recently', 'previously', 'again', 'also', 'now', 'repeatedly', 'once', 'then', 'meanwhile',
]);
export const isTimeWord = (t: Token | undefined) => TIME_WORDS.has(lower(t)) || /^\d{4}$/.test(t?.text ?? '');

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'DET']);
/** Can sit inside a noun phrase (possessive 's and abbreviation dots included). */
// A capitalised word the tagger read as a verb is part of a name ("Human Rights Watch").
export const isNominal = (t: Token | undefined) =>
  t !== undefined && (NOMINAL_POS.has(t.pos) || /^(?:'s|’s|')$/.test(t.text) || (t.pos === 'PUNCT' && /^[.-]$/.test(t.text)) || (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text))) && !isClauseWord(t) && !QUOTE_MARK.test(t.text);
const QUANTIFIERS = new Set(['some', 'many', 'others', 'both', 'several', 'all', 'most']);
export const isHeadLike = (t: Token | undefined) => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || QUANTIFIERS.has(lower(t)) || (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text)));
export const isVerb = (t: Token | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
export const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);

/** Prepositions allowed inside a speaker phrase: "Officials in Baghdad", "Ministry of Foreign Affairs". */
export const INNER_ADP = new Set(['of', 'in', 'at', 'from', 'for', 'with', 'on']);
