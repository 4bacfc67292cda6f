/** newsgraph's library entry: analyze one article into a provenance-linked document. */
export * from './model/index.ts';
export { buildPipeline, type AnalyzeInput, type Pipeline } from './pipeline/pipeline.ts';
export { defineStage, type Stage, type StageContext } from './pipeline/stage.ts';
export { DEFAULT_STAGES, defaultPipeline } from './pipeline/presets.ts';

import { defaultPipeline } from './pipeline/presets.ts';
import type { AnalyzeInput } from './pipeline/pipeline.ts';
import type { Doc } from './model/index.ts';

/** Analyze one article with the default pipeline. */
export function analyze(input: AnalyzeInput): Doc {
  return defaultPipeline().analyze(input);
}
