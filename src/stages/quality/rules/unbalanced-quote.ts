import { allMatches, isAsciiLetterUnit, isDigitUnit, isLetterUnit, isUpperUnit, type QualityRule } from './rule.ts';
import { maskMarkup } from './markup-residue.ts';
import { isSpaceUnit } from './words.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const MARKS = /''|``|,,(?=\p{L})|["“”«»„]/gu;
// MARKS with a single straight mark after a stop (see marks), asked only of a text holding one: apostrophes are many.
const MARKS_MIXED = /''|``|,,(?=\p{L})|["“”«»„]|(?<=[.?!])'(?![\p{L}\d])/gu;
const mixedClose = (text: string) => text.includes(".'") || text.includes("?'") || text.includes("!'");
// A single mark opening a nested quotation: a straight one after a space, a bracket, a dash or a colon, before a letter, or a backtick.
const SINGLE_OPENS = /(?:^|[\s(\[—–:-])'\p{L}|`/u;

// A paragraph opening on a quotation mark: it goes on with a quotation the paragraph before left open.
const REOPENS = /^(?:["“«„‘]|``|,,)/;
// One opening on a single mark goes on with a single quotation left open.
const SINGLE_REOPENS = /^‘/;

type Mark = 'open' | 'close';

/** Two apostrophes a space after a number: an inch as tokenised copy spaces it ("either 15 '' or 17 '' displays"). */
function spacedInch(text: string, at: number, mark: string): boolean {
  return mark === "''" && at >= 2 && text.charCodeAt(at - 1) === 0x20 && isDigitUnit(text.charCodeAt(at - 2));
}

/**
 * A double mark standing for a possessive's apostrophe, spaced off its word as tokenised copy has it ("sells women \"s
 * fashion wigs"): after a word and a space, before an "s" ending its word. No quotation opens on a lone "s".
 */
function mistypedApostrophe(text: string, at: number, mark: string): boolean {
  return mark === '"' && at >= 2 && text.charCodeAt(at - 1) === 0x20 && isAsciiLetterUnit(text.charCodeAt(at - 2)) && text[at + 1] === 's' && !isAsciiLetterUnit(text.charCodeAt(at + 2));
}

/**
 * Whether the opening mark at `at` starts a sentence after a stop, as TeX-style marks (``) set a quotation that goes on
 * into a new paragraph where the copy's paragraph breaks were lost (``… distort the truth. ``We believe …): it reopens
 * the quotation left open, no second one. Wire archives set in ``…'' were tokenised so; straight and curly marks are left as they are.
 */
function reopensAfterStop(text: string, at: number): boolean {
  return text.startsWith('``', at) && at >= 2 && text[at - 1] === ' ' && '.!?'.includes(text[at - 2]!);
}

// What a straight mark that opens may stand after besides a space (a bracket, a dash, a colon), and the stops it
// stands before when misplaced: units, read without a pattern.
const OPENS_AFTER = new Set(['(', '[', '—', '–', ':', '-'].map((c) => c.charCodeAt(0)));
const STOPS = new Set([',', '.', ';', ':', '!', '?'].map((c) => c.charCodeAt(0)));
/** A straight double quotation mark's code unit. */
const QUOTE = 0x22;

// A sentence's stop: a straight mark between one and a capital, with nothing open, opens the next sentence's quotation.
const SENTENCE_STOPS = new Set(['.', '!', '?'].map((c) => c.charCodeAt(0)));

/** Whether an ellipsis ("..." or "…") ends right before `at`. */
const afterEllipsis = (text: string, at: number) => text.charCodeAt(at - 1) === 0x2026 || (at >= 3 && text.startsWith('...', at - 3));

/**
 * Whether the straight mark at `at` opens a quotation glued to the words before (`… worldwide."This is part of …`), with
 * no quotation open for it to close: a stop right before it and a capital right after, as copy whose spaces after a stop
 * were lost sets every quotation; or an ellipsis right before it and a letter after, the quoted words going on after an
 * omission (`the accession of the three countries..."is perhaps the clearest …"`). Read as a close, each would be one
 * that never opened.
 */
function gluedOpening(text: string, at: number, open: boolean): boolean {
  if (open || at === 0) return false;
  const next = text.charCodeAt(at + 1);
  return (SENTENCE_STOPS.has(text.charCodeAt(at - 1)) && isUpperUnit(next)) || (afterEllipsis(text, at) && isLetterUnit(next));
}

/**
 * Double quotation marks in reading order: curly and guillemet marks by their side, a straight mark by where it
 * stands (at the start, after a space, a bracket, a dash or a colon it opens; otherwise it closes). Marks of mixed styles may pair (“…").
 * Two apostrophes or two commas stand for a double mark ('' opens or closes as a straight mark does, ,, opens),
 * as in copy typed without one; two backticks open (``…'', as tokenized or TeX copy writes it). A straight mark right after a digit with no quotation open is an inch or
 * a second ("5'10\"", "a 12\" pipe"), no quotation mark. A single straight mark after a sentence's stop closes
 * an open double quotation when no single one opened inside it (`he said, "why did I trust a Wolf?' The…`): a pair of
 * mixed styles, as copy typed in haste has it; otherwise it closes the nested quotation or is an apostrophe. After a comma
 * it is left alone: tokenised copy glues a nested quotation's opening mark there (`saying to myself,' keep going,'"`).
 */
function marks(text: string, openAtStart = false): { at: number; mark: Mark }[] {
  const out: { at: number; mark: Mark }[] = [];
  const inQuote = () => (out.at(-1)?.mark ?? (openAtStart ? 'open' : 'close')) === 'open';
  for (const m of allMatches(text, mixedClose(text) ? MARKS_MIXED : MARKS)) {
    const c = m[0];
    if (c === "'") {
      if (inQuote() && !SINGLE_OPENS.test(text.slice((out.at(-1)?.at ?? -1) + 1, m.index))) out.push({ at: m.index, mark: 'close' });
      continue;
    }
    if (c !== '"' && c !== "''") {
      out.push({ at: m.index, mark: c === '“' || c === '«' || c === '„' || c === ',,' || c === '``' ? 'open' : 'close' });
      continue;
    }
    // a straight mark, read by the units around it (no pattern, no slice: a text of many quotations has many)
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0x20;
    if (isDigitUnit(before) && !inQuote()) continue;
    if (!inQuote() && (spacedInch(text, m.index, c) || mistypedApostrophe(text, m.index, c))) continue;
    const after = m.index + c.length;
    // with spaces on both sides ("ready . ''") it closes the quotation that is open, if one is
    const spaced = isSpaceUnit(before) && (after >= text.length || isSpaceUnit(text.charCodeAt(after))) && inQuote();
    // one before a comma or a full stop ("… relationship ", said Fox") has no words to open, and one after a comma and a
    // space closes what is open, its space misplaced (`… fantastic, "said Campbell`), as tokenised copy writes both
    const misplaced = (STOPS.has(text.charCodeAt(after)) && (after + 1 >= text.length || isSpaceUnit(text.charCodeAt(after + 1)))) || (inQuote() && text.startsWith(', ', m.index - 2));
    // two straight marks together ("… to DPRK... \"\"...Of course …") close one quotation and open the next, as a
    // transcript joins two clips of one speaker: the first closes what is open, the second opens
    const joined = c === '"' && ((text.charCodeAt(after) === QUOTE && inQuote()) || (before === QUOTE && !inQuote()));
    const mark: Mark = joined ? (before === QUOTE ? 'open' : 'close') : ((isSpaceUnit(before) || OPENS_AFTER.has(before)) && !spaced && !misplaced) || gluedOpening(text, m.index, inQuote()) ? 'open' : 'close';
    out.push({ at: m.index, mark });
  }
  return out;
}

/**
 * Whether the mark at `i`, opening while a quotation is open, opens one nested in it in the same marks: the next two marks
 * close, the inner quotation and then the outer (`"Without some unexpected "coup de theatre", I don't see …," said …`),
 * as native copy nests a quotation where a single mark belongs. An opening mark with one close after it is opened twice.
 */
function nestedInSameMarks(found: readonly { mark: Mark }[], i: number): boolean {
  return found[i + 1]?.mark === 'close' && found[i + 2]?.mark === 'close';
}

/** The first place a paragraph's quotation marks go wrong: a mark opened twice, a close with no opening, or one left open. */
export function unpaired(text: string): { start: number; end: number; why: string } | null {
  let open: number | null = null;
  let lastClose = 0;
  const found = marks(text);
  for (let i = 0; i < found.length; i += 1) {
    const { at, mark } = found[i]!;
    if (mark === 'open') {
      if (open !== null && reopensAfterStop(text, at)) {
        open = at;
        continue;
      }
      // the inner quotation's close is passed by: the outer one stays open for the close after it
      if (open !== null && nestedInSameMarks(found, i)) {
        i += 1;
        continue;
      }
      if (open !== null) return { start: open, end: at + 1, why: 'opens a quotation twice without closing the first' };
      open = at;
    } else {
      if (open === null) return { start: lastClose, end: at + 1, why: 'closes a quotation that never opened (its opening mark is missing somewhere before)' };
      open = null;
      lastClose = at + 1;
    }
  }
  return open === null ? null : { start: open, end: text.length, why: 'opens a quotation that never closes' };
}

// A curly single quotation mark that opens (at the start or after a space, bracket, dash or colon, before a
// word: "Hezbollah ‘s statements" is a misprinted apostrophe), and one that closes: a right mark not followed by a letter ("UK’s" is an apostrophe, no close).
const SINGLE_OPEN = /(?<=^|[\s(\[—–:-])‘(?=\p{L}{2})/gu;
const SINGLE_CLOSE = /’(?!\p{L})/gu;

/** A curly single quotation that opens and never closes in the paragraph ("called on the UK to ‘stop spreading …"), or null. */
export function unclosedSingle(text: string): { start: number; end: number; why: string } | null {
  if (!text.includes('‘')) return null;
  for (SINGLE_OPEN.lastIndex = 0; ;) {
    const open = SINGLE_OPEN.exec(text);
    if (!open) return null;
    SINGLE_CLOSE.lastIndex = open.index + 1;
    const close = SINGLE_CLOSE.exec(text);
    if (!close) return { start: open.index, end: text.length, why: 'opens a single quotation that never closes' };
    SINGLE_OPEN.lastIndex = close.index + 1;
  }
}

/**
 * Where a quotation carried open into this paragraph closes: the end of its first mark when, read with a
 * quotation open, that mark closes after some words ("That is our sole goal. \""), or null (no mark, or the
 * first one opens, or a closing mark stands at the paragraph's start, where it is a misprinted opening).
 */
export function closesCarried(text: string): number | null {
  const first = marks(text, true)[0];
  if (!first || first.at === 0) return null;
  return first.mark === 'close' ? first.at + (text.startsWith("''", first.at) ? 2 : 1) : null;
}

/**
 * The first of the following paragraphs that holds a quotation mark, and where it closes the carried quotation, if it does;
 * `at` null when that paragraph opens on a quotation mark and goes on with the quotation: the next paragraph, as English
 * sets a quotation of several paragraphs, or a later one when the mark left open ends its line (`markEndsLine`): then the
 * quotation's sentences stand one to a line without marks, as tokenised copy sets them (`said Parnevik. "` / `I was
 * disappointed.` / `"My game feels good.`). Narration between a quotation's words and the next mark is no continuation.
 */
function carriedClose(following: string[], markEndsLine: boolean): { paragraph: number; at: number | null } | null {
  const j = following.findIndex((t) => marks(t).length > 0);
  if (j < 0) return null;
  if (REOPENS.test(following[j]!) && (j === 0 || markEndsLine)) return { paragraph: j, at: null };
  const at = closesCarried(following[j]!);
  return at === null ? null : { paragraph: j, at };
}

// How many paragraphs on a quotation left open may still close: a quote of a few sentences set one to a line
// (a player's answer in sports copy runs to five or six).
const CARRY = 6;

/**
 * A paragraph whose quotation marks do not pair. A quotation left open at a paragraph's end is a legal
 * continuation when the next paragraph holding a mark opens on one, or when it closes in one of the next paragraphs (a quote
 * of several sentences broken over lines, as copy set one sentence to a line has it): those are not flagged,
 * and the later paragraph is read from after its close.
 */
export const unbalancedQuotes: QualityRule = {
  id: 'unbalanced-quote',
  check(doc) {
    const out = [];
    // paragraph index → where its own marks start, after the close of a quotation carried into it
    const resume = new Map<number, number>();
    for (const [i, p] of doc.paragraphs.entries()) {
      const from = resume.get(i) ?? 0;
      const text = maskMarkup(p.text).slice(from);
      // double and single marks pair apart: a paragraph may get one of each wrong («… ‘stop spreading …)
      for (const [wrong, reopens] of [[unpaired(text), REOPENS], [unclosedSingle(text), SINGLE_REOPENS]] as const) {
        if (!wrong) continue;
        const next = doc.paragraphs[i + 1]?.text ?? '';
        const leftOpen = from + wrong.end === p.text.length && wrong.why.includes('never closes');
        if (leftOpen && reopens.test(next)) continue;
        // a straight mark ending the line with nothing open opens the quotation the next lines close, its space misplaced
        // as tokenised copy has it ("… pageant.\"" / "Very sexy. \"")
        const strayClose = wrong.why.startsWith('closes') && text[wrong.end - 1] === '"' && text.slice(wrong.end).trim() === '';
        if ((leftOpen && wrong.why.startsWith('opens a quotation')) || strayClose) {
          const markEndsLine = strayClose || text.slice(wrong.start + 1).trim() === '';
          const closing = carriedClose(doc.paragraphs.slice(i + 1, i + 1 + CARRY).map((q) => maskMarkup(q.text)), markEndsLine);
          if (closing) {
            if (closing.at !== null) resume.set(i + 1 + closing.paragraph, closing.at);
            continue;
          }
        }
        out.push({
          start: p.start + from + wrong.start,
          end: p.start + from + wrong.end,
          text: `paragraph ${p.line} ${wrong.why}: quoted words may be cut or run into the narration`,
        });
      }
    }
    return out;
  },
};
