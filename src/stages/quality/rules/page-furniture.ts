import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { QualityRule } from './rule.ts';
import { maskMarkup } from './markup-residue.ts';

/** The match of the first pattern that matches, or null; a pattern is tried only where a string it needs stands. */
export function firstMatch(patterns: TranslationLexicons['furniture'], text: string): RegExpMatchArray | null {
  for (const { pattern, needs } of patterns) {
    if (needs && !needs.some((n) => text.includes(n))) continue;
    const m = text.match(pattern);
    if (m) return m;
  }
  return null;
}

/**
 * Whether the paragraph holding a position is page furniture: what other rules find there is the page's, not the
 * story's. Each paragraph is read once, however many findings it holds: a long paragraph with many findings would
 * otherwise be read once per finding, a square in its length.
 */
export function furnitureTest(doc: Doc, lex: TranslationLexicons): (at: number) => boolean {
  const read = new Map<Doc['paragraphs'][number], boolean>();
  return (at) => {
    const p = doc.paragraphs.find((x) => x.start <= at && at < x.end);
    if (!p) return false;
    let furniture = read.get(p);
    if (furniture === undefined) read.set(p, (furniture = firstMatch(lex.furniture, maskMarkup(p.text).trim()) !== null));
    return furniture;
  };
}

/** A paragraph that is a photo caption, a credit or an end marker rather than part of the story. */
export const pageFurniture: QualityRule = {
  id: 'page-furniture',
  check(doc, lex) {
    const out = [];
    for (const p of doc.paragraphs) {
      const text = maskMarkup(p.text).trim();
      const at = firstMatch(lex.furniture, text);
      if (!at) continue;
      out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} looks like page furniture ("${at[0]}"): a caption or credit, not the story; its names and dates may belong to another story` });
    }
    return out;
  },
};
