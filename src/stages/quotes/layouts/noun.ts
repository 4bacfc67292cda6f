import { has, WORD, type LocalRange as Range } from '../../../model/index.ts';
import type { NounCue } from '../../../lexicons/quotes/quotes-lexicons.ts';
import type { Found } from '../attribution-model.ts';
import { isVerb, lower, type Content, type UnitView } from '../unit-view.ts';
import { foundAt } from './layout.ts';

/** A reporting noun found at a token (its lexicon entry, one word wide). */
export type NounMatch = NounCue & { width: number };

const GENITIVE = new Set(["'s", '’s']);

/**
 * Noun cues (attribution.md): "her claim that …", "Washington's proposal to …", "reports of torture",
 * "support for the mayor". The content follows the noun as a that-clause, an infinitive or, after one of the
 * noun's particles, a noun phrase (the particle joins the cue); the speaker is the possessor ("Obama's
 * assurances", "his pledges", "a North Korean demand"), else there is none: null, never a guess.
 */
export const noun = {
  id: 'noun',
  read(u: UnitView, c: number, cue: NounMatch): Found | null {
    const { toks } = u;
    const w = lower(toks[c + 1]);
    let body: Content | null = null;
    let width = 1;
    if (w === 'that' && cue.takes.has('that') && has(toks[c + 2], WORD.NOMINAL) && !isVerb(toks[c + 2])) {
      const end = u.clauseEnd(c + 2);
      if (end >= c + 2 && u.isClause(c + 2, end, true)) body = { type: u.typeOf(c + 1, end), content: [u.charRange(c + 1, end)] };
    } else if (w === 'to' && cue.takes.has('to') && isVerb(toks[c + 2])) {
      const end = u.clauseEnd(c + 1);
      if (end > c + 1) body = { type: u.typeOf(c + 1, end), content: [u.charRange(c + 1, end)] };
    } else if (cue.particles.has(w) && !(w === 'of' && namesAuthor(u, c + 2))) {
      body = nounPhraseFrom(u, c + 2);
      width = 2;
    }
    return body && foundAt(c, { ...cue, width }, body, possessor(u, c), 'noun');
  },
};

/**
 * "reports of torture at official detention centers": a noun phrase (the tagger may read its first noun as a
 * verb, "torture"), ended before the finite verb of the sentence it is the subject of ("talk of … was baseless",
 * "reports of torture angered …").
 */
function nounPhraseFrom(u: UnitView, k: number): Content | null {
  const { toks } = u;
  const t = toks[k];
  if (!t || k > u.u1 || !(has(t, WORD.NOMINAL) || (isVerb(t) && !has(t, WORD.INFLECTED))) || t.pos === 'PUNCT') return null;
  let end = u.clauseEnd(k);
  for (let i = k + 1; i <= end; i++) {
    const finite = has(toks[i], WORD.INFLECTED) && (toks[i]!.pos === 'AUX' || toks[i - 1]!.pos === 'NOUN' || toks[i - 1]!.pos === 'PROPN');
    if (finite) {
      end = i - 1;
      break;
    }
  }
  return end >= k ? { type: u.typeOf(k, end), content: [u.charRange(k, end)] } : null;
}

/** "the report of the APEC Business Advisory Council": a name after "of" is who wrote it, not what it says. */
function namesAuthor(u: UnitView, k: number): boolean {
  let i = k;
  while (u.toks[i]?.pos === 'DET') i++;
  return u.toks[i]?.pos === 'PROPN';
}

/** Whose claim: a possessive pronoun or a genitive before the noun (adjectives may come between), or a capitalised modifier. */
function possessor(u: UnitView, c: number): Range | null {
  const { toks, u0 } = u;
  let p = c - 1;
  while (p > u0 && p > c - 4 && toks[p]!.pos === 'ADJ' && !has(toks[p], WORD.CAPITAL)) p--;
  if (p < u0) return null;
  if (has(toks[p], WORD.POSSESSIVE)) return { first: p, last: p };
  if (GENITIVE.has(lower(toks[p]))) return p > u0 ? u.syntax.phraseEndingAt(toks, p - 1, u0) : null;
  // "a North Korean demand", "the Palestinian request": the modifier names whose.
  let f = c - 1;
  while (f >= u0 && has(toks[f], WORD.CAPITAL) && (toks[f]!.pos === 'ADJ' || toks[f]!.pos === 'PROPN')) f--;
  return f < c - 1 && (f < u0 || toks[f]!.pos === 'DET') ? { first: f + 1, last: c - 1 } : null;
}
