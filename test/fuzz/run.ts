/**
 * `npm run fuzz`: the fuzz suite with long budgets, in a heap of 1.5 GB (a case that needs more ends the run).
 * Flags: --minutes N per target (default 2), --seed N (default: the time), --runs N per target (default: no
 * bound). Prints the cases run, the slowest case and the peak memory; exits 1 when a property failed, with
 * fast-check's shrunk case and how to replay it.
 */
import { parseArgs } from 'node:util';
import { describeFuzz, fuzz } from './fuzz.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string' }, seed: { type: 'string' }, runs: { type: 'string' } } });
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
const minutes = Number(values.minutes ?? 2);
console.error(`newsgraph fuzz: ${minutes} min per target, seed ${seed}`);
const report = await fuzz({ seconds: minutes * 60, runs: values.runs ? Number(values.runs) : Number.MAX_SAFE_INTEGER, seed });
console.log(describeFuzz(report));
process.exit(report.targets.some((t) => t.failed) ? 1 : 0);
