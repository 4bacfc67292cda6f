import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';

export interface Finding {
  start: number;
  end: number;
  text: string;
}

/** A quality rule: a stable id and a check that returns what it found, with spans. */
export interface QualityRule {
  readonly id: string;
  check(doc: Doc, lex: TranslationLexicons): Finding[];
}

/**
 * Every match of a global pattern in each paragraph, as document spans. `hint`, when given, is a cheap test (a pattern)
 * that every match passes: a paragraph without it is skipped, since most patterns cost a backtracking
 * attempt at each character and most paragraphs hold nothing. A hint has no anchor or lookaround, so a
 * paragraph's match is one in the whole text too: a text without it is skipped in one test.
 */
export function matchesIn(doc: Doc, pattern: RegExp, hint?: { test(text: string): boolean }): { start: number; end: number; match: RegExpExecArray }[] {
  const out = [];
  if (hint && !hint.test(doc.text)) return [];
  for (const p of doc.paragraphs) {
    if (hint && !hint.test(p.text)) continue;
    for (const m of p.text.matchAll(pattern)) out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, match: m });
  }
  return out;
}

const WORD_CHAR = /[\p{L}'’-]/u;

/** Where the word of letters (and apostrophes or hyphens) ending at `end` starts: read back a character at a time, no pattern. */
export function wordStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && WORD_CHAR.test(text[at - 1]!)) at -= 1;
  return at;
}
