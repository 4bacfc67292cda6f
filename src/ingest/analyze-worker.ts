/** Runs in a worker thread: language check, analysis and MinHash of one article per message. */
import { parentPort } from 'node:worker_threads';
import { defaultPipeline } from '../pipeline/presets.ts';
import { analyzeArticle, type AnalyzeTask } from './analyze-article.ts';

const pipeline = defaultPipeline();

parentPort!.on('message', (task: AnalyzeTask & { seq: number }) => {
  try {
    parentPort!.postMessage({ seq: task.seq, result: analyzeArticle(pipeline, task) });
  } catch (error) {
    parentPort!.postMessage({ seq: task.seq, error: error instanceof Error ? error.message : String(error) });
  }
});
