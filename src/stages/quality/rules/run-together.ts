import { matchesIn, type QualityRule } from './rule.ts';

// A sentence's full stop glued to the next sentence's first word ("day.The", "2017.Talking"), or a word glued
// to a bracket ("Staff(JCS)"): the space was lost when the copy was pasted or converted. The left side is a
// word or a number of two characters or more, so initials ("U.S.") and domains ("news.ru") do not match, nor does a
// domain written with a capital ("VOANews.Com").
// A closing square bracket glued to the next sentence's first word ("[Reporter Fu Jiajun]According") and a
// clock time glued to a capitalised word ("09:40:25Source") are the same lost space; a number glued to a word
// is not read ("3D", "5G", "10Mbps" are English), only a time with its colon.
const GLUED = /[\p{L}\d'’-]*(?:\p{Ll}{2}|\p{Lu}{2}|\d)[.!?](?!(?:Com|Net|Org|Gov|Info)(?!\p{L}))\p{Lu}\p{Ll}+[\p{L}'’]*|\p{L}*\p{Ll}{3}\(\p{Lu}[^)\s]*\)?|\p{L}+\]\p{Lu}\p{Ll}+|\d{1,2}:\d\d(?::\d\d)?\p{Lu}\p{Ll}{2,}/gu;
// What every glued place holds: a stop between a word and a capitalised one, a lowercase letter before a bracket,
// a bracket closed before a capitalised word, or a time's last two digits before one.
const GLUE_HINT = /[\p{L}\d][.!?]\p{Lu}\p{Ll}|\p{Ll}\(\p{Lu}|\p{L}\]\p{Lu}\p{Ll}|:\d\d\p{Lu}\p{Ll}/u;

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
