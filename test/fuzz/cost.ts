/**
 * What analysing a text costs, stage by stage, measured so that a busy machine does not decide the result:
 * CPU time of this process (not wall time), the two lengths measured alternately, the median of several
 * repetitions, and only ratios inside one process are compared.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { emptyDoc } from '../../src/model/index.ts';
import { DEFAULT_STAGES } from '../../src/pipeline/presets.ts';
import { longText, type TextKind } from './texts.ts';

const loaded = DEFAULT_STAGES.map((stage) => ({ stage, resources: stage.setup?.() }));

// A collection left over from the run before would be counted to this one: collect before each run.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds each stage takes on `text`, and `total`. */
export function stageCosts(text: string): Record<string, number> {
  collect();
  const doc = emptyDoc(text, { id: null, published: '2021-03-01' });
  const costs: Record<string, number> = { total: 0 };
  for (const { stage, resources } of loaded) {
    const before = cpuMs();
    stage.run(doc, resources, { report() {} });
    doc.stages.push(stage.name);
    costs[stage.name] = cpuMs() - before;
    costs.total! += costs[stage.name]!;
  }
  return costs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface CostRatio {
  kind: TextKind;
  length: number;
  /** median CPU ms of the text and of the text twice as long, per stage and `total` */
  short: Record<string, number>;
  long: Record<string, number>;
  /** long / short of runs made one after the other (median), per stage and `total` */
  ratio: Record<string, number>;
}

/** How much more analysing a `kind` text of 2 × `length` costs than one of `length` (median of `repetitions`). */
export function costRatio(kind: TextKind, length: number, repetitions = 3): CostRatio {
  const texts = [longText(kind, length), longText(kind, 2 * length)];
  stageCosts(texts[0]!); // the first run compiles the hot code: it is not counted
  const runs: Record<string, number>[][] = [[], []];
  for (let r = 0; r < repetitions; r += 1) {
    // Alternate which length goes first, so a drift in the machine's load falls on both.
    for (const which of r % 2 ? [1, 0] : [0, 1]) runs[which]!.push(stageCosts(texts[which]!));
  }
  const keys = Object.keys(runs[0]![0]!);
  const [short, long] = runs.map((list) => Object.fromEntries(keys.map((k) => [k, median(list.map((c) => c[k]!))]))) as [Record<string, number>, Record<string, number>];
  // Each pair ran back to back, under the same load: the median of their ratios is steadier than a ratio of medians.
  const ratio = Object.fromEntries(keys.map((k) => [k, median(runs[0]!.map((c, r) => runs[1]![r]![k]! / Math.max(c[k]!, 1e-3)))]));
  return { kind, length, short, long, ratio };
}

/** One line per stage: ms at both lengths and the ratio. */
export function describeRatio(r: CostRatio): string {
  return Object.keys(r.short).map((k) => `${k} ${r.short[k]!.toFixed(0)}→${r.long[k]!.toFixed(0)} ms ×${r.ratio[k]!.toFixed(2)}`).join(', ');
}
