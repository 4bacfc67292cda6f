import { has, WORD, type Word } from '../../../model/index.ts';
import { isComma, isVerb } from '../unit-view.ts';
import { claimed, foundAt, type CueLayout } from './layout.ts';

/**
 * Content first, then the cue and its speaker: "…," said X. / …, said the expert. An interrupted quote
 * resumes after the speaker ("…," said the Lightning, as it crept past him, "…").
 */
export const inverted: CueLayout = {
  id: 'inverted',
  read(u, c, cue) {
    // "…, criticized the plan": a cue that never takes a clause does not frame the words before it.
    if (cue.frame === 'object') return null;
    const { toks, u0, u1 } = u;
    const before = c - 1;
    // "He left, saying nothing": a participle is no inverted cue.
    if (c <= u0 || /ing$/.test(toks[c]!.text) || !(isComma(toks[before]) || u.closesSegment(before))) return null;
    const np = u.phraseStartingAt(c + cue.width, u1) ?? modifiedPhrase(u, c + cue.width);
    const tail = np ? u.tailIsEnd(np.last + 1) : null;
    // "…, announced his resignation on Monday": a possessive phrase with no name is an object, not a speaker
    // ("…," said his mother Nurbika Mamatuyeva is one).
    if (!np || tail === null || (possessive(toks[np.first]!, toks[np.first + 1]) && !toks.slice(np.first, np.last + 1).some((t) => t.pos === 'PROPN'))) return null;
    const body = u.contentBefore(before);
    // "A spokesman for the embassy, Ashraf Haidari, told VOA …": words before the comma with no verb are the
    // cue's subject, not content (the tagger misses a verb now and then, but not in every word).
    if (!body || (body.type === 'indirect' && !hasVerb(toks, u0, before))) return null;
    const part2 = body.type === 'direct' ? u.secondPart(tail) : null;
    if (part2) body.content.push(part2);
    return claimed(foundAt(c, cue, body, np, part2 ? 'interrupted' : 'inverted', { apposition: part2 ? null : u.restAfter(tail) }));
  },
};

/** "said a visibly tired Li": a determiner and an adverb before the phrase the syntax view reads. */
function modifiedPhrase(u: Parameters<CueLayout['read']>[0], k: number) {
  const { toks, u1 } = u;
  if (toks[k]?.pos !== 'DET' || toks[k + 1]?.pos !== 'ADV') return null;
  const np = u.phraseStartingAt(k + 2, u1);
  return np && { first: k, last: np.last };
}

const possessive = (t: Word, next: Word | undefined) => t.pos === 'PRON' && !has(t, WORD.PERSONAL) && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ');

function hasVerb(toks: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isVerb(toks[i])) return true;
  return false;
}
