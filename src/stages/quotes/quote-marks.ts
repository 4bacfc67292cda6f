/** A stretch of quoted text between two marks (or from a mark to the paragraph end when unclosed). */
export interface QuotedSegment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset one past the closing mark, or the paragraph end when unclosed. */
  close: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** Nesting depth: 0 for a quote, 1 for a quote inside it, … */
  depth: number;
  closed: boolean;
  /** An unclosed quote whose next paragraph opens again: the same quote runs on (news style). */
  runsOn: boolean;
}

export interface PairingProblem {
  at: number;
  text: string;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›' };
const CLOSERS = new Set(['”', '»', '›']);
// Past this depth marks are left unpaired: a quote inside a quote inside a quote is the most news shows.
const MAX_DEPTH = 3;

const isSpace = (c: string | undefined) => c === undefined || /[\s([{\-–—/]/.test(c);
// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/**
 * Pair the quotation marks of one paragraph in a single pass. Straight double quotes open when nothing is
 * open at their depth and close otherwise; curly, guillemet and low-9 marks pair by side. Single quotes
 * count only inside a double quote and only at word edges (so apostrophes stay apostrophes).
 */
export function pairQuoteMarks(text: string, start: number, end: number, nextOpensQuote: boolean): { segments: QuotedSegment[]; problems: PairingProblem[] } {
  const segments: QuotedSegment[] = [];
  const problems: PairingProblem[] = [];
  const stack: { at: number; closer: string; straight: boolean; width?: number }[] = [];
  // Only the marks matter: a native regex scan finds them, so the loop below runs once per mark.
  const marks = /["'‘’“”«»„‹›]/g;
  marks.lastIndex = start;
  for (let found = marks.exec(text); found !== null && found.index < end; found = marks.exec(text)) {
    const i = found.index;
    // Doubled apostrophes are a straight double mark in PTB-style archives: ''We will win,'' she said.
    const doubled = found[0] === "'" && text[i + 1] === "'";
    const c = doubled ? "''" : found[0];
    const width = c.length;
    if (doubled) marks.lastIndex = i + 2;
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + width < end ? text[i + width] : undefined;
    if (c === '"' || doubled) {
      const top = stack[stack.length - 1];
      if (top?.straight && top.closer === c) {
        closeTop(i, true, width);
      } else if (stack.length < MAX_DEPTH && !(isWordChar(prev) && !isWordChar(next) && stack.length > 0)) {
        stack.push({ at: i, closer: c, straight: true, width });
      } else if (stack.length > 0) {
        closeTop(i, true, width);
      } else {
        problems.push({ at: i, text: 'a quotation mark that closes nothing' });
      }
      continue;
    }
    if (c === "'" || c === '‘' || c === '’') {
      // Single marks: only as a nested quote inside an open double quote, at word edges.
      if (stack.length === 0) continue;
      const top = stack[stack.length - 1]!;
      const closesTop = (c === "'" || c === '’') && (top.closer === "'" || top.closer === '’') && !isWordChar(next);
      if (closesTop) {
        closeTop(i);
      } else if ((c === '‘' || c === "'") && isSpace(prev) && isWordChar(next) && stack.length < MAX_DEPTH) {
        stack.push({ at: i, closer: c === '‘' ? '’' : "'", straight: c === "'" });
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && !top.straight && top.closer === c) {
      closeTop(i);
      continue;
    }
    const closer = OPENERS[c];
    if (closer) {
      if (stack.length < MAX_DEPTH) stack.push({ at: i, closer, straight: false });
      continue;
    }
    if (CLOSERS.has(c)) {
      const depth = stack.map((s) => s.closer).lastIndexOf(c);
      if (depth < 0) {
        problems.push({ at: i, text: 'a closing quotation mark without its opening mark' });
        continue;
      }
      // Marks opened after the matching one were never closed: close them here too.
      while (stack.length - 1 > depth) closeTop(i, false);
      closeTop(i);
    }
  }
  // Whatever is still open runs to the paragraph end.
  while (stack.length > 0) {
    const runsOn = stack.length === 1 && nextOpensQuote && /["“«„']/.test(text[stack[0]!.at]!);
    if (!runsOn) problems.push({ at: stack[stack.length - 1]!.at, text: 'a quotation mark opened here is never closed in its paragraph: the quote was read to the paragraph end' });
    const top = stack.pop()!;
    const inner = top.at + (top.width ?? 1);
    segments.push({ open: top.at, close: trimEnd(text, inner, end), innerStart: inner, innerEnd: trimEnd(text, inner, end), depth: stack.length, closed: false, runsOn });
  }
  segments.sort((a, b) => a.open - b.open);
  return { segments, problems };

  function closeTop(at: number, withMark = true, width = 1): void {
    const top = stack.pop()!;
    segments.push({ open: top.at, close: withMark ? at + width : at, innerStart: top.at + (top.width ?? 1), innerEnd: at, depth: stack.length, closed: withMark, runsOn: false });
  }
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
