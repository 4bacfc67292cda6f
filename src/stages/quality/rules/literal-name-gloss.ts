import { contentWords, type TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { allMatches, type QualityRule } from './rule.ts';
import { glossedTitles } from './glossed-title.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const ANY_CAPITAL = /\p{Lu}/u;
// Where a name's first word ends. Hoisted too: a literal is a new RegExp object at each call, and this is asked of every name.
const HEAD_END = /\s|$/;

// A capitalised name: capitalised words, joined by the small words names keep inside.
const NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;
// A lowercase gloss names a source only where a source stands: before a report, after "according to", "by" or "from", in a bracketed tag.
const SOURCE_AFTER = /^\s*(?:comprehensive\s+)?(?:report|reported|reports|said|says|quoted|news)\b/i;
const SOURCE_BEFORE = /(?:according to(?: the)?|(?:from|by|told)(?: the)?|\[)\s*$/i;

/**
 * The known institution a name glosses, or null: with a glossed place syllable put back ("Upper" → Shanghai),
 * the name starts with the known name's first word, shares at least three quarters of its words with it,
 * and each has a word the other lacks (a word swapped, not a shorter or longer name).
 */
export function glossedInstitution(name: string, lex: TranslationLexicons): string | null {
  // most names start with a word no known name starts with: said before the name is cut into words
  const head = name.slice(0, name.search(HEAD_END)).toLowerCase();
  if (!lex.institutionStarts.has(head) && !lex.acronymSkips.has(head) && !lex.placeSyllables.has(name.slice(0, head.length))) return null;
  const [first, ...rest] = name.split(/\s+/);
  const place = lex.placeSyllables.get(first!);
  const words = contentWords(place ? [place, ...rest].join(' ') : name, lex.acronymSkips);
  if (!lex.institutionStarts.has(words[0]!)) return null;
  for (const { name: known, words: kw } of lex.institutions) {
    if (known === name) return null;
    if (kw[0] !== words[0]) continue;
    const shared = words.filter((w) => kw.includes(w)).length;
    if (shared >= 2 && shared / words.length >= 0.75 && words.some((w) => !kw.includes(w)) && kw.some((w) => !words.includes(w))) return known;
  }
  return null;
}

// Where a name may start inside a run of capitalised words: after "of" or "the" ("Ivanov of the Institute of …").
const INNER_START = /\s(?:of|the)\s+(?=\p{Lu})/gu;
const INNER_HINT = /\s(?:of|the)\s/;
/** The offsets in a run of capitalised words where a name may start: its start, then after each "of" or "the". */
function nameStarts(run: string): number[] {
  // most runs hold neither word: one test instead of a match list
  if (!INNER_HINT.test(run)) return [0];
  return [0, ...allMatches(run, INNER_START).map((m) => m.index + m[0].length)];
}

/** A proper name translated word by word: a known gloss, a near miss of a known institution's name, or a country's office under another title (glossedTitles). */
export const literalNameGloss: QualityRule = {
  id: 'literal-name-gloss',
  check(doc, lex) {
    const out = [];
    const text = doc.text;
    for (const { phrase, known, anywhere } of lex.anyGloss.test(text) ? lex.glosses : []) {
      for (const m of allMatches(text, phrase)) {
        const capitalised = anywhere || ANY_CAPITAL.test(m[0]);
        if (!capitalised && !SOURCE_AFTER.test(text.slice(m.index + m[0].length)) && !SOURCE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" reads as a word-by-word translation of a name: likely ${known}` });
      }
    }
    for (const m of allMatches(text, NAME)) {
      for (const at of nameStarts(m[0])) {
        const name = m[0].slice(at);
        const known = glossedInstitution(name, lex);
        if (!known) continue;
        out.push({ start: m.index + at, end: m.index + m[0].length, text: `"${name}" is close to but not the known name ${known}: its words look translated one by one; likely ${known}` });
        break;
      }
    }
    out.push(...glossedTitles(text, lex));
    return out.sort((a, b) => a.start - b.start);
  },
};
