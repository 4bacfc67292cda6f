import { defineStage } from '../../pipeline/stage.ts';
import { spanOf, type Doc } from '../../model/index.ts';
import { splitParagraphs } from './split-paragraphs.ts';
import { ForgetfulWink, type ReadDoc } from './wink.ts';

/**
 * Paragraphs on line breaks, then wink-nlp sentences, tokens, POS and lemmas inside each paragraph.
 * Paragraphs go to wink one at a time because it merges lines that lack final punctuation.
 */
export const segment = defineStage({
  name: 'segment',
  needs: [],
  gives: ['paragraphs', 'sentences', 'tokens'],
  setup: () => new ForgetfulWink(),
  run(doc, nlp: ForgetfulWink) {
    nlp.read((readDoc) => segmentText(doc, readDoc, nlp.its));
  },
});

function segmentText(doc: Doc, readDoc: ReadDoc, its: ForgetfulWink['its']): void {
  const { text } = doc;
  for (const range of splitParagraphs(text)) {
    const paragraph = doc.paragraphs.length;
    doc.paragraphs.push({ id: `p${paragraph + 1}`, line: range.line, ...spanOf(text, range.start, range.end) });
    const wink = readDoc(text.slice(range.start, range.end));
    const values = wink.tokens().out(its.value) as string[];
    const pos = wink.tokens().out(its.pos) as string[];
    const lemmas = wink.tokens().out(its.lemma as never) as string[];
    // Wink reports tokens, not characters: find each token's text in order to get exact offsets.
    const starts: number[] = [];
    const ends: number[] = [];
    let cursor = range.start;
    for (const value of values) {
      const at = text.indexOf(value, cursor);
      if (at < 0 || at >= range.end) {
        starts.push(-1);
        ends.push(-1);
        continue;
      }
      starts.push(at);
      ends.push(at + value.length);
      cursor = at + value.length;
    }
    const sentenceSpans = wink.sentences().out(its.span) as unknown as [number, number][];
    for (const [first, last] of sentenceSpans) {
      let a = first;
      let b = last;
      while (a <= b && starts[a]! < 0) a++;
      while (b >= a && starts[b]! < 0) b--;
      if (a > b) continue;
      const sentence = doc.sentences.length;
      doc.sentences.push({ id: `s${sentence + 1}`, paragraph, ...spanOf(text, starts[a]!, ends[b]!) });
      for (let i = a; i <= b; i++) {
        // values[i] is the text at [start, end): indexOf found it there.
        if (starts[i]! >= 0) doc.tokens.push({ start: starts[i]!, end: ends[i]!, text: values[i]!, sentence, pos: pos[i]!, lemma: lemmas[i]! });
      }
    }
  }
}
