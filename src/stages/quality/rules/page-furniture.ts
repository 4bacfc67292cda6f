import type { QualityRule } from './rule.ts';
import { maskMarkup } from './markup-residue.ts';

/** The match of the first pattern that matches, or null. */
function firstMatch(patterns: readonly RegExp[], text: string): RegExpMatchArray | null {
  for (const re of patterns) {
    const m = text.match(re);
    if (m) return m;
  }
  return null;
}

/** A paragraph that is a photo caption, a credit or an end marker rather than part of the story. */
export const pageFurniture: QualityRule = {
  id: 'page-furniture',
  check(doc, lex) {
    const out = [];
    for (const p of doc.paragraphs) {
      const text = maskMarkup(p.text).trim();
      const at = lex.anyFurniture.test(text) ? firstMatch(lex.furniture, text) : null;
      if (!at) continue;
      out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} looks like page furniture ("${at[0]}"): a caption or credit, not the story; its names and dates may belong to another story` });
    }
    return out;
  },
};
