import type { Doc, Span } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';

/** Words that qualify a title without being one. */
const MODIFIERS = new Set(['former', 'then', 'acting', 'deputy', 'vice', 'senior', 'chief', 'top', 'late', 'ex', 'outgoing', 'incoming']);
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'to', 'in', 'on', 'at', 'by', 'with', 'said', 'says']);

let titleWords: Set<string> | undefined;
/** Every word of a Phoenix agent title ("defense", "minister", "adviser"), lower-cased, function words out. */
function wordsOfTitles(lexicons: EntityLexicons): Set<string> {
  if (!titleWords) {
    titleWords = new Set(MODIFIERS);
    for (const phrase of lexicons.agents.keys()) for (const w of phrase.toLowerCase().split(/[\s-]+/)) if (w.length > 2 && !FUNCTION_WORDS.has(w)) titleWords.add(w);
  }
  return titleWords;
}

/** Longer runs of title words are not a title: the bound keeps one mention's reading short on any text. */
const MAX_TITLE_TOKENS = 12;

const tokenIndexes = new WeakMap<Doc['tokens'], Map<number, number>>();
/** The token starting at `start`, from an index built once per document (a scan per mention was quadratic). */
function tokenStartingAt(doc: Doc, start: number): number {
  let index = tokenIndexes.get(doc.tokens);
  if (!index) {
    index = new Map();
    doc.tokens.forEach((t, i) => index!.has(t.start) || index!.set(t.start, i));
    tokenIndexes.set(doc.tokens, index);
  }
  return index.get(start) ?? -1;
}

export interface StatedTitle {
  /** The whole title as written before the name ("former US national security adviser"). */
  span: Span;
  /** The title without a leading country word ("Defense Minister" of "Russian Defense Minister"). */
  role: string | null;
  /** ISO-3 of the country word in the title, if any. */
  country: string | null;
  /** CAMEO role of the longest Phoenix agent title inside ("GOV", "GOVMIL"), if any. */
  agent: string | null;
}

/**
 * The title the text puts right before a name in the same sentence: title words, country words and
 * modifiers, read leftwards until anything else ("said Russian Defense Minister Sergey Shoigu" →
 * "Russian Defense Minister").
 */
export function statedTitle(doc: Doc, mention: Span, lexicons: EntityLexicons): StatedTitle | null {
  const at = tokenStartingAt(doc, mention.start);
  if (at <= 0) return null;
  const words = wordsOfTitles(lexicons);
  const sentence = doc.tokens[at]!.sentence;
  let first = at;
  for (let i = at - 1; i >= Math.max(0, at - MAX_TITLE_TOKENS); i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence) break;
    const place = lexicons.places.get(t.text.toUpperCase());
    const isCountryWord = place !== undefined && place.kind !== 'place';
    if (!words.has(t.text.toLowerCase()) && !isCountryWord) break;
    first = i;
  }
  if (first === at) return null;
  const tokens = doc.tokens.slice(first, at);
  // A lone country word is a nationality ("Chinese experts"), not a title.
  const countryAt = tokens.findIndex((t) => {
    const p = lexicons.places.get(t.text.toUpperCase());
    return p !== undefined && p.kind !== 'place';
  });
  if (tokens.every((_, i) => i === countryAt)) return null;
  const country = countryAt >= 0 ? lexicons.places.get(tokens[countryAt]!.text.toUpperCase())!.country : null;
  const roleTokens = countryAt === 0 ? tokens.slice(1) : tokens;
  const role = roleTokens.length > 0 ? doc.text.slice(roleTokens[0]!.start, roleTokens[roleTokens.length - 1]!.end) : null;
  let agent: string | null = null;
  let agentLength = 0;
  const upper = tokens.map((t) => t.text.toUpperCase());
  for (let i = 0; i < upper.length; i++) {
    for (let j = i + 1; j <= upper.length; j++) {
      const code = lexicons.agents.get(upper.slice(i, j).join(' '));
      if (code && j - i > agentLength) [agent, agentLength] = [code, j - i];
    }
  }
  const span = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, text: doc.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) };
  return { span, role, country, agent };
}
