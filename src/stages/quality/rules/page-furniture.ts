import type { QualityRule } from './rule.ts';

/** A paragraph that is a photo caption, a credit or an end marker rather than part of the story. */
export const pageFurniture: QualityRule = {
  id: 'page-furniture',
  check(doc, lex) {
    const out = [];
    for (const p of doc.paragraphs) {
      const at = lex.furniture.map((re) => p.text.match(re)).find((m) => m);
      if (!at) continue;
      out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} looks like page furniture ("${at[0]}"): a caption or credit, not the story; its names and dates may belong to another story` });
    }
    return out;
  },
};
