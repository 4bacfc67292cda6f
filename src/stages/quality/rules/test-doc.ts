import { emptyDoc, type Doc } from '../../../model/index.ts';

/** A document whose paragraphs are the text's lines: enough for the rules that read text and paragraphs. */
export function paragraphDoc(text: string): Doc {
  const doc = emptyDoc(text);
  let start = 0;
  text.split('\n').forEach((line, i) => {
    doc.paragraphs.push({ id: `p${i + 1}`, start, end: start + line.length, text: line, line: i + 1 });
    start += line.length + 1;
  });
  return doc;
}

/** paragraphDoc with a token for each run of letters (or other non-space characters), as the tokenizer gives words. */
export function tokenDoc(text: string): Doc {
  const doc = paragraphDoc(text);
  for (const m of text.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)) doc.tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], sentence: 0, pos: 'X', lemma: m[0] });
  return doc;
}
