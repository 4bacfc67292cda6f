import { isComma, isDash, isFinalPunct } from '../unit-view.ts';
import type { UnmarkedLayout } from './layout.ts';

/** `"…" — X`: a direct quote whose speaker follows a dash and ends the unit (an apposition may follow). */
export const dash: UnmarkedLayout = {
  id: 'dash',
  read(u) {
    const { toks, u0, u1 } = u;
    for (let i = u0; i <= u1; i++) {
      const seg = u.closesSegment(i);
      if (!seg || !isDash(toks[i + 1])) continue;
      const np = u.phraseStartingAt(i + 2, u1);
      if (!np) continue;
      let end = np.last + 1;
      if (isComma(toks[end])) end = u1 + 1;
      while (end <= u1 && isFinalPunct(toks[end])) end++;
      if (end <= u1) continue;
      seg.used = true;
      return { type: 'direct', content: [[seg.open, seg.close]], speaker: np, layout: 'dash', apposition: isComma(toks[np.last + 1]) ? { first: np.last + 2, last: u1 } : null };
    }
    return null;
  },
};
