/**
 * Train the events stage's learned filter (src/lexicons/events/event-confidence.json): a logistic regression over
 * eventFeatures, on the events tune half less the stories kept to check learned models
 * (test/fixtures/events/check-stories.txt). An event's label is whether one of its CAMEO rows is a triple the gold
 * has, at the scorer's level (country, full code). The L2 penalty and the drop threshold are fixed (below); 5-fold
 * cross-validation by story on the training stories alone reports how they do (pooled out-of-fold figures of the
 * scorer's country/full-code level). Deterministic: folds by the SHA-256 of the story id, Newton steps to convergence,
 * no randomness; re-run after the events rules change.
 *
 * Run: node --import tsx scripts/train-event-confidence.ts   (writes the JSON, prints the figures; --check only
 * compares with the committed JSON and fails when it is stale)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPipeline } from '../src/pipeline/pipeline.ts';
import { stagesThrough } from '../src/pipeline/presets.ts';
import { eventsStage } from '../src/stages/events/events.ts';
import { cameoRows } from '../src/stages/events/cameo-rows.ts';
import { eventFeatures } from '../src/stages/events/confidence/features.ts';
import { confidenceOf } from '../src/stages/events/confidence/confidence.ts';
import { auc as areaUnderCurve } from '../src/eval/flags.ts';
import { LEVELS, compareTriples, readEventRecords, type Triple } from '../src/eval/events.ts';
import { prf } from '../src/eval/scorer.ts';
import { EventConfidenceSchema, type EventConfidence } from '../src/lexicons/events/event-confidence.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TUNE = path.join(ROOT, 'test/fixtures/events/tune.jsonl');
const CHECK = path.join(ROOT, 'test/fixtures/events/check-stories.txt');
const OUT = path.join(ROOT, 'src/lexicons/events/event-confidence.json');
const FOLDS = 5;
/**
 * The model's settings, fixed: L2 penalty 10 over every feature, events under 0.475 dropped. Until the sixteenth round
 * the script chose them anew at each retraining by 5-fold cross-validation over 15 penalty and feature-set pairs and 33
 * thresholds; the out-of-fold F1 of those settings lay within a right event of each other, so one training event more
 * or less flipped the choice (to "no reason phrases", l2 30, 0.6 with one right event more), and with it 5-10 events
 * kept or dropped on text nobody tuned on, changes that said nothing about the rules. These are the settings that
 * choice last made (at f66fc541); the cross-validation below still reports how they do, so a change that hurts shows.
 */
const L2 = 10;
const THRESHOLD = 0.475;

interface Example {
  features: string[];
  right: boolean;
  rows: Triple[];
}
interface Item {
  story: string;
  expected: Triple[];
  events: Example[];
}

