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
