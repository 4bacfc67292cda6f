import type { QualityRule } from './rule.ts';
import { maskMarkup } from './markup-residue.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const MARKS = /''|``|,,(?=\p{L})|["“”«»„]/gu;

type Mark = 'open' | 'close';

/**
 * Double quotation marks in reading order: curly and guillemet marks by their side, a straight mark by where it
 * stands (at the start, after a space, a bracket, a dash or a colon it opens; otherwise it closes). Marks of mixed styles may pair (“…").
 * Two apostrophes or two commas stand for a double mark ('' opens or closes as a straight mark does, ,, opens),
 * as in copy typed without one; two backticks open (``…'', as tokenized or TeX copy writes it). A straight mark right after a digit with no quotation open is an inch or
 * a second ("5'10\"", "a 12\" pipe"), no quotation mark.
 */
function marks(text: string): { at: number; mark: Mark }[] {
  const out: { at: number; mark: Mark }[] = [];
  for (const m of text.matchAll(MARKS)) {
    const c = m[0];
    const before = text[m.index - 1] ?? ' ';
    const straight = c === '"' || c === "''";
    if (straight && /\d/.test(before) && out.at(-1)?.mark !== 'open') continue;
    // a straight mark with spaces on both sides ("ready . ''") closes the quotation that is open, if one is
    const spaced = /\s/.test(before) && /^\s|^$/.test(text.slice(m.index + c.length, m.index + c.length + 1)) && out.at(-1)?.mark === 'open';
    const mark: Mark = straight ? (/[\s(\[—–:-]/.test(before) && !spaced ? 'open' : 'close') : /[“«„]|,,|``/.test(c) ? 'open' : 'close';
    out.push({ at: m.index, mark });
  }
  return out;
}

/** The first place a paragraph's quotation marks go wrong: a mark opened twice, a close with no opening, or one left open. */
export function unpaired(text: string): { start: number; end: number; why: string } | null {
  let open: number | null = null;
  let lastClose = 0;
  for (const { at, mark } of marks(text)) {
    if (mark === 'open') {
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
 * A paragraph whose quotation marks do not pair. A quotation left open at a paragraph's end is a legal
 * continuation when the next paragraph opens again, so that case is not flagged.
 */
export const unbalancedQuotes: QualityRule = {
  id: 'unbalanced-quote',
  check(doc) {
    const out = [];
    for (const [i, p] of doc.paragraphs.entries()) {
      const text = maskMarkup(p.text);
      const wrong = unpaired(text) ?? unclosedSingle(text);
      if (!wrong) continue;
      const next = doc.paragraphs[i + 1]?.text ?? '';
      if (wrong.end === p.text.length && wrong.why.includes('never closes') && /^(?:["“«„‘]|``|,,)/.test(next)) continue;
      out.push({
        start: p.start + wrong.start,
        end: p.start + wrong.end,
        text: `paragraph ${p.line} ${wrong.why}: quoted words may be cut or run into the narration`,
      });
    }
    return out;
  },
};
