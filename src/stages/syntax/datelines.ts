import type { Dateline, TokenRange, Word } from '../../model/index.ts';

/** A character range `[start, end)` of the text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A dateline as the text writes it, in character offsets: the one reader of datelines (syntax, ingest, dates). */
export interface TextDateline extends TextRange {
  /** the city ("UNITED NATIONS", "Nusa Dua") */
  place: TextRange;
  /** what follows the city: a state, province or country (", Fla.", ", Ukraine", " (Indonesia)") */
  regions: TextRange[];
  /** the date as written, with its parts as written ("Sept." "21"; "22" "October" "2020") */
  date: (TextRange & { month: string; day: string; year: string | null }) | null;
  /** the news agency: "(Reuters)", "(AP)", "/tass/" */
  agency: TextRange | null;
}

const CAPS_WORD = String.raw`[A-Z][A-Z.'’-]*[A-Z.]`;
const CAPS_PLACE = new RegExp(String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}(?![\p{L}\d])`, 'uy');
const NAME_PLACE = /[A-Z][\p{Ll}'’.-]+(?: [A-Z][\p{Ll}'’.-]+){0,3}(?![\p{L}\d])/uy;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const REGION = new RegExp(String.raw`,[ \t]*(?!${MONTH}\.?[ \t]+\d)([A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,2})(?![\p{L}\d])`, 'uy');
const PAREN_REGION = /[ \t]*\(([A-Z][\p{L} .'’-]{1,30})\)(?=[ \t]*\()/uy;
const DATE = new RegExp(
  String.raw`(?:,[ \t]*|[ \t]+)(?:(?:(${MONTH})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?[ \t]+(${MONTH})\.?)(?:,?[ \t]+((?:19|20)\d{2}))?|((?:19|20)\d{2})-(\d{2})-(\d{2}))(?![\p{L}\d])`,
  'iuy',
);
const AGENCY = /[ \t.]*\(([A-Z][\p{L}.&'’ -]{0,38}?)\)/uy;
const SLASHED_AGENCY = /\.?[ \t]*\/([A-Za-z]{2,20})\/\.?/y;
const DASH = /[ \t]*(?:--|-|—|–|_)(?=[ \t]|$)/my;
/** After an agency a colon ends the dateline too ("ISLAMABAD, May 15 (APP):"). */
const AGENCY_END = /[ \t]*(?:--|-|—|–|_|:)(?=[ \t]|$)/my;
const LINE_END = /[ \t]*(?:\n|$)/y;
const SENTENCE_START = /[ \t]+(?=[A-Z])/y;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/**
 * The dateline opening the text at `from` (a paragraph's start), or null. A place, then regions, a date and
 * an agency, each optional, then a dash: "CAIRO (AP) —", "UNITED NATIONS, Sept. 23 (Xinhua) --",
 * "TALLAHASSEE, Fla. (AP) —", "KYIV, Ukraine, Oct. 3, 2022 (AP) —", "Nusa Dua (Indonesia) (AFP) -",
 * "ISLAMABAD, May 15 (APP):", "MOSCOW, March 1st. /tass/.", "NEWARK, N.J. _"; or a place and a date alone on
 * their line ("LONDON 1996-08-30"). A place in mixed case needs an agency ("Hanoi (VNA) –", not "Paris, March
 * 14 - a day"); a place in capitals with nothing else must be one `isPlace` knows ("WASHINGTON _", not a
 * headline's "GOLF - SCORES").
 */
export function readDatelineAt(text: string, from: number, isPlace: (name: string) => boolean): TextDateline | null {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  // Both place patterns start with a capital A–Z: most paragraphs are ruled out by their first letter.
  const c = text.charCodeAt(i);
  if (!(c >= 65 && c <= 90)) return null;
  const caps = at(CAPS_PLACE, text, i);
  const name = caps && /[A-Z]{2}/.test(caps[0]) ? caps : at(NAME_PLACE, text, i);
  if (!name) return null;
  const place = { start: i, end: i + name[0].length };
  i = place.end;
  const regions: TextRange[] = [];
  for (let m = at(REGION, text, i); m && regions.length < 2; m = at(REGION, text, i)) {
    regions.push({ start: i + m[0].length - m[1]!.length, end: i + m[0].length });
    i += m[0].length;
  }
  const paren = at(PAREN_REGION, text, i);
  if (paren) {
    const start = i + paren[0].indexOf('(') + 1;
    regions.push({ start, end: start + paren[1]!.length });
    i += paren[0].length;
  }
  let date: TextDateline['date'] = null;
  const d = at(DATE, text, i);
  if (d) {
    const start = i + d[0].search(LETTER_OR_DIGIT);
    date = d[6]
      ? { start, end: i + d[0].length, month: d[7]!, day: d[8]!, year: d[6] }
      : { start, end: i + d[0].length, month: d[1] ?? d[4]!, day: d[2] ?? d[3]!, year: d[5] ?? null };
    i += d[0].length;
  }
  let agency: TextRange | null = null;
  const paren2 = at(AGENCY, text, i);
  const slashed = paren2 ? null : at(SLASHED_AGENCY, text, i);
  const a = paren2 ?? slashed;
  if (a) {
    const start = i + a[0].indexOf(a[1]!, a[0].search(/[(/]/));
    agency = { start, end: start + a[1]!.length };
    i += a[0].length;
  }
  const mixed = name !== caps;
  if (mixed && !agency) return null;
  if (!mixed && !(regions.length > 0 || date || agency || isPlace(name[0]))) return null;
  const end = at(agency ? AGENCY_END : DASH, text, i);
  if (end) return { start: from, end: i + end[0].length, place, regions, date, agency };
  if (slashed) return { start: from, end: i, place, regions, date, agency };
  if (date && !agency && at(LINE_END, text, i)) return { start: from, end: i, place, regions, date, agency };
  // "NEW YORK, Sept 12 U.S. sanctions …": copy that lost the dash; a known place in capitals and a date, then
  // the sentence's capitalised first word, still open the story.
  if (date && !agency && !mixed && regions.length === 0 && isPlace(name[0]) && at(SENTENCE_START, text, i)) return { start: from, end: i, place, regions, date, agency };
  return null;
}

/** The first dateline among the first `paragraphs` lines of a text: where a headline, byline or caption may precede it. */
export function firstDateline(text: string, isPlace: (name: string) => boolean, paragraphs = 4): TextDateline | null {
  let from = 0;
  for (let n = 0; n < paragraphs && from < text.length; n++) {
    while (text[from] === '\n' || text[from] === '\r') from++;
    const d = readDatelineAt(text, from, isPlace);
    if (d) return d;
    const next = text.indexOf('\n', from);
    if (next < 0) break;
    from = next + 1;
  }
  return null;
}

/** The syntax view's datelines: the one reader at each paragraph's start, its ranges mapped to tokens. */
export function datelinesOf(text: string, words: readonly Word[], paragraphs: readonly TokenRange[], isPlace: (name: string) => boolean): Dateline[] {
  const out: Dateline[] = [];
  for (const p of paragraphs) {
    if (p.last < p.first) continue;
    const d = readDatelineAt(text, words[p.first]!.start, isPlace);
    if (!d) continue;
    const tokens = (r: TextRange): TokenRange | null => {
      let first = p.first;
      while (first <= p.last && words[first]!.start < r.start) first++;
      let last = first - 1;
      while (last + 1 <= p.last && words[last + 1]!.end <= r.end) last++;
      return last >= first ? { first, last } : null;
    };
    const whole = tokens(d);
    const place = tokens(d.place);
    if (!whole || !place) continue;
    out.push({
      ...whole,
      place,
      regions: d.regions.map(tokens).filter((r) => r !== null),
      date: d.date && tokens(d.date),
      agency: d.agency && tokens(d.agency),
    });
  }
  return out;
}
