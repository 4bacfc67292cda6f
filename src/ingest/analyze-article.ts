import { emptyDoc, type Doc } from '../model/index.ts';
import { encodeDoc } from '../store/doc-encoding.ts';
import { queryLayers, type QueryLayers } from '../store/query-layers.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { detectLanguage, isEnglish } from './language.ts';
import { minhashSignature } from './near-duplicate.ts';

export interface AnalyzeTask {
  text: string;
  id: string | null;
  published: string | null;
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
export function analyzeArticle(pipeline: Pipeline, task: AnalyzeTask): AnalyzedArticle {
  const language = detectLanguage(task.text);
  const english = isEnglish(language);
  let doc: Doc;
  if (english) doc = pipeline.analyze(task);
  else {
    doc = emptyDoc(task.text, task);
    doc.messages.push({
      level: 'warning', rule: 'not-english', stage: 'ingest', start: null, end: null,
      text: `the article looks like ${language}, not English: stored without analysis (the stages read English only)`,
    });
  }
  return { doc, language, english, minhash: minhashSignature(task.text) };
}

/** What ingest's workers send the writing thread: everything it stores, with no Doc object graph to copy. */
export function prepareArticle({ doc, language, english, minhash }: AnalyzedArticle): PreparedArticle {
  return { language, english, minhash, encodedDoc: encodeDoc(doc), layers: queryLayers(doc) };
}
