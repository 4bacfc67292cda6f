// Issue 21's "first article within 1 s": `newsgraph ingest` of the seed article into a new SQLite file, from
// the process's start to its exit (the article is stored before the process exits), alternating with another
// checkout (the machine is shared: interleaved runs see the same load). Both sides must be built (dist/):
//   node --import tsx bench/first-article.ts --help
// Prints each run and the medians of wall clock and CPU time, and `newsgraph --help`'s wall-clock median.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from '../src/util/shared-data.ts';
import { summarize } from './corpus.ts';
import { count, devFlags } from '../scripts/dev-flags.ts';

const { flags: values } = devFlags(
  'node --import tsx bench/first-article.ts [--against DIR] [--rounds N] [--file ARTICLE]',
  { against: { type: 'string' }, rounds: { type: 'string' }, file: { type: 'string' } },
  z.object({ against: z.string().optional(), rounds: count.default(7), file: z.string().optional() }),
);
const rounds = values.rounds;
const file = path.resolve(values.file ?? path.join(REPO_ROOT, 'examples/seed-article.txt'));
const sides = [...(values.against ? [{ name: 'against', root: path.resolve(values.against) }] : []), { name: 'this', root: REPO_ROOT }];
for (const side of sides) {
  if (!existsSync(path.join(side.root, 'dist/.built'))) throw new Error(`${side.root}: no dist/ (build it: node --import tsx scripts/build-dist.ts)`);
}

/**
 * Wall-clock ms of one run of the CLI, from spawn to exit, and the CPU ms (user + system, every thread) GNU
 * time reports for it: on a machine others load, the CPU figure moves less than the wall clock. Throws when it fails.
 */
function timed(root: string, args: string[]): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, path.join(root, 'bin/newsgraph.js'), ...args], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${root}: newsgraph ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  if (args[0] === 'ingest' && !/ 1 added /.test(run.stderr)) throw new Error(`${root}: the article was not added: ${run.stderr}`);
  const [, user, system] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr)!;
  return { wall, cpu: (Number(user) + Number(system)) * 1000 };
}

const ingestMs = new Map(sides.map((s) => [s.name, [] as number[]]));
const ingestCpu = new Map(sides.map((s) => [s.name, [] as number[]]));
const helpMs = new Map(sides.map((s) => [s.name, [] as number[]]));
const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-first-'));
try {
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first, so neither always runs on the cache the other warmed.
    for (const side of r % 2 ? [...sides].reverse() : sides) {
      const db = path.join(dir, `${side.name}-${r}.db`);
      const { wall, cpu } = timed(side.root, ['ingest', file, '--db', db]);
      ingestMs.get(side.name)!.push(wall);
      ingestCpu.get(side.name)!.push(cpu);
      helpMs.get(side.name)!.push(timed(side.root, ['--help']).wall);
      console.log(`round ${r + 1} ${side.name.padEnd(7)} ingest ${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const side of sides) {
  const wall = summarize(ingestMs.get(side.name)!);
  console.log(`${side.name.padEnd(7)} ingest median ${wall.median.toFixed(0)} ms (min ${wall.min.toFixed(0)}, max ${wall.max.toFixed(0)}), `
    + `CPU median ${summarize(ingestCpu.get(side.name)!).median.toFixed(0)} ms, --help median ${summarize(helpMs.get(side.name)!).median.toFixed(0)} ms  [${side.root}]`);
}
