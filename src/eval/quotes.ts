import { z } from 'zod';
import { defaultPipeline } from '../pipeline/presets.ts';
import { loadQuoteLexicons } from '../lexicons/quotes/quotes-lexicons.ts';
import { EvalInputError, pct, readGoldLines, type EvalReport, type Scorer } from './scorer.ts';

const Offsets = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).refine(([s, e]) => s <= e, 'start after end');

const GoldQuoteSchema = z.object({
  type: z.enum(['direct', 'indirect', 'mixed']),
  content: Offsets,
  content_spans: z.array(Offsets).min(1).optional(),
  speaker: Offsets.nullable(),
  speaker_text: z.string().nullable().optional(),
  cue: Offsets.nullable(),
  cue_text: z.string().nullable().optional(),
  speech_cue: z.boolean(),
  layout: z.string().optional(),
  // Fields of the political-news set (test/fixtures/quotes), not scored yet.
  content_text: z.union([z.string(), z.array(z.string())]).optional(),
  speaker_entity: z.string().nullable().optional(),
  cue_lemma: z.string().nullable().optional(),
  cue_class: z.enum(['speech', 'attitude', 'stance', 'evidential', 'light-verb', 'noun', 'preposition', 'punctuation', 'sourceless']).optional(),
  form: z.enum(['statement', 'stance', 'evidence', 'belief', 'question', 'other']).optional(),
  content_form: z.enum(['clause', 'direct', 'np', 'infinitive', 'gerund', 'adjective', 'other']).optional(),
  nested_in: z.number().int().nonnegative().nullable().optional(),
});
export const GoldDocSchema = z.object({
  id: z.string(),
  text: z.string(),
  quotes: z.array(GoldQuoteSchema),
  outlet: z.string().optional(),
  url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  style: z.string().optional(),
});

/** One attribution on either side, reduced to what is scored. */
export interface Attribution {
  type: string;
  layout: string;
  spans: [number, number][];
  speaker: [number, number] | null;
  cue: [number, number] | null;
  speech: boolean;
  /** cue class, form and content form (attribution.md); '-' where a side does not say */
  cueClass?: string;
  form?: string;
  contentForm?: string;
  /** the speaker's entity as a name: gold's speaker_entity, the predicted speaker's resolved name */
  entity?: string | null;
}

const CLAUSE_LAYOUTS = /^(?:said-that|said-bare|said-quote|colon|inverted|quote-then-speaker|according-to|participial|quoted-as-saying|relative|interrupted)$/;

/**
 * The content form of a record from its type, layout and first words, for predictions (the stage does not
 * label it) and for gold sets annotated before content forms: direct, infinitive, gerund, clause or np.
 */
export function contentFormOf(type: string, layout: string, firstContent: string): string {
  if (type === 'direct') return 'direct';
  if (/^to\s/i.test(firstContent)) return 'infinitive';
  if (CLAUSE_LAYOUTS.test(layout) || /^(?:that|whether|if|how|why|what|when|where|who)\b/i.test(firstContent)) return 'clause';
  return /^\p{L}+ing\b/u.test(firstContent) ? 'gerund' : 'np';
}

/** The same entity by name: equal, or one name holds the other ("Putin", "Vladimir Putin"), case aside. */
const sameEntity = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.includes(y) || y.includes(x);
};

/** Characters two span lists share. */
function shared(a: readonly [number, number][], b: readonly [number, number][]): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

const length = (spans: readonly [number, number][]) => spans.reduce((n, [s, e]) => n + e - s, 0);
const overlaps = (a: [number, number] | null, b: [number, number] | null) => (a === null || b === null ? a === b : Math.min(a[1], b[1]) > Math.max(a[0], b[0]));
const outer = (spans: readonly [number, number][]): [number, number] => [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];

export interface Match {
  gold: Attribution;
  predicted: Attribution;
}

/**
 * Pair gold and predicted attributions one to one. Overlap: a prediction shares at least half of the gold
 * content's characters (best shares first); exact: the same outer content span.
 */
