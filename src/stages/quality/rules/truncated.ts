import type { QualityRule } from './rule.ts';

// A paragraph may end in a closing quote or bracket after its final punctuation.
const TERMINAL = /[.!?…:;]["'”’»)\]]*$|["”’»]$/u;

/** A paragraph that ends without terminal punctuation was probably cut off mid-sentence. */
export const truncatedParagraphs: QualityRule = {
  id: 'truncated',
  check(doc) {
    return doc.paragraphs
      .filter((p) => !TERMINAL.test(p.text) && /\s/.test(p.text))
      .map((p) => {
        const tail = Math.max(p.start, p.end - 40);
        return {
          start: p.start,
          end: p.end,
          text: `paragraph ${p.line} ends without terminal punctuation ("…${doc.text.slice(tail, p.end)}"): it may be cut off, and what it reports may be incomplete`,
        };
      });
  },
};
