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

/** Every match of a global pattern in each paragraph, as document spans. */
export function matchesIn(doc: Doc, pattern: RegExp): { start: number; end: number; match: RegExpExecArray }[] {
  const out = [];
  for (const p of doc.paragraphs) {
    for (const m of p.text.matchAll(pattern)) out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, match: m });
  }
  return out;
}
