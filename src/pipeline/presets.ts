import { buildPipeline, type Pipeline } from './pipeline.ts';
import type { Stage } from './stage.ts';
import { segment } from '../stages/segment/segment.ts';
import { entities } from '../stages/entities/entities.ts';
import { corefer } from '../stages/corefer/corefer.ts';
import { link } from '../stages/link/link.ts';
import { dates } from '../stages/dates/dates.ts';
import { quotes } from '../stages/quotes/quotes.ts';
import { events } from '../stages/events/events.ts';
import { quality } from '../stages/quality/quality.ts';

/** The one ordered list of stages. Each stage declares what it needs; buildPipeline checks the order. */
export const DEFAULT_STAGES: readonly Stage<any>[] = [segment, entities, corefer, link, dates, quotes, events, quality];

let shared: Pipeline | undefined;

/** The default pipeline, built (and its resources loaded) once per process. */
export function defaultPipeline(): Pipeline {
  shared ??= buildPipeline(DEFAULT_STAGES);
  return shared;
}
