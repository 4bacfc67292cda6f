import { isComma, isVerb, lower } from '../unit-view.ts';
import type { UnmarkedLayout } from './layout.ts';

/**
 * "X, an international relations expert at Y, <reported clause or quoted words>": the apposition describes a
 * person (a role noun), so X is a source though no verb of saying (a dropped "according to") names one. X is
 * the speaker's mention whether or not it reads as a name; it must hold a noun ("Meanwhile, …" does not).
 */
export const apposition: UnmarkedLayout = {
  id: 'apposition',
  read(u) {
    const { toks, u0, u1 } = u;
    let c1 = -1;
    let noun = false;
    for (let i = u0; i <= u1 && i < u0 + 8; i++) {
      if (isComma(toks[i])) {
        c1 = i;
        break;
      }
      noun ||= toks[i]!.pos === 'NOUN' || toks[i]!.pos === 'PROPN';
    }
    if (c1 <= u0 || !noun || !/^(?:a|an|the)$/i.test(toks[c1 + 1]?.text ?? '')) return null;
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
    // What follows must be reported content: a clause with its own subject, or quoted words.
    // ("X, a spokesman, will visit …" is the predicate of X, not content.)
    const content = isVerb(toks[c2 + 1]) ? null : u.contentFrom(c2 + 1);
    if (!content) return null;
    return { ...content, speaker: { first: u0, last: c1 - 1 }, layout: 'apposition', apposition: { first: c1 + 1, last: c2 - 1 } };
  },
};
