import { lower, type Content, type UnitView } from '../unit-view.ts';
import { claimed, foundAt, type CueLayout } from './layout.ts';

/**
 * Raising and passives without a source: "X is expected to V", "X are believed to have fled", "a new outbreak
 * is reported in southern China", "the transfers have been criticized". The content is the subject and what
 * follows the cue (an infinitive, a phrase; nothing before a reason clause), in fragments; the speaker is
 * null, never a guess (attribution.md).
 */
export const sourceless: CueLayout = {
  id: 'sourceless',
  read(u, c, cue) {
    if (cue.class !== 'sourceless') return null;
    const last = u.subjectBefore(c - 1);
    if (!last) return claimed();
    const subject = u.withHead(last);
    // A raising participle read as a passive (no "to V" after it) takes a clause or a phrase, not a bare word
    // ("The area was reported quiet");
    // "Final results are expected Monday": a time word after the cue is when, not what.
    const raising = cue.lemma !== lower(u.toks[c]) && u.lex.raising.has(lower(u.toks[c]));
    const rest = u.isTime(u.toks[c + 1]) ? null : thatClause(u, c + 1) ?? (raising ? null : u.otherContentFrom(c + 1)) ?? phraseAfter(u, c + 1);
    if (!rest && raising) return claimed();
    // "It was reported that …": the impersonal subject is no part of what was reported.
    const impersonal = subject.first === subject.last && lower(u.toks[subject.first]) === 'it' && rest !== null;
    const content = [...(impersonal ? [] : [u.charRange(subject.first, subject.last)]), ...(rest?.content ?? [])];
    return claimed(foundAt(c - 1, { ...cue, width: 2 }, { type: rest?.type ?? 'indirect', content }, null, 'sourceless'));
  },
};

/** "It was reported that …": the clause from its complementizer. */
function thatClause(u: UnitView, k: number): Content | null {
  if (lower(u.toks[k]) !== 'that' || k + 1 > u.u1) return null;
  const end = u.clauseEnd(k + 1);
  return end > k && u.isClause(k + 1, end, true) ? { type: u.typeOf(k, end), content: [u.charRange(k, end)] } : null;
}

/**
 * "… is reported in southern China", "… are seen as supporters", "… were reported captured Tuesday": a phrase
 * or a participle after a passive cue, up to the clause end.
 */
function phraseAfter(u: UnitView, k: number): Content | null {
  const t = u.toks[k];
  if (!t || k > u.u1 || !(t.pos === 'ADP' || (t.pos === 'VERB' && t.lower.endsWith('ed'))) || t.lower === 'by') return null;
  const end = u.clauseEnd(k);
  return end > k ? { type: u.typeOf(k, end), content: [u.charRange(k, end)] } : null;
}
