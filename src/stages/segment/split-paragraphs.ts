/** A paragraph as offsets: one non-blank line with its surrounding whitespace left out. */
export interface ParagraphRange {
  start: number;
  end: number;
  /** 1-based input line. */
  line: number;
}

/** Split on line breaks (LF, CRLF, CR); blank lines are not paragraphs. */
export function splitParagraphs(text: string): ParagraphRange[] {
  const out: ParagraphRange[] = [];
  let line = 0;
  const add = (start: number, end: number) => {
    line += 1;
    const body = text.slice(start, end);
    const trimmed = body.trim();
    if (trimmed.length === 0) return;
    const lead = body.length - body.trimStart().length;
    out.push({ start: start + lead, end: start + lead + trimmed.length, line });
  };
  let start = 0;
  for (const match of text.matchAll(/\r\n|\r|\n/g)) {
    add(start, match.index);
    start = match.index + match[0].length;
  }
  add(start, text.length);
  return out;
}
