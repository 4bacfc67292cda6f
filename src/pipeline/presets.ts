import { buildPipeline, PipelineError, type Pipeline } from './pipeline.ts';
import type { Stage } from './stage.ts';
import { segment } from '../stages/segment/segment.ts';
import { syntax } from '../stages/syntax/syntax.ts';
import { entities } from '../stages/entities/entities.ts';
import { corefer } from '../stages/corefer/corefer.ts';
import { link } from '../stages/link/link.ts';
import { dates } from '../stages/dates/dates.ts';
import { quotes } from '../stages/quotes/quotes.ts';
import { events } from '../stages/events/events.ts';
import { quality } from '../stages/quality/quality.ts';

/** The one ordered list of stages. Each stage declares what it needs; buildPipeline checks the order. */
export const DEFAULT_STAGES: readonly Stage<any>[] = [segment, syntax, entities, corefer, link, dates, quotes, events, quality];

/** The default stages of these names, in the default order: for tests and scorers that run part of the pipeline. */
export function stagesNamed(...names: string[]): Stage<any>[] {
  const unknown = names.filter((n) => !DEFAULT_STAGES.some((s) => s.name === n));
  if (unknown.length > 0) throw new PipelineError(`no stage named ${unknown.join(', ')}; the stages are ${DEFAULT_STAGES.map((s) => s.name).join(', ')}`);
  return DEFAULT_STAGES.filter((s) => names.includes(s.name));
}

/** The default stages up to and including `last`. */
export function stagesThrough(last: string): Stage<any>[] {
  const at = DEFAULT_STAGES.findIndex((s) => s.name === last);
  if (at < 0) throw new PipelineError(`no stage named ${last}; the stages are ${DEFAULT_STAGES.map((s) => s.name).join(', ')}`);
  return DEFAULT_STAGES.slice(0, at + 1);
}

let shared: Pipeline | undefined;

/** The default pipeline, built (and its resources loaded) once per process. */
export function defaultPipeline(): Pipeline {
  shared ??= buildPipeline(DEFAULT_STAGES);
  return shared;
}
