import { isComma } from '../unit-view.ts';
import { claimed, foundAt, type CueLayout } from './layout.ts';

/** Content first, then speaker and cue: "…," the minister told reporters. / …, Li Lifan said. */
export const quoteThenSpeaker: CueLayout = {
  id: 'quote-then-speaker',
  read(u, c, cue) {
    // "…, criticized the plan": a cue that never takes a clause does not frame the words before it.
    if (cue.frame === 'object') return null;
    const { toks, u0, u1 } = u;
    const subject = u.subjectOf(c);
    if (!subject || subject.first <= u0 || !(isComma(toks[subject.first - 1]) || u.closesSegment(subject.first - 1))) return null;
    // The addressee of "told reporters" sits between cue and end.
    let objectEnd = c + cue.width;
    if (cue.object) while (objectEnd <= u1 && (toks[objectEnd]!.pos === 'NOUN' || toks[objectEnd]!.pos === 'PROPN' || toks[objectEnd]!.pos === 'DET' || toks[objectEnd]!.pos === 'ADJ')) objectEnd++;
    const tail = u.tailIsEnd(objectEnd);
    if (tail === null) return null;
    const body = u.contentBefore(subject.first - 1);
    if (!body) return null;
    const part2 = body.type === 'direct' ? u.secondPart(tail) : null;
    if (part2) body.content.push(part2);
    return claimed(foundAt(c, cue, body, subject, part2 ? 'interrupted' : 'quote-then-speaker'));
  },
};
