import { GAZ_CATEGORIES, matchGazetteer, type Gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { CLUSTER_DEPTHS, clusterAt, type WordClusters } from './word-clusters.ts';
import type { DocumentMemory } from './decode.ts';

/** Feature groups beyond the words themselves; each can be switched off to measure what it adds. */
export const FEATURE_GROUPS = ['shape', 'affix', 'context', 'gazetteer', 'clusters', 'document', 'history', 'headline', 'convention'] as const;
// 'convention' is not a feature template: the trainer keeps a private copy of every weight per annotation
// convention (CoNLL, GMB) beside the shared one (Daumé's feature augmentation), see train.ts.
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

export interface FeatureResources {
  groups: ReadonlySet<FeatureGroup>;
  gazetteer: Gazetteer | null;
  clusters: WordClusters | null;
}

// Features are 32-bit FNV-1a hashes of (template, value): no strings are built or stored per feature.
// The tagger's scorer (scorer.ts) hashes the same (template, value) pairs through these, part by part.
export const SEEDS = Array.from({ length: 128 }, (_, t) => (Math.imul(t + 1, 0x9e3779b1) ^ 0x811c9dc5) >>> 0);
export function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
export const f1 = (t: number, a: string) => mix(SEEDS[t]!, a) >>> 0;
/** The hash state after a two-part feature's template and first value: f2(t, a, b) is mix(pairState(t, a), b) >>> 0. */
export const pairState = (t: number, a: string) => Math.imul(mix(SEEDS[t]!, a) ^ 0x1f, 16777619);
export const f2 = (t: number, a: string, b: string) => mix(pairState(t, a), b) >>> 0;
/** A number as the value (a cluster, a label): hashed like a one-character string, without building one. */
export const fn = (t: number, n: number) => Math.imul(SEEDS[t]! ^ n, 16777619) >>> 0;
export const fns = (t: number, n: number, b: string) => mix(Math.imul(Math.imul(SEEDS[t]! ^ n, 16777619) ^ 0x1f, 16777619), b) >>> 0;

// Extended prediction history (Ratinov & Roth 2009): which labels earlier mentions of the same word got,
// each as a share of those mentions: all of them, at least half, or fewer.
export const SHARES = 3;
export function share(count: number, total: number): number {
  return count === total ? 0 : 2 * count >= total ? 1 : 2;
}

/**
 * Features from what the tagger has already said in this document about a word (its capitalised
 * mentions): the type the latest one tagged as a name got ('document'), and, for a capitalised token, the
 * labels all of them got ('history'; in a headline under their own templates when 'headline' is on).
 */
export function documentFeatures(memory: DocumentMemory, token: string, headline: boolean, groups: ReadonlySet<FeatureGroup>, out: number[]): void {
  const slot = memory.slotOf(token);
  if (slot < 0) return;
  if (groups.has('document') && memory.latestType(slot) >= 0) out.push(fn(60, memory.latestType(slot)));
  if (groups.has('history') && isUpper(token)) {
    const template = headline && groups.has('headline') ? 63 : 62;
    const total = memory.total(slot);
    for (let y = 0; y < memory.labels; y++) {
      const count = memory.count(slot, y);
      if (count > 0) out.push(fn(template, y * SHARES + share(count, total)));
    }
  }
}

/**
 * The order a document's sentences are tagged in. With 'headline', sentences in capitals (a headline, a
 * dateline of two words or more) come after the body, so their document features hold what the body said.
 */
export function taggingOrder(sentences: readonly (readonly string[])[], groups: ReadonlySet<FeatureGroup>): number[] {
  const order = sentences.map((_, s) => s);
  if (!groups.has('headline')) return order;
  const headlines = order.filter((s) => isHeadline(sentences[s]!));
  return headlines.length === 0 ? order : [...order.filter((s) => !isHeadline(sentences[s]!)), ...headlines];
}

/** Every hash documentFeatures can give (the trainer registers them before it has seen any prediction). */
export function allDocumentFeatures(labels: number, groups: ReadonlySet<FeatureGroup>): number[] {
  const all: number[] = [];
  if (groups.has('document')) for (let t = 0; t < 4; t++) all.push(fn(60, t));
  if (groups.has('history')) {
    for (const template of groups.has('headline') ? [62, 63] : [62]) for (let k = 0; k < labels * SHARES; k++) all.push(fn(template, k));
  }
  return all;
}

/** Word shape with runs collapsed: "Putin" → "Xx", "1996-08-22" → "d-d-d", "U.S." → "X.X.". */
export function shapeOf(token: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : token[i]!.toUpperCase() !== token[i] ? 'x' : token[i]!.toLowerCase() !== token[i] ? 'X' : token[i]!;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

// Shapes of the words seen lately: most tokens repeat, so most shapes are looked up, not rebuilt.
const shapes = new Map<string, string>();
function cachedShape(token: string): string {
  let shape = shapes.get(token);
  if (shape === undefined) {
    if (shapes.size >= 50_000) shapes.clear();
    shape = shapeOf(token);
    shapes.set(token, shape);
  }
  return shape;
}

export const isUpper = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** What the features of one document's sentences need to know about the whole document. */
export interface DocumentView {
  /** Lower-cased words the document writes capitalised somewhere other than a sentence start. */
  capitalisedInside: Set<string>;
  /** Lower-cased words the document writes in lower case. */
  lowercase: Set<string>;
  /** Lower-cased words the document writes in mixed case ("Moscow", not "MOSCOW") other than at a sentence start. */
  mixedCase: Set<string>;
}

export function viewDocument(sentences: readonly (readonly string[])[]): DocumentView {
  const capitalisedInside = new Set<string>();
  const lowercase = new Set<string>();
  const mixedCase = new Set<string>();
  for (const s of sentences) {
    const headline = isHeadline(s);
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      const l = w.toLowerCase();
      if (w === l) lowercase.add(l);
      else if (i > 0 && !headline && isUpper(w)) {
        capitalisedInside.add(l);
        if (w !== w.toUpperCase()) mixedCase.add(l);
      }
    }
  }
  return { capitalisedInside, lowercase, mixedCase };
}

/** A word of two or more letters, all capitals ("MOSCOW", "NATO"): its casing hides whether it is a name. */
export function isAllCaps(w: string): boolean {
  return w.length > 1 && isUpper(w) && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** A sentence in capitals (a Reuters headline): casing tells nothing there. */
export function isHeadline(tokens: readonly string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (t.toUpperCase() !== t) return false;
    if (t.toLowerCase() !== t) letters++;
  }
  return letters >= 2;
}

/**
 * Static features of every token of a sentence, appended to `out` as hashes; `starts[i]` is where token
 * i's features begin (starts has one more entry than tokens). The features of what the document said
 * before (documentFeatures) are added by the decoder, which knows the earlier predictions.
 */
export function sentenceFeatures(
  tokens: readonly string[],
  doc: DocumentView,
  r: FeatureResources,
  out: number[],
  starts: number[],
  /** The sentence's gazetteer matches when the caller already has them (the entities stage does). */
  matched?: GazetteerMatch,
): void {
  const n = tokens.length;
  const lower = tokens.map((t) => t.toLowerCase());
  const shape = tokens.map(cachedShape);
  const g = r.groups;
  const headline = isHeadline(tokens);
  const gaz = g.has('gazetteer') && r.gazetteer ? matched ?? matchGazetteer(r.gazetteer, tokens) : null;
  const clusters = g.has('clusters') && r.clusters ? lower.map((l) => r.clusters!.get(l) ?? -1) : null;
  const at = (a: readonly string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  const gazName = (bits: number) => {
    let s = '';
    for (let c = 0; c < GAZ_CATEGORIES.length; c++) if (bits & (1 << c)) s += GAZ_CATEGORIES[c]![0];
    return s;
  };

  for (let i = 0; i < n; i++) {
    starts.push(out.length);
    const w = tokens[i]!;
    const l = lower[i]!;
    out.push(f1(0, ''), f1(1, w), f1(2, l), f1(3, at(lower, i - 1)), f1(4, at(lower, i + 1)), f1(5, at(lower, i - 2)), f1(6, at(lower, i + 2)));
    out.push(f2(7, at(lower, i - 1), l), f2(8, l, at(lower, i + 1)));
    if (g.has('shape')) {
      out.push(f1(10, shape[i]!), f1(11, at(shape, i - 1)), f1(12, at(shape, i + 1)), f2(13, at(shape, i - 1), shape[i]!), f2(14, shape[i]!, at(shape, i + 1)));
      out.push(f1(15, String(Math.min(w.length, 8))));
    }
    if (g.has('affix')) {
      // Hashed in place: the same values as f1(19 + k, prefix) and f1(23 + k, suffix), without the substrings.
      for (let k = 1; k <= 4 && k <= l.length; k++) out.push(mix(SEEDS[19 + k]!, l, 0, k) >>> 0, mix(SEEDS[23 + k]!, l, l.length - k) >>> 0);
    }
    if (g.has('context')) {
      const position = i === 0 ? 'first' : headline ? 'headline' : 'inside';
      out.push(f2(30, position, shape[i]!), f2(31, at(shape, i - 1), l), f2(32, at(lower, i - 1), shape[i]!), f2(33, shape[i]!, at(lower, i + 1)));
      const caps = (i > 0 && isUpper(tokens[i - 1]!) ? 'C' : 'c') + (isUpper(w) ? 'C' : 'c') + (i + 1 < n && isUpper(tokens[i + 1]!) ? 'C' : 'c');
      out.push(f2(34, position, caps));
    }
    if (gaz) {
      const bits = gaz.begin[i]! | gaz.inside[i]!;
      if (bits) out.push(f1(40, (gaz.begin[i] ? 'B' : 'I') + gazName(bits)));
      if (i > 0 && (gaz.begin[i - 1]! | gaz.inside[i - 1]!)) out.push(f1(41, gazName(gaz.begin[i - 1]! | gaz.inside[i - 1]!)));
      if (i + 1 < n && (gaz.begin[i + 1]! | gaz.inside[i + 1]!)) out.push(f1(42, gazName(gaz.begin[i + 1]! | gaz.inside[i + 1]!)));
      const u = w.toUpperCase();
      if (isUpper(w) && r.gazetteer!.firstNames.has(u)) out.push(f1(43, ''));
      if (isUpper(w) && r.gazetteer!.lastNames.has(u)) out.push(f1(44, ''));
    }
    if (clusters) {
      // The word's cluster at every depth of the tree, the 128-cluster level with its shape, and the
      // neighbours' clusters at two depths; a word outside the table says so with its shape.
      const c = clusters[i]!;
      if (c >= 0) {
        for (let d = 0; d < CLUSTER_DEPTHS; d++) out.push(fn(50 + d, clusterAt(c, d)));
        out.push(fns(54, clusterAt(c, 1), shape[i]!));
      } else out.push(f1(59, shape[i]!));
      const p = i > 0 ? clusters[i - 1]! : -1;
      const q = i + 1 < n ? clusters[i + 1]! : -1;
      if (p >= 0) out.push(fn(55, clusterAt(p, 1)), fn(56, clusterAt(p, 2)));
      if (q >= 0) out.push(fn(57, clusterAt(q, 1)), fn(58, clusterAt(q, 2)));
    }
    if (g.has('document')) {
      if ((i === 0 || headline) && isUpper(w)) {
        out.push(f2(61, doc.capitalisedInside.has(l) ? 'cap' : 'nocap', doc.lowercase.has(l) ? 'low' : 'nolow'));
      }
    }
    if (g.has('headline') && isAllCaps(w)) {
      // A word in capitals (headline, dateline, acronym) looked up case-normalised in the rest of the document.
      out.push(f2(64, (headline ? 'h' : 'b') + (doc.mixedCase.has(l) ? 'mixed' : 'nomixed'), doc.lowercase.has(l) ? 'low' : 'nolow'));
    }
  }
  starts.push(out.length);
}
