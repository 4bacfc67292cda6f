/**
 * Bounds on one article, so that no input can hold a run or a server for long: a size (longer text is cut
 * at a paragraph end, with a message) and a time (the analysis is stopped and the article reported).
 */
import type { Message } from '../model/index.ts';

/** A problem of the input itself (not found by a stage): it goes on the document as a message of stage "input". */
export interface InputMessage {
  level: 'info' | 'warning';
  rule: string;
  text: string;
  /** where in the text, when the problem has a place (a dateline) */
  start?: number | null;
  end?: number | null;
}

export const MB = 1024 * 1024;
/** Largest article read whole, in bytes of UTF-8 (characters for text that is already a string). */
export const DEFAULT_MAX_ARTICLE_BYTES = 4 * MB;
/** Longest an article may take in a worker (extraction and analysis) before it is stopped and reported. */
export const DEFAULT_ARTICLE_SECONDS = 120;

/** Heap of each worker thread, in MB: an article that needs more kills its worker, and only fails itself. */
export const DEFAULT_WORKER_MB = 2048;

/** The limits a run works under. */
export interface ArticleLimits {
  maxBytes: number;
  /** 0: no time limit */
  seconds: number;
  workerMb: number;
}

export const DEFAULT_LIMITS: ArticleLimits = { maxBytes: DEFAULT_MAX_ARTICLE_BYTES, seconds: DEFAULT_ARTICLE_SECONDS, workerMb: DEFAULT_WORKER_MB };

export function sizeText(bytes: number): string {
  return bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * The text cut to at most `max` characters, at the last paragraph end before the bound (else the last
 * space, else the bound itself), with a `truncated-input` message; the text itself when it fits.
 * `wholeLength` is the length of the input the text was taken from when that was cut already (a file read
 * only up to the bound).
 */
export function cutText(text: string, max: number, wholeLength = text.length): { text: string; message: InputMessage | null } {
  if (text.length <= max && wholeLength <= max) return { text, message: null };
  const head = text.slice(0, max);
  const paragraph = head.lastIndexOf('\n');
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'));
  // Not a lone half of a surrogate pair at a hard cut.
  const hard = /[\uD800-\uDBFF]$/.test(head) ? max - 1 : max;
  const end = paragraph > max / 2 ? paragraph : space > max / 2 ? space : hard;
  const kept = text.slice(0, end).trimEnd();
  return {
    text: kept,
    message: {
      level: 'warning',
      rule: 'truncated-input',
      text: `the article is longer than the limit of ${sizeText(max)}${Number.isFinite(wholeLength) ? ` (${sizeText(wholeLength)})` : ''}: only its first ${sizeText(kept.length)} are read, `
        + `up to a ${end === paragraph ? 'paragraph end' : end === space ? 'word end' : 'character'}; raise --max-article-mb to read it whole`,
    },
  };
}

/** An input message as the document carries it. */
export function inputMessage(m: InputMessage): Message {
  return { level: m.level, rule: m.rule, stage: 'input', text: m.text, start: m.start ?? null, end: m.end ?? null };
}

/** The one-line form of a name or message: control characters (a newline in a file name) escaped. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
