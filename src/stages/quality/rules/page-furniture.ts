import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphTest, type QualityRule } from './rule.ts';
import { maskMarkup } from './markup-residue.ts';

/**
 * The match of the first furniture pattern that matches, or null; a pattern is tried only where a string it needs
 * stands, and one without needs only when one of them matches (most paragraphs match none).
 */
export function firstMatch(lex: TranslationLexicons, text: string): RegExpMatchArray | null {
  const unneeded = lex.anyUnneededFurniture.test(text);
  for (const { pattern, needs } of lex.furniture) {
    if (needs ? !needs.some((n) => text.includes(n)) : !unneeded) continue;
    const m = text.match(pattern);
    if (m) return m;
  }
  return null;
}

/** Whether the paragraph holding a position is page furniture: what other rules find there is the page's, not the story's. */
export function furnitureTest(doc: Doc, lex: TranslationLexicons): (at: number) => boolean {
  return paragraphTest(doc, (text) => firstMatch(lex, maskMarkup(text).trim()) !== null);
}

/** A paragraph that is a photo caption, a credit or an end marker rather than part of the story. */
export const pageFurniture: QualityRule = {
  id: 'page-furniture',
  check(doc, lex) {
    const out = [];
    for (const p of doc.paragraphs) {
      const text = maskMarkup(p.text).trim();
      const at = firstMatch(lex, text);
      if (!at) continue;
      out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} looks like page furniture ("${at[0]}"): a caption or credit, not the story; its names and dates may belong to another story` });
    }
    return out;
  },
};
