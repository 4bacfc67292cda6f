import { has, WORD } from '../../../model/index.ts';
import { isFinalPunct, lower } from '../unit-view.ts';
import type { UnmarkedLayout } from './layout.ts';

const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'you']);
const MAX_LABEL = 5;

/**
 * A headline's `Mayor: we were misled` without quotation marks (the quoted form is the colon layout; "X says
 * …" headlines read as any "X says"). Only the article's first line, with no final stop; the label must be a
 * role or title ("Defense Minister:") or the words after it first person, so "Brexit: what happens next"
 * and "Analysis: …" stay labels.
 */
export const headline: UnmarkedLayout = {
  id: 'headline',
  read(u) {
    const { toks, u0, u1, lex } = u;
    if (toks[u0]!.index !== 0 || isFinalPunct(toks[u1]) || u.quoted()) return null;
    let k = u0;
    while (k <= u1 && k < u0 + MAX_LABEL && toks[k]!.text !== ':' && (has(toks[k], WORD.CAPITAL) || toks[k]!.text === '.')) k++;
    if (k === u0 || toks[k]?.text !== ':' || k + 1 > u1) return null;
    const head = lower(toks[k - 1]);
    if (!(lex.personRoles.has(head) || lex.titles.has(head) || FIRST_PERSON.has(lower(toks[k + 1])))) return null;
    return { type: 'indirect', content: [u.charRange(k + 1, u1)], speaker: { first: u0, last: k - 1 }, layout: 'headline' };
  },
};