/** Every training record with its coded events (no filter), their features and labels. */
function readItems(): Item[] {
  const check = new Set(readFileSync(CHECK, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
  const records = readEventRecords(TUNE).filter((r) => r.story !== undefined && !check.has(r.story));
  const [level] = LEVELS;
  const key = (t: Triple) => `${level!.actor(t.source)}|${level!.actor(t.target)}|${level!.code(t.code)}`;
  const pipeline = buildPipeline([...stagesThrough('events').slice(0, -1), eventsStage(undefined, null)]);
  let analysed: { text: string; doc: ReturnType<typeof pipeline.analyze> } | undefined;
  return records.map((r) => {
    const a = r.article!;
    if (analysed?.text !== a.text) analysed = { text: a.text, doc: pipeline.analyze({ id: r.story!, text: a.text, published: r.date ?? null }) };
    const { doc } = analysed;
    const want = new Set(r.expected.map(key));
    const events = doc.events.filter((e) => e.trigger.start >= a.start && e.trigger.start < a.end);
    const examples = events.flatMap((e): Example[] => {
      const rows = cameoRows(e).map((x) => ({ source: x.source, target: x.target, code: x.code }));
      if (rows.length === 0) return [];
      const toks = doc.tokens.filter((t) => t.sentence === e.sentence);
      const inSentence = doc.events.filter((o) => o.sentence === e.sentence).length;
      return [{ features: eventFeatures(e, { toks, events: inSentence, sentence: e.sentence }), right: rows.some((x) => want.has(key(x))), rows }];
    });
    return { story: r.story!, expected: r.expected, events: examples };
  });
}

/** The fold of a story: by the hash of its id, so the folds do not depend on file order. */
const foldOf = (story: string) => createHash('sha256').update(story).digest().readUInt32BE(0) % FOLDS;

interface Fit {
  names: string[];
  w: Float64Array;
  bias: number;
}

/** L2-penalised logistic regression (bias not penalised) by Newton steps; features are binary. */
function fit(examples: readonly Example[], l2: number): Fit {
  const names = [...new Set(examples.flatMap((x) => x.features))].sort();
  const at = new Map(names.map((n, i) => [n, i]));
  const d = names.length + 1;
  const rows = examples.map((x) => [...new Set(x.features.map((f) => at.get(f)!)), d - 1]);
  const w = new Float64Array(d);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Float64Array(d);
    const h = Array.from({ length: d }, () => new Float64Array(d));
    examples.forEach((x, i) => {
      let z = 0;
      for (const j of rows[i]!) z += w[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const y = x.right ? 1 : 0;
      for (const j of rows[i]!) {
        g[j]! += p - y;
        for (const k of rows[i]!) h[j]![k]! += p * (1 - p);
      }
    });
    for (let j = 0; j < d - 1; j++) {
      g[j]! += l2 * w[j]!;
      h[j]![j]! += l2;
    }
    h[d - 1]![d - 1]! += 1e-6;
    const step = solve(h, g);
    let largest = 0;
    for (let j = 0; j < d; j++) {
      w[j]! -= step[j]!;
      largest = Math.max(largest, Math.abs(step[j]!));
    }
    if (largest < 1e-10) break;
  }
  return { names, w: w.subarray(0, d - 1), bias: w[d - 1]! };
}

/** Solve h·x = g (h symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(h: Float64Array[], g: Float64Array): Float64Array {
  const n = g.length;
  const a = h.map((row, i) => [...row, g[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      if (f !== 0) for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

/** A fold's fit as the stage reads a model, so the script scores events exactly as the filter will. */
const asModel = (m: Fit) => ({ bias: m.bias, weights: new Map(m.names.map((n, j) => [n, m.w[j]!])) });

/** The scorer's country/full-code figures over items when the events under `threshold` are dropped. */
function score(items: readonly Item[], probabilities: readonly number[][], threshold: number): { precision: number; recall: number; f1: number; dropped: number } {
  const [level] = LEVELS;
  let correct = 0;
  let missed = 0;
  let extra = 0;
  let dropped = 0;
  items.forEach((item, i) => {
    const kept = item.events.filter((_, k) => probabilities[i]![k]! >= threshold);
    dropped += item.events.length - kept.length;
    const c = compareTriples(item.expected, kept.flatMap((x) => x.rows), level!);
    correct += c.correct;
    missed += c.missed;
    extra += c.extra;
  });
  return { ...prf(correct, correct + extra, correct + missed), dropped };
}

const items = readItems();
const examples = items.flatMap((x) => x.events);
const stories = new Set(items.map((x) => x.story));
console.log(`training: ${stories.size} stories, ${items.length} records, ${examples.length} events, ${examples.filter((x) => x.right).length} right`);
const keepAll = score(items, items.map((x) => x.events.map(() => 1)), 0);

// Out-of-fold probabilities: each story scored by the model trained without its fold.
const oof = items.map((x) => x.events.map(() => 0));
for (let k = 0; k < FOLDS; k++) {
  const model = asModel(fit(items.filter((x) => foldOf(x.story) !== k).flatMap((x) => x.events), L2));
  items.forEach((x, i) => {
    if (foldOf(x.story) === k) oof[i] = x.events.map((e) => confidenceOf(model, e.features));
  });
}
const scored = items.flatMap((x, i) => x.events.map((e, k) => ({ p: oof[i]![k]!, right: e.right })));
const auc = Math.round(areaUnderCurve(scored.filter((x) => x.right).map((x) => x.p), scored.filter((x) => !x.right).map((x) => x.p)) * 1e4) / 1e4;
const filtered = score(items, oof, THRESHOLD);

const final = fit(examples, L2);
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const model: EventConfidence = {
  about:
    'Learned filter over coded events (issue 15): logistic regression over eventFeatures (src/stages/events/confidence/features.ts); an event is kept when sigmoid(bias + sum of its features\' weights) >= threshold. Written by scripts/train-event-confidence.ts; do not edit by hand.',
  bias: round(final.bias),
  threshold: THRESHOLD,
  weights: Object.fromEntries(final.names.map((n, j) => [n, round(final.w[j]!)])),
  training: {
    stories: stories.size,
    events: examples.length,
    right: examples.filter((x) => x.right).length,
    features: final.names.length,
    folds: FOLDS,
    l2: L2,
    featureSet: 'all',
    cv: { auc, keepAll: { precision: keepAll.precision, recall: keepAll.recall, f1: keepAll.f1 }, filtered },
  },
};
EventConfidenceSchema.parse(model);
const written = JSON.stringify(model, null, 2) + '\n';
if (process.argv.includes('--check')) {
  // The stage's rules changed the events it codes, or the tune half changed: the committed weights no longer are this script's.
  if (readFileSync(OUT, 'utf8') !== written) {
    console.error(`${path.relative(ROOT, OUT)} is stale: re-run node --import tsx scripts/train-event-confidence.ts and commit it`);
    process.exit(1);
  }
  console.log(`${path.relative(ROOT, OUT)} is what this script writes`);
  process.exit(0);
}
writeFileSync(OUT, written);
console.log(`l2 ${L2}, threshold ${THRESHOLD}: cv AUC ${auc}, P/R/F1 ${keepAll.precision}/${keepAll.recall}/${keepAll.f1} → ${filtered.precision}/${filtered.recall}/${filtered.f1} (${filtered.dropped} dropped); ${final.names.length} features → ${path.relative(ROOT, OUT)}`);
