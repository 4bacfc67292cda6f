import type { Refiner } from 'chrono-node';

const LEADING = /^(?:(?:on|at|in|by|from|since|until|till|of|for|during)\s+|[,(\s])+/i;
const TRAILING = /[\s,;:(]+$|'s$|(?<!\b[ap]\.m)(?<!\b[A-Z][a-z]{1,3})\.$/;
/** Determiners stay out of adjectival timexes ("a third-quarter loss", "its two-year contract", "a weeklong visit"). */
const DETERMINER = /^(?:(?:a|an|its|their|his|her|our)\s+|the\s+(?=\S+-\S+$))/i;
const ADJECTIVAL = /-|quarter|\wlong$/i;

/** TimeML spans leave out prepositions and punctuation that chrono's patterns swallow ("on Friday,"). */
export const trimRefiner: Refiner = {
  refine(_context, results) {
    for (const result of results) {
      const lead = result.text.match(LEADING)?.[0].length ?? 0;
      if (lead > 0 && lead < result.text.length) {
        result.index += lead;
        result.text = result.text.slice(lead);
      }
      const determiner = result.text.match(DETERMINER)?.[0].length ?? 0;
      if (determiner > 0 && determiner < result.text.length && ADJECTIVAL.test(result.text)) {
        result.index += determiner;
        result.text = result.text.slice(determiner);
      }
      // A closing parenthesis belongs to the sentence unless the timex opened it ("(4 a.m. EDT Thursday)").
      if (result.text.endsWith(')') && !result.text.includes('(')) result.text = result.text.slice(0, -1);
      // A parenthesis the timex opens but does not close is an aside that follows it ("6:40 p.m. (GMT +8)").
      const open = result.text.lastIndexOf('(');
      if (open > 0 && !result.text.includes(')', open)) result.text = result.text.slice(0, open);
      const trail = result.text.match(TRAILING)?.[0].length ?? 0;
      if (trail > 0 && trail < result.text.length) result.text = result.text.slice(0, -trail);
    }
    return results;
  },
};
