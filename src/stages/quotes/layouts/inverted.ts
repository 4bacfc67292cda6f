import { isComma } from '../unit-view.ts';
import { claimed, cueFields, type CueLayout } from './layout.ts';

/**
 * Content first, then the cue and its speaker: "…," said X. / …, said the expert. An interrupted quote
 * resumes after the speaker ("…," said the Lightning, as it crept past him, "…").
 */
export const inverted: CueLayout = {
  id: 'inverted',
  read(u, c, cue) {
    const { toks, u0, u1 } = u;
    const before = c - 1;
    if (c <= u0 || !(isComma(toks[before]) || u.closesSegment(before))) return null;
    const np = u.phraseStartingAt(c + cue.width, u1);
    const tail = np ? u.tailIsEnd(np.last + 1) : null;
    if (!np || tail === null) return null;
    const body = u.contentBefore(before);
    if (!body) return null;
    const part2 = body.type === 'direct' ? u.secondPart(tail) : null;
    if (part2) body.content.push(part2);
    return claimed({ ...body, speaker: np, ...cueFields(c, cue), layout: part2 ? 'interrupted' : 'inverted', apposition: part2 ? null : u.restAfter(tail) });
  },
};
