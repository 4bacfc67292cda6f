/**
 * Runs in a worker thread: language check, analysis and MinHash of one article per message. Ingest asks for
 * the article prepared for the store (`prepare`); otherwise the Doc comes back, without its tokens.
 */
import { parentPort } from 'node:worker_threads';
import { encodeDoc } from '../store/doc-encoding.ts';
import { defaultPipeline } from '../pipeline/presets.ts';
import { analyzeArticle, prepareArticle, type AnalyzeTask } from './analyze-article.ts';

const pipeline = defaultPipeline();

parentPort!.on('message', (task: AnalyzeTask & { seq: number; prepare: boolean }) => {
  try {
    const result = analyzeArticle(pipeline, task);
    if (task.prepare) {
      const prepared = prepareArticle(result);
      parentPort!.postMessage({ seq: task.seq, result: prepared }, [prepared.encodedDoc.buffer as ArrayBuffer]);
    } else {
      const encodedDoc = encodeDoc(result.doc);
      parentPort!.postMessage({ seq: task.seq, result: { ...result, doc: { ...result.doc, tokens: [] }, encodedDoc } }, [encodedDoc.buffer as ArrayBuffer]);
    }
  } catch (error) {
    parentPort!.postMessage({ seq: task.seq, error: error instanceof Error ? error.message : String(error) });
  }
});
