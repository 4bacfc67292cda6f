import { emptyDoc, type Doc, type Field, type WorkingDoc } from '../model/index.ts';
import type { Stage, StageContext } from './stage.ts';
import { NewsgraphError } from '../errors.ts';
import { strictView, type StageTrace } from './strict.ts';

export interface AnalyzeInput {
  text: string;
  id?: string | null;
  /** Publication date, YYYY-MM-DD: the anchor of relative dates. */
  published?: string | null;
}

export interface Pipeline {
  readonly stages: readonly string[];
  analyze(input: AnalyzeInput): Doc;
  /** The working document, derived layers (the syntax view) included: for tests and tools, not for JSON. */
  analyzeWorking(input: AnalyzeInput): WorkingDoc;
}

/** Thrown at build time only: a programming error in the stage list, never a problem in a text. */
export class PipelineError extends NewsgraphError {
  override name = 'PipelineError';
  constructor(message: string) {
    super('pipeline', message);
  }
}

export interface PipelineOptions {
  /**
   * Strict mode, for tests: each stage runs on a view of the document that records what it reads and what
   * it writes outside its contract; the trace of every stage run is handed here.
   */
  strict?: (trace: StageTrace) => void;
}

/**
 * Build a pipeline from one ordered list of stages. The order is checked here, once: every field a stage
 * needs must be given by a stage before it. Resources load here too, so `analyze` does no I/O.
 */
export function buildPipeline(stages: readonly Stage<any>[], options: PipelineOptions = {}): Pipeline {
  const given = new Set<Field>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice in the pipeline; list it once`);
    names.add(stage.name);
    const missing = stage.needs.filter((layer) => !given.has(layer));
    if (missing.length > 0) {
      throw new PipelineError(
        `stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage gives; move it after the stage that gives them`,
      );
    }
    for (const layer of stage.gives) given.add(layer);
  }
  const loaded = stages.map((stage) => ({ stage, resources: stage.setup?.() }));

  const analyzeWorking = (input: AnalyzeInput): WorkingDoc => {
    const working: WorkingDoc = emptyDoc(input.text, { id: input.id ?? null, published: input.published ?? null });
    for (const { stage, resources } of loaded) {
      if (options.strict) {
        const { doc, trace } = strictView(working, stage);
        stage.run(doc, resources, contextFor(working, stage.name));
        options.strict(trace);
      } else {
        stage.run(working, resources, contextFor(working, stage.name));
      }
      working.stages.push(stage.name);
    }
    return working;
  };
  return {
    stages: stages.map((s) => s.name),
    analyzeWorking,
    analyze(input) {
      // The derived layers stay behind: the Doc is what the JSON holds.
      const { syntax: _syntax, actors: _actors, ...doc } = analyzeWorking(input);
      return doc;
    },
  };
}

function contextFor(doc: Doc, stage: string): StageContext {
  return {
    report(level, rule, text, start = null, end = null) {
      doc.messages.push({ level, rule, stage, text, start, end: end ?? start });
    },
  };
}
