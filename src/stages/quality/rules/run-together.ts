import { matchesIn, type QualityRule } from './rule.ts';

// A sentence's full stop glued to the next sentence's first word ("day.The", "2017.Talking"), or a word glued
// to a bracket ("Staff(JCS)"): the space was lost when the copy was pasted or converted. The left side is a
// word or a number of two characters or more, so initials ("U.S.") and domains ("news.ru") do not match, nor does a
// domain written with a capital ("VOANews.Com").
const GLUED = /[\p{L}\d'’-]*(?:\p{Ll}{2}|\p{Lu}{2}|\d)[.!?](?!(?:Com|Net|Org|Gov|Info)(?!\p{L}))\p{Lu}\p{Ll}+[\p{L}'’]*|\p{L}*\p{Ll}{3}\(\p{Lu}[^)\s]*\)?/gu;
// What every glued place holds: a stop between a word and a capitalised one, or a lowercase letter before a bracket.
const GLUE_HINT = /[\p{L}\d][.!?]\p{Lu}\p{Ll}|\p{Ll}\(\p{Lu}/u;

/** Two sentences or a word and a bracket run together without a space. */
export const runTogether: QualityRule = {
  id: 'run-together',
  check(doc) {
    return matchesIn(doc, GLUED, GLUE_HINT).map(({ start, end, match }) => ({
      start,
      end,
      text: `"${match[0]}" runs two words or sentences together: a space was lost (pasted or converted copy, often machine-translated)`,
    }));
  },
};
