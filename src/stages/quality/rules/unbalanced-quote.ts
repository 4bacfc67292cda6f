import type { QualityRule } from './rule.ts';

/**
 * Opening and closing marks counted per paragraph: curly and guillemet pairs by side, straight double
 * quotes by parity. A quote-only paragraph opened but not closed is a legal continuation across
 * paragraphs only when the next paragraph opens again, so that case is not flagged.
 */
export const unbalancedQuotes: QualityRule = {
  id: 'unbalanced-quote',
  check(doc) {
    const out = [];
    for (const [i, p] of doc.paragraphs.entries()) {
      const t = p.text;
      const straight = count(t, /"/g);
      const open = count(t, /[“«„]/g);
      const close = count(t, /[”»]/g);
      const unbalanced = straight % 2 === 1 || open !== close;
      if (!unbalanced) continue;
      const next = doc.paragraphs[i + 1]?.text ?? '';
      const continues = /^["“«]/.test(t) && /^["“«]/.test(next) && (straight % 2 === 1 || open > close);
      if (continues) continue;
      const at = lastOpening(t);
      out.push({
        start: p.start + at,
        end: p.end,
        text: `paragraph ${p.line} has a quotation mark without its pair: quoted words may be cut or run into the narration`,
      });
    }
    return out;
  },
};

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Offset of the mark most likely left open: the last straight or opening quote. */
function lastOpening(text: string): number {
  const at = Math.max(text.lastIndexOf('"'), text.lastIndexOf('“'), text.lastIndexOf('«'));
  return at < 0 ? 0 : at;
}
