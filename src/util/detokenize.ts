/** A token's place in the detokenised text: `[start, end)`, UTF-16 offsets. */
export interface TokenOffsets {
  start: number;
  end: number;
}

export interface Detokenized {
  text: string;
  /** Per input sentence, its span in `text`. */
  sentences: TokenOffsets[];
  /** Per input sentence, the span of each of its tokens. */
  tokens: TokenOffsets[][];
}

export interface DetokenizeOptions {
  /** Between sentences: one space (one paragraph) or a line break (one paragraph per sentence). */
  separator?: ' ' | '\n';
  /**
   * With `separator: '\n'`, keep a sentence on the same line as the previous one while a straight
   * double quote is open, so a quoted passage that the tokeniser split stays in one paragraph.
   */
  keepOpenQuotesTogether?: boolean;
}

// Tokens written against the word before them (PTB-style clitics and closing punctuation).
const NO_SPACE_BEFORE = /^(?:[.,;:?!%)\]}]|\.\.\.|'s|'S|'ll|'re|'ve|'d|'m|n't|N'T|'|’s|’)$/;
// Tokens written against the word after them.
const NO_SPACE_AFTER = /^[([{$#]$/;
const DOUBLE_QUOTE = /^(?:"|``|''|“|”)$/;

/**
 * Turn tokenised text (CoNLL, GMB, PTB style) back into running text, with each token's offsets.
 * Straight double quotes are paired by parity across the whole input: an opening mark sticks to the
 * next token, a closing one to the previous token. PTB `` and '' come out as straight quotes.
 */
export function detokenizeSentences(sentences: readonly (readonly string[])[], options: DetokenizeOptions = {}): Detokenized {
  const separator = options.separator ?? ' ';
  let text = '';
  let quoteOpen = false;
  let glueNext = true;
  const sentenceSpans: TokenOffsets[] = [];
  const tokenSpans: TokenOffsets[][] = [];
  for (const [index, tokens] of sentences.entries()) {
    if (index > 0 && text.length > 0) {
      text += separator === '\n' && !(options.keepOpenQuotesTogether && quoteOpen) ? '\n' : ' ';
      glueNext = true;
    }
    const spans: TokenOffsets[] = [];
    let sentenceStart = -1;
    for (const raw of tokens) {
      const isQuote = DOUBLE_QUOTE.test(raw);
      const token = isQuote ? '"' : raw;
      let glue: boolean;
      if (isQuote) {
        // A closing mark sticks to what precedes it; an opening one gets a space unless at the start.
        glue = glueNext || quoteOpen;
        quoteOpen = !quoteOpen;
      } else {
        glue = glueNext || NO_SPACE_BEFORE.test(token);
      }
      if (!glue) text += ' ';
      const start = text.length;
      text += token;
      spans.push({ start, end: text.length });
      if (sentenceStart < 0) sentenceStart = start;
      glueNext = isQuote ? quoteOpen : NO_SPACE_AFTER.test(token);
    }
    tokenSpans.push(spans);
    sentenceSpans.push({ start: sentenceStart < 0 ? text.length : sentenceStart, end: text.length });
  }
  return { text, sentences: sentenceSpans, tokens: tokenSpans };
}

/** One sentence's tokens as running text. */
export function detokenize(tokens: readonly string[]): string {
  return detokenizeSentences([tokens]).text;
}
