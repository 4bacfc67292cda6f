import { defineStage, type StageContext } from '../../pipeline/stage.ts';
import { spanOf, type Doc } from '../../model/index.ts';
import { splitParagraphs } from './split-paragraphs.ts';
import { ForgetfulWink, type ReadText } from './wink.ts';

/**
 * Paragraphs on line breaks, then wink-nlp sentences, tokens, POS and lemmas inside each paragraph.
 * Paragraphs go to wink one at a time because it merges lines that lack final punctuation.
 */
export const segment = defineStage({
  name: 'segment',
  needs: [],
  gives: ['paragraphs', 'sentences', 'tokens'],
  setup: () => new ForgetfulWink(),
  run(doc, nlp: ForgetfulWink, context) {
    nlp.read((readText) => segmentText(doc, readText, context));
  },
});

/**
 * The longest sentence later stages read whole. Their rules compare the tokens of a sentence with each
 * other, so one unpunctuated run (a table, a dump, a megabyte on one line) would cost its square.
 */
export const MAX_SENTENCE_TOKENS = 250;

/** Token ranges of at most MAX_SENTENCE_TOKENS, cut after a comma, semicolon or colon when one is near the limit. */
function pieces(first: number, last: number, values: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let a = first;
  while (last - a + 1 > MAX_SENTENCE_TOKENS) {
    let cut = a + MAX_SENTENCE_TOKENS - 1;
    for (let k = cut; k > a + MAX_SENTENCE_TOKENS / 2; k--) {
      if (/^[,;:]$/.test(values[k]!)) {
        cut = k;
        break;
      }
    }
    out.push([a, cut]);
    a = cut + 1;
  }
  out.push([a, last]);
  return out;
}

/**
 * The longest run without a space wink reads whole: its tokenizer costs the square (URLs the cube) of a
 * run's length, so a long run (a pasted dump, a line of dashes) is read in pieces of this length.
 */
export const MAX_RUN = 256;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/**
 * True when some stretch of more than MAX_RUN characters has no ' ': a run without whitespace needs one, and
 * finding the spaces is a fifth of the cost of LONG_RUN over ordinary prose (which tries every position).
 */
function mayHoldLongRun(paragraph: string): boolean {
  let previous = -1;
  for (let at = paragraph.indexOf(' '); at >= 0; at = paragraph.indexOf(' ', at + 1)) {
    if (at - previous - 1 > MAX_RUN) return true;
    previous = at;
  }
  return paragraph.length - previous - 1 > MAX_RUN;
}

/** What wink reads of a paragraph: the text itself, with a space after every MAX_RUN characters of a longer run. */
function winkInput(paragraph: string): { input: string; runs: number } {
  if (!mayHoldLongRun(paragraph)) return { input: paragraph, runs: 0 };
  let runs = 0;
  const input = paragraph.replace(LONG_RUN, (run) => {
    runs += 1;
    return run.match(new RegExp(`[^]{1,${MAX_RUN}}`, 'gu'))!.join(' ');
  });
  return { input, runs };
}

function segmentText(doc: Doc, readText: ReadText, context: StageContext): void {
  const { text } = doc;
  let toldLongRuns = false;
  for (const range of splitParagraphs(text)) {
    const paragraph = doc.paragraphs.length;
    doc.paragraphs.push({ id: `p${paragraph + 1}`, line: range.line, ...spanOf(text, range.start, range.end) });
    const { input, runs } = winkInput(text.slice(range.start, range.end));
    if (runs > 0 && !toldLongRuns) {
      context.report('info', 'long-word', `text runs of more than ${MAX_RUN} characters without a space are read as tokens of at most ${MAX_RUN} characters`, range.start, range.end);
      toldLongRuns = true;
    }
    const { values, pos, lemmas, sentences } = readText(input);
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
    const split = sentences.flatMap(([first, last]) => {
      if (last - first + 1 <= MAX_SENTENCE_TOKENS) return [[first, last] as [number, number]];
      context.report('info', 'long-sentence', `a sentence of ${last - first + 1} tokens is read in pieces of at most ${MAX_SENTENCE_TOKENS}: no sentence end was found`,
        starts[first]! >= 0 ? starts[first] : null, ends[last]! >= 0 ? ends[last] : null);
      return pieces(first, last, values);
    });
    for (const [first, last] of split) {
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