export function matchAttributions(gold: readonly Attribution[], predicted: readonly Attribution[]): { overlap: Match[]; exact: Match[] } {
  const pairs: { g: number; p: number; share: number }[] = [];
  for (const [g, a] of gold.entries()) {
    for (const [p, b] of predicted.entries()) {
      const share = shared(a.spans, b.spans);
      if (share * 2 >= length(a.spans) && share > 0) pairs.push({ g, p, share: share / Math.max(length(a.spans), length(b.spans)) });
    }
  }
  pairs.sort((x, y) => y.share - x.share || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const overlap: Match[] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    overlap.push({ gold: gold[g]!, predicted: predicted[p]! });
  }
  const exact: Match[] = [];
  const taken = new Set<number>();
  for (const a of gold) {
    const [s, e] = outer(a.spans);
    const p = predicted.findIndex((b, i) => !taken.has(i) && outer(b.spans)[0] === s && outer(b.spans)[1] === e);
    if (p >= 0) {
      taken.add(p);
      exact.push({ gold: a, predicted: predicted[p]! });
    }
  }
  return { overlap, exact };
}

/** Counts for one table row: gold-side matches give recall and accuracies, predicted-side ones precision. */
interface Tally {
  gold: number;
  predicted: number;
  goldMatched: number;
  predictedMatched: number;
  goldExact: number;
  predictedExact: number;
  speaker: number;
  cue: number;
  type: number;
  /** matches whose gold names a speaker entity, and those the prediction resolved to it */
  entityGold: number;
  entity: number;
}

const emptyTally = (): Tally => ({ gold: 0, predicted: 0, goldMatched: 0, predictedMatched: 0, goldExact: 0, predictedExact: 0, speaker: 0, cue: 0, type: 0, entityGold: 0, entity: 0 });

function f1(matchedPredicted: number, predicted: number, matchedGold: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted === 0 ? 0 : matchedPredicted / predicted;
  const r = gold === 0 ? 0 : matchedGold / gold;
  return { p: pct(p), r: pct(r), f: pct(p + r === 0 ? 0 : (2 * p * r) / (p + r)) };
}

function summary(t: Tally) {
  const overlap = f1(t.predictedMatched, t.predicted, t.goldMatched, t.gold);
  const exact = f1(t.predictedExact, t.predicted, t.goldExact, t.gold);
  const acc = (n: number) => (t.goldMatched === 0 ? 0 : pct(n / t.goldMatched));
  return { ...overlap, exact: exact.f, speaker: acc(t.speaker), cue: acc(t.cue), type: acc(t.type), entity: t.entityGold === 0 ? 0 : pct(t.entity / t.entityGold) };
}

function readGold(file: string) {
  const docs = readGoldLines(file, GoldDocSchema, '{"id","text","quotes":[{"type","content":[s,e],"speaker":[s,e]|null,"cue":[s,e]|null,"speech_cue"}]}');
  docs.forEach((doc, i) => {
    for (const [k, q] of doc.quotes.entries()) {
      const spans = [q.content, ...(q.content_spans ?? []), ...(q.speaker ? [q.speaker] : []), ...(q.cue ? [q.cue] : [])];
      if (spans.some(([, e]) => e > doc.text.length)) throw new EvalInputError(`document ${i + 1} (${doc.id}): quotes.${k}: an offset lies past the end of the text`);
    }
  });
  return docs;
}

