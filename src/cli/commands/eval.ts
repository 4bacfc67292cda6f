import { existsSync, statSync } from 'node:fs';
import { z } from 'zod';
import { EVAL_TASKS, EvalInputError, type EvalReport, type Scorer } from '../../eval/scorer.ts';
import { parseFlags, UsageError, type Command, type Io } from '../command.ts';
import { moduleUrl } from '../../util/module-url.ts';

const USAGE = `newsgraph eval <${EVAL_TASKS.join('|')}> FILE [--errors]

Score newsgraph against a gold file. Prints a table, then one JSON line with the figures.
  --errors  first list every record newsgraph got wrong: its text, what was expected, what newsgraph gave, and the
            error classes (events)
  ner     CoNLL-2003 / GMB JSONL (documents of sentences with tokens and BIO tags)
  timex   TempEval-3 / MEANTIME JSONL ({"id","dct","text","timex":[…]})
  quotes  one article per line with its attributions
  events  one sentence per line with expected (source, target, code) triples
  flags   one story per line with its annotated translation artifacts (test/fixtures/translation)`;


/** The tasks whose scorers list the records they got wrong (`--errors`). */
const LISTS_ERRORS: readonly string[] = ['events'];

/** Scorers load on demand: each task's module is imported only when asked for. */
async function loadScorer(task: string): Promise<Scorer> {
  let module: { scorer?: Scorer };
  try {
    module = await import(moduleUrl(`../../eval/${task}`, import.meta.url).href);
  } catch {
    throw new UsageError(`${task}: this scorer is not available in this build`);
  }
  if (!module.scorer) throw new UsageError(`${task}: this scorer is not available in this build`);
  return module.scorer;
}

export function printReport(report: EvalReport, io: Io, errors = false): void {
  // The errors come first, so the figures' JSON stays the last line.
  if (errors) for (const block of report.errors ?? []) io.out.write(`${block.join('\n')}\n\n`);
  io.out.write(`${report.title}\n`);
  for (const note of report.notes ?? []) io.out.write(`${note}\n`);
  const cells = [report.header, ...report.rows.map((r) => r.map(String))];
  const widths = report.header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  io.out.write(`${line(report.header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of cells.slice(1)) io.out.write(`${line(row)}\n`);
  io.out.write(`${JSON.stringify(report.figures)}\n`);
}

export const evalCommand: Command = {
  name: 'eval',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('eval', argv, { errors: { type: 'boolean' } }, z.object({ errors: z.boolean().default(false) }));
    const [task, file, ...rest] = positionals;
    if (!task || !(EVAL_TASKS as readonly string[]).includes(task)) {
      throw new UsageError(`name a task, one of ${EVAL_TASKS.join(', ')} (e.g. newsgraph eval timex gold.jsonl)`);
    }
    if (!file) throw new UsageError(`${task}: name the gold file to score against`);
    if (flags.errors && !LISTS_ERRORS.includes(task)) throw new UsageError(`${task}: --errors lists records for ${LISTS_ERRORS.join(', ')} only; drop the flag`);
    if (rest.length > 0) throw new UsageError(`${task}: one gold file at a time (got ${positionals.length - 1})`);
    if (!existsSync(file)) throw new UsageError(`${task}: ${file}: no such file; check the path`);
    if (statSync(file).isDirectory()) throw new UsageError(`${task}: ${file}: is a directory; pass the JSONL file`);
    const scorer = await loadScorer(task);
    try {
      printReport(await scorer.score(file), io, flags.errors);
    } catch (error) {
      if (error instanceof EvalInputError) throw new UsageError(`${task}: ${error.message}`);
      throw error;
    }
    return 0;
  },
};
