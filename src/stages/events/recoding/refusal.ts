import { frameCode } from '../frames.ts';
import type { EventRule } from './rule.ts';
import { refusedAcceptance } from '../dictionary-triggers.ts';

/** "will not end their strike", "did not release": a yield or cooperation (04–08) that is refused is a refusal (12). */
export const refusal: EventRule = {
  id: 'refusal',
  apply(c, { ctx, res, m, read }) {
    // "will not accept the outcome" is already coded as the rejection (120): the negation is spent in the code.
    if (c.modality === 'negated' && m.first === m.last && refusedAcceptance({ negated: true }, ctx.toks[m.first]!.lemma) === c.code) {
      c.shift = `; refused acceptance: the rejection itself`;
      c.modality = read.quote ? 'reported' : 'asserted';
      return;
    }
    const root = Number(c.code.slice(0, 2));
    if (c.modality !== 'negated' || root < 4 || root > 8) return;
    const shifted = frameCode(res, 'reject', c.code);
    c.shift = `; negated ${c.code} coded as refusal ${shifted}`;
    c.code = shifted;
    c.modality = read.quote ? 'reported' : 'asserted';
  },
};
