import { CAPITAL_INITIAL } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { isLetterUnit, matchesIn, type QualityRule } from './rule.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const ACRONYM = /\((\p{Lu}{2,6})\)/gu;
const CAPS_WORD = /(?<![\p{L}])\p{Lu}{4,7}(?![\p{L}])/gu;

/** Can the acronym's letters be read off the words in order, each content word giving its initial and maybe more of its letters? */
function spells(acronym: string, words: string[], skips: Set<string>): boolean {
  const go = (a: number, w: number): boolean => {
    if (a === acronym.length) return w === words.length;
    if (w === words.length) return false;
    const word = words[w]!.toUpperCase();
    if (skips.has(words[w]!.toLowerCase()) && go(a, w + 1)) return true;
    if (word[0] !== acronym[a]) return false;
    // the initial, then any further acronym letters found later in the same word
    for (let k = a + 1, at = 1; ; k++) {
      if (go(k, w + 1)) return true;
      if (k === acronym.length) return false;
      at = word.indexOf(acronym[k]!, at) + 1;
      if (at === 0) return false;
    }
  };
  return words.some((word, i) => !skips.has(word.toLowerCase()) && go(0, i));
}

// A word closing a sentence: a stop after a lowercase letter ("Flores."), not an abbreviation's ("U.S.").
const SENTENCE_END = /\p{Ll}[.!?]$/u;

/**
 * The capitalised words right before `end` (and the small words between them), at most ten, within its sentence: the
 * capitalised words before a stop ("… Francisco Flores. The International Football Federation (FIFA)") name something else.
 */
function nameBefore(text: string, end: number, skips: Set<string>): string[] {
  const words = text.slice(Math.max(0, end - 120), end).trim().split(/\s+/).reverse();
  const out: string[] = [];
  for (const w of words) {
    if ((!CAPITAL_INITIAL.test(w) && !skips.has(w.toLowerCase())) || SENTENCE_END.test(w)) break;
    out.unshift(w);
    if (out.length === 10) break;
  }
  while (out.length > 0 && skips.has(out[0]!.toLowerCase())) out.shift();
  return out;
}

// A bracket closing a dateline, then a dash, an underscore or the line's end ("ADDIS ABABA, Ethiopia (AP)_ The …"):
// the agency's credit, no acronym of the place before it.
const CREDIT_AFTER = /^ ?(?:--|[_–—-]|\n|$)/u;

/**
 * Whether the acronym stands again in the text outside its brackets ("the Movement Toward Socialism (MAS) … leaves MAS
 * short"): a story that goes on using it writes the body's own acronym, often of its name in its own language; a
 * translation's garbled acronym is a one-off slip.
 */
function usedAgain(text: string, acronym: string, bracket: number): boolean {
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    if (at === bracket + 1) continue;
    if (!isLetterUnit(text.charCodeAt(at - 1)) && !isLetterUnit(text.charCodeAt(at + acronym.length))) return true;
  }
  return false;
}

const oneOff = (a: string, b: string) => a.length === b.length && a !== b && [...a].filter((c, i) => c !== b[i]).length === 1;

/**
 * An acronym garbled in translation: one in brackets whose letters the name before it does not spell while
 * that name's initials differ from it in a single letter ("Department of Foreign Affairs (DNA)" for DFA),
 * or a capitalised word one letter off an acronym the text defines ("ASIAN" for ASEAN).
 */
export const acronymMismatch: QualityRule = {
  id: 'acronym-mismatch',
  check(doc, lex: TranslationLexicons) {
    const out = [];
    const defined = new Set<string>();
    for (const { start, end, match } of matchesIn(doc, ACRONYM)) {
      const acronym = match[1]!;
      defined.add(acronym);
      const name = nameBefore(doc.text, start, lex.acronymSkips);
      if (name.length === 0 || CREDIT_AFTER.test(doc.text.slice(end, end + 3)) || spells(acronym, name, lex.acronymSkips)) continue;
      const initials = name.filter((w) => !lex.acronymSkips.has(w.toLowerCase())).slice(-acronym.length).map((w) => w[0]!.toUpperCase()).join('');
      if (!oneOff(acronym, initials) || usedAgain(doc.text, acronym, start)) continue;
      out.push({ start, end, text: `"${acronym}" does not spell the name before it ("${name.join(' ')}"): a garbled acronym; likely ${initials}` });
    }
    // a capitalised word can be one letter off only an acronym the text defines
    for (const { start, end, match } of defined.size > 0 ? matchesIn(doc, CAPS_WORD) : []) {
      const near = [...defined].find((d) => oneOff(match[0], d));
      if (near) out.push({ start, end, text: `"${match[0]}" is one letter off ${near}, which the text defines: a garbled name; likely ${near}` });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
