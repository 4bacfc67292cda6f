import { matchesIn, type QualityRule } from './rule.ts';

// HTML left in the text: entities ("&nbsp;", "& nbsp;", "&#8217;") and tags ("<p>", "</a>", a tag cut to "p>").
const MARKUP = /&\s?(?:[a-z]{2,8}|#\d{2,5});|<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|(?<![\p{L}\d-])(?:p|br|div|span|strong|em)\/?>/giu;
const MARKUP_HINT = /[&>]/;

/** HTML entities or tags that a conversion left in the text. */
export const markupResidue: QualityRule = {
  id: 'markup-residue',
  check(doc) {
    return matchesIn(doc, MARKUP, MARKUP_HINT).map(({ start, end, match }) => ({ start, end, text: `"${match[0]}" is HTML left in the text: read it as a space or delete it` }));
  },
};
