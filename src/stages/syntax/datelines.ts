import { has, WORD, type Dateline, type TokenRange, type Word } from '../../model/index.ts';

const CAPS = /^[A-Z][A-Z.'’-]*[A-Z.]$/;
const DASH = /^(?:-|--|—|–|_)$/;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PLACE = 4;
const MAX_REGION = 3;
const MAX_AGENCY = 3;

/**
 * Datelines that open a paragraph: a place in capitals, then maybe ", Region", a date and "(Agency)", then a
 * dash ("CAIRO (AP) —", "UNITED NATIONS, Sept. 23 (Xinhua) --", "NEWARK, N.J. _", "BRUSSELS (Reuters) -"),
 * or a place and a date alone on their line ("LONDON 1996-08-30"). Without a region, date or agency the
 * place must be one the gazetteer knows ("WASHINGTON _"), so a headline ("GOLF - SCORES …") is none.
 */
export function datelinesOf(words: readonly Word[], paragraphs: readonly TokenRange[], isPlace: (name: string) => boolean): Dateline[] {
  const out: Dateline[] = [];
  for (const p of paragraphs) {
    const d = datelineAt(words, p.first, p.last, isPlace);
    if (d) out.push(d);
  }
  return out;
}

function datelineAt(words: readonly Word[], first: number, last: number, isPlace: (name: string) => boolean): Dateline | null {
  const at = (i: number) => (i <= last ? words[i] : undefined);
  let i = first;
  while (i <= last && i - first < MAX_PLACE && CAPS.test(words[i]!.text) && /[A-Z]{2}/.test(words[i]!.text)) i++;
  if (i === first) return null;
  const place: TokenRange = { first, last: i - 1 };
  let region: TokenRange | null = null;
  let date: TokenRange | null = null;
  let agency: TokenRange | null = null;
  if (has(at(i), WORD.COMMA) && has(at(i + 1), WORD.CAPITAL) && !MONTH.test(at(i + 1)!.text)) {
    let j = i + 1;
    while (j <= last && j - i <= MAX_REGION && has(words[j], WORD.CAPITAL) && words[j]!.pos !== 'PUNCT') j++;
    region = { first: i + 1, last: j - 1 };
    place.last = j - 1;
    i = j;
  }
  const dateFrom = has(at(i), WORD.COMMA) ? i + 1 : i;
  if (at(dateFrom) && MONTH.test(at(dateFrom)!.text) && /^\d{1,2}$/.test(at(dateFrom + 1)?.text ?? '')) {
    date = { first: dateFrom, last: dateFrom + 1 };
    i = dateFrom + 2;
  } else if (ISO_DATE.test(at(dateFrom)?.text ?? '')) {
    date = { first: dateFrom, last: dateFrom };
    i = dateFrom + 1;
  }
  if (at(i)?.text === '(') {
    let j = i + 1;
    while (j <= last && j - i <= MAX_AGENCY && words[j]!.text !== ')' && has(words[j], WORD.CAPITAL)) j++;
    if (at(j)?.text !== ')' || j === i + 1) return null;
    agency = { first: i + 1, last: j - 1 };
    i = j + 1;
  }
  const placeName = words.slice(first, region ? region.first - 1 : place.last + 1).map((w) => w.text).join(' ');
  if (!(region || date || agency || isPlace(placeName))) return null;
  // A place and a date alone on the paragraph are a dateline line of their own.
  if (i > last && date) return { first, last, place, date, agency };
  if (!DASH.test(at(i)?.text ?? '')) return null;
  return { first, last: i, place, date, agency };
}
