import { GAZ_CATEGORIES, matchGazetteer, type Gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { clusterKey, type WordClusters } from './word-clusters.ts';

/** Feature groups beyond the words themselves; each can be switched off to measure what it adds. */
export const FEATURE_GROUPS = ['shape', 'affix', 'context', 'gazetteer', 'clusters', 'document', 'convention'] as const;
// 'convention' is not a feature template: the trainer keeps a private copy of every weight per annotation
// convention (CoNLL, GMB) beside the shared one (Daumé's feature augmentation), see train.ts.
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

export interface FeatureResources {
  groups: ReadonlySet<FeatureGroup>;
  gazetteer: Gazetteer | null;
  clusters: WordClusters | null;
}

// Features are 32-bit FNV-1a hashes of (template, value): no strings are built or stored per feature.
const SEEDS = Array.from({ length: 128 }, (_, t) => (Math.imul(t + 1, 0x9e3779b1) ^ 0x811c9dc5) >>> 0);
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
const f1 = (t: number, a: string) => mix(SEEDS[t]!, a) >>> 0;
const f2 = (t: number, a: string, b: string) => mix(Math.imul(mix(SEEDS[t]!, a) ^ 0x1f, 16777619), b) >>> 0;

/** The document-memory feature: the entity type an earlier mention of the same word was given. */
export function documentFeature(type: number): number {
  return f1(60, String(type));
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

const isUpper = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** What the features of one document's sentences need to know about the whole document. */
export interface DocumentView {
  /** Lower-cased words the document writes capitalised somewhere other than a sentence start. */
  capitalisedInside: Set<string>;
  /** Lower-cased words the document writes in lower case. */
  lowercase: Set<string>;
}

export function viewDocument(sentences: readonly (readonly string[])[]): DocumentView {
  const capitalisedInside = new Set<string>();
  const lowercase = new Set<string>();
  for (const s of sentences) {
    const headline = isHeadline(s);
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      const l = w.toLowerCase();
      if (w === l) lowercase.add(l);
      else if (i > 0 && !headline && isUpper(w)) capitalisedInside.add(l);
    }
  }
  return { capitalisedInside, lowercase };
}

/** A sentence in capitals (a Reuters headline): casing tells nothing there. */
function isHeadline(tokens: readonly string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (t.toUpperCase() !== t) return false;
    if (t.toLowerCase() !== t) letters++;
  }
  return letters >= 2;
}

/**
 * Static features of every token of a sentence, appended to `out` as hashes; `starts[i]` is where token
 * i's features begin (starts has one more entry than tokens). The document-memory feature is added by
 * the decoder, which knows the earlier predictions.
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
  const shape = tokens.map(shapeOf);
  const g = r.groups;
  const headline = isHeadline(tokens);
  const gaz = g.has('gazetteer') && r.gazetteer ? matched ?? matchGazetteer(r.gazetteer, tokens.map((t) => t.toUpperCase()), tokens) : null;
  const clusters = g.has('clusters') && r.clusters ? tokens.map((t) => r.clusters!.get(clusterKey(t))) : null;
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
      for (let k = 1; k <= 4 && k <= l.length; k++) out.push(f1(19 + k, l.slice(0, k)), f1(23 + k, l.slice(-k)));
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
      const c = clusters[i];
      if (c) out.push(f1(50, c[0]), f1(51, c[1]), f2(54, c[1], shape[i]!));
      const p = i > 0 ? clusters[i - 1] : undefined;
      const q = i + 1 < n ? clusters[i + 1] : undefined;
      if (p) out.push(f1(52, p[0]));
      if (q) out.push(f1(53, q[0]));
    }
    if (g.has('document')) {
      if ((i === 0 || headline) && isUpper(w)) {
        out.push(f2(61, doc.capitalisedInside.has(l) ? 'cap' : 'nocap', doc.lowercase.has(l) ? 'low' : 'nolow'));
      }
    }
  }
  starts.push(out.length);
}
