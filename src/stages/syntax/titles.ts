import { spanOf, type Doc, type Title, type TokenRange, type Word } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import type { SyntaxWords } from '../../lexicons/syntax/syntax-lexicons.ts';

/** What reading a title needs: the words titles are made of, and the country words and agent titles. */
export interface TitleWords {
  /** every word of a Phoenix agent title ("defense", "minister", "adviser") and the modifiers ("former"), lower case */
  words: ReadonlySet<string>;
  places: EntityLexicons['places'];
  agents: EntityLexicons['agents'];
  /** the longest agent title, in words */
  longest: number;
}

export function titleWords(entities: EntityLexicons, lex: SyntaxWords): TitleWords {
  const words = new Set(lex.titleModifiers);
  let longest = 0;
  for (const phrase of entities.agents.keys()) {
    longest = Math.max(longest, phrase.split(' ').length);
    for (const w of phrase.toLowerCase().split(/[\s-]+/)) if (w.length > 2 && !lex.titleFunctionWords.has(w)) words.add(w);
  }
  return { words, places: entities.places, agents: entities.agents, longest };
}

const countryWord = (t: Word, tw: TitleWords) => {
  const place = tw.places.get(t.text.toUpperCase());
  return place !== undefined && place.kind !== 'place';
};

/**
 * Per token, the first token of the run of title and country words holding it ("former US national security
 * adviser"), or -1: one pass, so finding the title before a name is a lookup, not a scan.
 */
export function titleRunsOf(words: readonly Word[], sentences: readonly TokenRange[], tw: TitleWords): Int32Array {
  const out = new Int32Array(words.length).fill(-1);
  for (const s of sentences) {
    for (let i = s.first; i <= s.last; i++) {
      const t = words[i]!;
      if (!tw.words.has(t.lower) && !countryWord(t, tw)) continue;
      out[i] = i > s.first && out[i - 1]! >= 0 ? out[i - 1]! : i;
    }
  }
  return out;
}

/**
 * The title the text puts right before token `at` in its sentence: the run of title words, country words and
 * modifiers ending just before it ("said Russian Defense Minister Sergey Shoigu" → "Russian Defense
 * Minister"). A lone country word is a nationality ("Chinese experts"), not a title.
 */
export function titleBefore(doc: Doc, words: readonly Word[], runs: Int32Array, at: number, tw: TitleWords): Title | null {
  if (at <= 0 || runs[at - 1]! < 0 || words[at - 1]!.sentence !== words[at]!.sentence) return null;
  const tokens = words.slice(runs[at - 1]!, at);
  const countryAt = tokens.findIndex((t) => countryWord(t, tw));
  if (tokens.every((_, i) => i === countryAt)) return null;
  const country = countryAt >= 0 ? tw.places.get(tokens[countryAt]!.text.toUpperCase())!.country : null;
  const roleTokens = countryAt === 0 ? tokens.slice(1) : tokens;
  const role = roleTokens.length > 0 ? doc.text.slice(roleTokens[0]!.start, roleTokens[roleTokens.length - 1]!.end) : null;
  let agent: string | null = null;
  let agentLength = 0;
  const upper = tokens.map((t) => t.text.toUpperCase());
  for (let i = 0; i < upper.length; i++) {
    for (let j = i + 1; j <= Math.min(upper.length, i + tw.longest); j++) {
      const code = tw.agents.get(upper.slice(i, j).join(' '));
      if (code && j - i > agentLength) [agent, agentLength] = [code, j - i];
    }
  }
  return { span: spanOf(doc.text, tokens[0]!.start, tokens[tokens.length - 1]!.end), role, country, agent };
}
