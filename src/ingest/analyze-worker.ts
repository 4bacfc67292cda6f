/** Runs in a worker thread: language check, analysis and MinHash of one article per message. */
import { parentPort } from 'node:worker_threads';
import { encodeDoc } from '../store/contract.ts';
import { defaultPipeline } from '../pipeline/presets.ts';
import { analyzeArticle, type AnalyzeTask } from './analyze-article.ts';

const pipeline = defaultPipeline();

parentPort!.on('message', (task: AnalyzeTask & { seq: number }) => {
  try {
    const result = analyzeArticle(pipeline, task);
    // The stored copy is encoded here; the writing thread gets the layers it indexes, without the tokens
    // (the bulk of a Doc), so it spends its time on the store.
    const encodedDoc = encodeDoc(result.doc);
    parentPort!.postMessage({ seq: task.seq, result: { ...result, doc: { ...result.doc, tokens: [] }, encodedDoc } }, [encodedDoc.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ seq: task.seq, error: error instanceof Error ? error.message : String(error) });
  }
});
