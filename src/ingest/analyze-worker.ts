/**
 * Runs in a worker thread of an AnalysisPool: takes the text out of web pages, and analyses articles,
 * either prepared for the store (ingest, the API's writes) or as the Doc's JSON bytes (the API's analyze).
 */
import { existsSync } from 'node:fs';
import { CLUSTERS_FILE, MODEL_FILE, MODEL_INDEX_FILE } from '../stages/entities/tagger/model-files.ts';
import { gunzipAhead } from '../util/read-ahead.ts';
import type { AnalysisTask } from './analysis-pool.ts';

// The tagger's gzipped files unzip on the thread pool while this thread compiles and runs the pipeline's modules;
// not the model where the build indexed it (dist/): its table is read built, unzipped only when the index is stale.
const ahead = gunzipAhead(existsSync(MODEL_INDEX_FILE) ? [CLUSTERS_FILE] : [MODEL_FILE, CLUSTERS_FILE]);
const [{ defaultPipeline }, { analyzeArticle, pageArticle, prepareArticle }, { cutText, inputMessage }, { minhashSignature }, { serveTasks }] = await Promise.all([
  import('../pipeline/presets.ts'), import('./analyze-article.ts'), import('./limits.ts'), import('./near-duplicate.ts'), import('./worker-task.ts'),
]);

// Handed over before the set-up, which runs without a turn of the event loop (the handing over needs one).
await ahead;
const pipeline = defaultPipeline();

serveTasks((task: AnalysisTask, context) => {
  if (task.kind === 'extract') return { result: pageArticle(task.page, task.maxBytes) };
  if (task.kind === 'prepare') {
    // The signature first: ingest orders near-duplicates by it while the analysis runs.
    const minhash = minhashSignature(task.article.text);
    context.early(minhash);
    const prepared = prepareArticle(analyzeArticle(pipeline, task.article, minhash));
    return { result: prepared, transfer: [prepared.encodedDoc.buffer as ArrayBuffer] };
  }
  const cut = cutText(task.article.text, task.maxBytes);
  const doc = pipeline.analyze({ ...task.article, text: cut.text });
  doc.messages.unshift(...[...(task.article.messages ?? []), ...(cut.message ? [cut.message] : [])].map(inputMessage));
  // JSON made and encoded here, its bytes moved, not copied: the serving thread only sends them on.
  const json = Buffer.from(JSON.stringify(doc));
  return { result: json, transfer: [json.buffer as ArrayBuffer] };
});