export const scorer: Scorer = {
  task: 'quotes',
  format: '{"id","text","quotes":[{"type":"direct|indirect|mixed","content":[s,e],"content_spans":[[s,e],…],"speaker":[s,e]|null,"cue":[s,e]|null,"speech_cue":bool}]} per line',
  async score(file: string): Promise<EvalReport> {
    const docs = readGold(file);
    const lex = loadQuoteLexicons();
    const classOf = new Map<string, string>([...lex.cueForms.values(), ...[...lex.phraseStarts.values()].flat()].map((c) => [c.lemma, c.class]));
    const pipeline = defaultPipeline();
    const rows = new Map<string, Tally>();
    const tally = (key: string) => rows.get(key) ?? rows.set(key, emptyTally()).get(key)!;
    for (const d of docs) {
      const gold: Attribution[] = d.quotes.map((q) => ({
        type: q.type,
        layout: q.layout ?? '-',
        spans: q.content_spans ?? [q.content],
        speaker: q.speaker,
        cue: q.cue,
        speech: q.speech_cue,
        cueClass: q.cue_class ?? '-',
        form: q.form ?? '-',
        contentForm: q.content_form ?? contentFormOf(q.type, q.layout ?? '-', d.text.slice(...(q.content_spans?.[0] ?? q.content))),
        entity: q.speaker_entity ?? null,
      }));
      const doc = pipeline.analyze({ text: d.text, id: d.id });
      const predicted: Attribution[] = doc.quotes.map((q) => ({
        type: q.type,
        layout: q.layout,
        spans: q.content.map((c) => [c.start, c.end] as [number, number]),
        speaker: q.speaker.mention ? [q.speaker.mention.start, q.speaker.mention.end] : null,
        cue: q.cue ? [q.cue.start, q.cue.end] : null,
        speech: q.cue !== null && (classOf.get(q.cue.lemma) === 'speech' || q.cue.lemma === 'according to'),
        // A noun cue shares its lemma with a verb ("claim", "report"): its layout says which it was.
        cueClass: q.layout === 'noun' ? 'noun' : q.cue ? classOf.get(q.cue.lemma) ?? (lex.raising.has(q.cue.lemma) ? 'sourceless' : '-') : q.layout === 'colon' || q.layout === 'dash' ? 'punctuation' : '-',
        form: q.form ?? '-',
        contentForm: contentFormOf(q.type, q.layout, q.content[0]?.text ?? ''),
        entity: q.speaker.entity ? q.speaker.name : null,
      }));
      const keysOf = (x: Attribution) => [
        'all', ...(x.speech ? ['speech cue'] : []), `type ${x.type}`, `layout ${x.layout}`, `class ${x.cueClass ?? '-'}`, `form ${x.form ?? '-'}`, `content ${x.contentForm ?? '-'}`,
      ];
      for (const x of gold) for (const k of keysOf(x)) tally(k).gold++;
      for (const x of predicted) for (const k of keysOf(x)) tally(k).predicted++;
      const { overlap, exact } = matchAttributions(gold, predicted);
      for (const m of exact) {
        for (const k of keysOf(m.gold)) tally(k).goldExact++;
        for (const k of keysOf(m.predicted)) tally(k).predictedExact++;
      }
      for (const m of overlap) {
        for (const k of keysOf(m.gold)) {
          const t = tally(k);
          t.goldMatched++;
          if (overlaps(m.gold.speaker, m.predicted.speaker)) t.speaker++;
          if (overlaps(m.gold.cue, m.predicted.cue)) t.cue++;
          if (m.gold.type === m.predicted.type) t.type++;
          if (m.gold.entity) {
            t.entityGold++;
            if (m.predicted.entity && sameEntity(m.gold.entity, m.predicted.entity)) t.entity++;
          }
        }
        for (const k of keysOf(m.predicted)) tally(k).predictedMatched++;
      }
    }
    const header = ['attributions', 'gold', 'predicted', 'P overlap', 'R overlap', 'F1 overlap', 'F1 exact', 'speaker acc', 'entity acc', 'cue acc', 'type acc'];
    const order = [...rows.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const table = order.map((key) => {
      const t = rows.get(key)!;
      const s = summary(t);
      return [key, t.gold, t.predicted, s.p, s.r, s.f, s.exact, s.speaker, t.entityGold === 0 ? '-' : s.entity, s.cue, s.type];
    });
    const all = summary(rows.get('all') ?? emptyTally());
    const speech = summary(rows.get('speech cue') ?? emptyTally());
    const n = rows.get('all')?.gold ?? 0;
    return {
      title: `quotes: ${docs.length} documents, ${n} gold attributions (overlap: a prediction shares at least half of the gold content's characters)`,
      header,
      rows: table,
      notes: [
        'by type, layout, class, form and content: gold count, recall and accuracies use the gold label; predicted count and precision use the predicted one',
        'speaker acc: the mention overlaps the gold mention; entity acc: where gold names the speaker entity, the prediction resolved to it',
        "content forms of predictions (and of gold sets without them) are read from type, layout and first word; object + predicate counts as np",
      ],
      figures: {
        task: 'quotes',
        contentF1Exact: all.exact,
        contentF1Overlap: all.f,
        speakerAccuracy: all.speaker,
        speakerEntityAccuracy: all.entity,
        cueAccuracy: all.cue,
        speechCueContentF1Overlap: speech.f,
        speechCueSpeakerAccuracy: speech.speaker,
        speechCueCueAccuracy: speech.cue,
        n,
      },
    };
  },
};

const RANKS = ['all', 'speech cue', 'type', 'class', 'form', 'content', 'layout'];

function rank(key: string): number {
  const r = RANKS.findIndex((k) => key === k || key.startsWith(`${k} `));
  return r < 0 ? RANKS.length : r;
}
