import { isComma, isFinalPunct, lower } from '../unit-view.ts';
import type { UnmarkedLayout } from './layout.ts';

/**
 * "X, an international relations expert at Y, <clause with a quoted fragment>": the apposition names the
 * speaker though no verb of saying does.
 */
export const apposition: UnmarkedLayout = {
  id: 'apposition',
  read(u) {
    const { toks, u0, u1 } = u;
    let c1 = -1;
    for (let i = u0 + 1; i <= u1 && i < u0 + 8; i++) {
      if (isComma(toks[i])) {
        c1 = i;
        break;
      }
    }
    if (c1 < 0 || !/^(?:a|an|the)$/i.test(toks[c1 + 1]?.text ?? '')) return null;
    let c2 = -1;
    let role = false;
    for (let i = c1 + 2; i <= u1 && i < c1 + 20; i++) {
      if (u.lex.personRoles.has(lower(toks[i]))) role = true;
      if (isComma(toks[i])) {
        c2 = i;
        break;
      }
    }
    if (c2 < 0 || !role) return null;
    let hasQuote = false;
    for (let i = c2 + 1; i <= u1; i++) if (u.segAt(i)) hasQuote = true;
    if (!hasQuote) return null;
    let end = u1;
    while (end > c2 && isFinalPunct(toks[end])) end--;
    if (end <= c2 + 1) return null;
    return { type: 'mixed', content: [[toks[c2 + 1]!.start, toks[end]!.end]], speaker: { first: u0, last: c1 - 1 }, layout: 'apposition', apposition: { first: c1 + 1, last: c2 - 1 } };
  },
};
