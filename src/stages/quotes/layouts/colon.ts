import type { UnmarkedLayout } from './layout.ts';

/** `X: "…"`: a direct quote whose speaker is named before a colon near the unit's start. */
export const colon: UnmarkedLayout = {
  id: 'colon',
  read(u) {
    const { toks, u0, u1 } = u;
    for (let i = u0 + 1; i <= u1 && i < u0 + 12; i++) {
      if (toks[i]!.text !== ':') continue;
      const seg = u.opensSegment(i + 1);
      const np = u.phraseStartingAt(u0, i - 1);
      if (!seg || !np || np.last !== i - 1 || !(toks[np.first]!.pos === 'PROPN' || toks[np.last]!.pos === 'PROPN' || toks[np.last]!.pos === 'NOUN')) return null;
      seg.used = true;
      return { type: 'direct', content: [[seg.open, seg.close]], speaker: np, layout: 'colon' };
    }
    return null;
  },
};
