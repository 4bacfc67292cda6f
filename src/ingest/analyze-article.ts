import { emptyDoc, type Doc } from '../model/index.ts';
import { encodeDoc } from '../store/doc-encoding.ts';
import { queryLayers, type QueryLayers } from '../store/query-layers.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { detectLanguage, isEnglish } from './language.ts';
import { cutText, inputMessage, type InputMessage } from './limits.ts';
import { minhashSignature } from './near-duplicate.ts';
import { mergeFields, type RawArticle, type RawPage } from './readers/article.ts';
import { extractHtml } from './readers/html.ts';

export interface AnalyzeTask {
  text: string;
  id: string | null;
  published: string | null;
  /** problems of the input itself, put first on the document */
  messages?: InputMessage[];
}

export interface AnalyzedArticle {
  doc: Doc;
  language: string | null;
  english: boolean;
  minhash: number[];
  /** `encodeDoc(doc)`, made in the worker so the writing thread does not have to. */
  encodedDoc?: Uint8Array;
}

/** An analysed article as the store takes it: the stored form of the Doc and its query rows, not the Doc. */
export interface PreparedArticle {
  language: string | null;
  english: boolean;
  minhash: number[];
  encodedDoc: Uint8Array;
  layers: QueryLayers;
}

/** The CPU work of ingesting one article (run in a worker): language, analysis if English, MinHash. */
export function analyzeArticle(pipeline: Pipeline, task: AnalyzeTask, minhash = minhashSignature(task.text)): AnalyzedArticle {
  const language = detectLanguage(task.text);
  const english = isEnglish(language);
  let doc: Doc;
  if (english) doc = pipeline.analyze({ text: task.text, id: task.id, published: task.published });
  else {
    doc = emptyDoc(task.text, task);
    doc.messages.push({
      level: 'warning', rule: 'not-english', stage: 'ingest', start: null, end: null,
      text: `the article looks like ${language}, not English: stored without analysis (the stages read English only)`,
    });
  }
  doc.messages.unshift(...(task.messages ?? []).map(inputMessage));
  return { doc, language, english, minhash };
}

/** What ingest's workers send the writing thread: everything it stores, with no Doc object graph to copy. */
export function prepareArticle({ doc, language, english, minhash }: AnalyzedArticle): PreparedArticle {
  return { language, english, minhash, encodedDoc: encodeDoc(doc), layers: queryLayers(doc) };
}

/**
 * A web page as an article: its main text taken out (extractHtml), cut to `maxBytes`, its fields merged
 * with what the reader knew; a problem when the page holds no text.
 */
export function pageArticle(page: RawPage, maxBytes: number): { article: RawArticle } | { problem: string } {
  const found = extractHtml(page.html, page.prefer.url ?? page.fallback.url ?? null);
  const text = found?.text ?? page.fallbackText ?? '';
  if (text.trim() === '') return { problem: 'HTML page with no text; skipped' };
  const cut = cutText(text, maxBytes);
  const fields = mergeFields(found ?? { title: null, url: null, source: null, published: null }, page);
  const messages = [...page.messages, ...(found?.messages ?? []), ...(cut.message ? [cut.message] : [])];
  return { article: { name: page.name, text: cut.text, ...fields, messages } };
}
