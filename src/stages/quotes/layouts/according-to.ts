import { isComma, isFinalPunct } from '../unit-view.ts';
import { claimed, foundAt, type CueLayout } from './layout.ts';

/** "according to X, …" and "…, according to X.": the source after the cue, the content on the other side. */
export const accordingTo: CueLayout = {
  id: 'according-to',
  read(u, c, cue) {
    if (cue.lemma !== 'according to') return null;
    const { toks, u0, u1 } = u;
    const np = u.phraseStartingAt(c + cue.width, u1);
    if (!np) return claimed();
    const atStart = c === u0 || (c === u0 + 1 && toks[u0]!.pos !== 'NOUN');
    if (atStart && isComma(toks[np.last + 1])) {
      const body = u.contentFrom(np.last + 2);
      return claimed(body && foundAt(c, cue, body, np, 'according-to'));
    }
    if (c === u0) return claimed();
    let end = c - 1;
    while (end > u0 && (isComma(toks[end]) || isFinalPunct(toks[end]))) end--;
    if (end <= u0) return claimed();
    return claimed(foundAt(c, cue, { type: u.typeOf(u0, end), content: [u.charRange(u0, end)] }, np, 'according-to'));
  },
};
