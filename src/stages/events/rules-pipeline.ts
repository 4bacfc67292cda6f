// Shared by the events rule tests: the pipeline through events with the learned filter off, so a rule's table shows
// what the rule does, not what a filter trained on today's rules happens to keep (events.test.ts and the golden
// test run the stage as users get it).
import { buildPipeline, type Pipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';
import { eventsStage } from './events.ts';

let pipeline: Pipeline | undefined;

/** The pipeline through the events stage, its learned confidence filter switched off; built once. */
export function rulesPipeline(): Pipeline {
  pipeline ??= buildPipeline([...stagesThrough('events').slice(0, -1), eventsStage(undefined, null)]);
  return pipeline;
}
