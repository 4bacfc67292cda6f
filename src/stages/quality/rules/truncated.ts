import type { QualityRule } from './rule.ts';

// A paragraph may end in a closing quote or bracket after its final punctuation.
const TERMINAL = /[.!?…:;]["'”’»)\]]*$|["”’»]$/u;
// Words a finished sentence does not end on: a paragraph stopping here was cut.
const DANGLING = /(?:^|\s)(?:though|although|if|and|but|or|nor|so|because|while|when|that|which|who|the|a|an|of|to|in|on|at|for|with|by|from|as|than|even|is|was|are|were|will|would)$|[,–—-]$/i;
// Longer than a headline or a byline and still no full stop.
const LONG = 15;

/** A paragraph that ends without terminal punctuation was probably cut off mid-sentence. */
export const truncatedParagraphs: QualityRule = {
  id: 'truncated',
  check(doc) {
    return doc.paragraphs
      .filter((p) => !TERMINAL.test(p.text) && (DANGLING.test(p.text) || p.text.split(/\s+/).length > LONG))
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
