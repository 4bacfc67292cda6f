import type { Finding, QualityRule } from './rule.ts';
import { listingLine, tableRow } from './line-shape.ts';

// A list's "1)" or "a)" closes no bracket: a letter or digit alone before it, at the paragraph's start or after a space.
const ENUMERATOR = /(?:^|\s)[\p{L}\d]$/u;

/**
 * A closing bracket with none open before it in its paragraph ("(Dennis V). Hickey)"): the translation moved a
 * bracket into the middle of a name or phrase, which must now be guessed. List enumerators ("1)") are skipped, and
 * so is a bracket the paragraph before left open: a bracketed aside broken over two lines, and one in a line that is no
 * sentence (a table's row, a listing: results and price tables misplace brackets with nothing garbled).
 */
export const unpairedBrackets: QualityRule = {
  id: 'unpaired-bracket',
  check(doc) {
    if (!doc.text.includes(')')) return [];
    const out: Finding[] = [];
    // brackets the previous paragraph left open
    let carried = 0;
    for (const p of doc.paragraphs) {
      let depth = carried;
      // asked only of a paragraph with a bracket to flag
      let sentence: boolean | undefined;
      let from = 0;
      for (let i = p.text.indexOf(')'); i >= 0; from = i + 1, i = p.text.indexOf(')', from)) {
        for (let j = from; j < i; j++) if (p.text[j] === '(') depth++;
        if (depth > 0) { depth--; continue; }
        if (ENUMERATOR.test(p.text.slice(Math.max(0, i - 2), i))) continue;
        if (!(sentence ??= !tableRow(p.text) && !listingLine(p.text))) continue;
        const head = Math.max(0, i - 30);
        out.push({ start: p.start + i, end: p.start + i + 1, text: `a closing bracket with none open before it ("…${p.text.slice(head, i + 1)}"): a bracket moved by the translation, so the words around it are garbled` });
      }
      for (let j = from; j < p.text.length; j++) if (p.text[j] === '(') depth++;
      carried = depth;
    }
    return out;
  },
};
