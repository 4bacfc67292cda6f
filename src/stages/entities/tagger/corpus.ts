import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { NerFileError } from './errors.ts';

/** The tagger's entity types, CoNLL-2003's. GMB labels are mapped onto them (see GMB_TYPES). */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** BIO labels: index 0 is O, then B-T, I-T for each type in NER_TYPES order. */
export const LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Which annotation convention a document follows: the tagger has a few convention-specific features. */
export type Convention = 'conll' | 'gmb';

/** GMB → CoNLL types; tim is a time expression (the dates stage's business), so it maps to O. */
const GMB_TYPES: Record<string, NerType | null> = {
  per: 'PER', org: 'ORG', geo: 'LOC', gpe: 'LOC', art: 'MISC', eve: 'MISC', nat: 'MISC', tim: null,
};

export interface NerSentence {
  tokens: string[];
  /** Label indices into LABELS. */
  labels: number[];
}
export interface NerDoc {
  id: string;
  convention: Convention;
  sentences: NerSentence[];
}

const LineSchema = z.object({
  id: z.string(),
  sentences: z.array(z.object({ tokens: z.array(z.string()), ner: z.array(z.string()) })),
});

const FORMAT_FIX =
  'expected JSON Lines of {"id","sentences":[{"tokens":[…],"ner":[…]}]} with IOB2 tags (CoNLL-2003 or GMB, as in ../shared/data/conll2003)';

/** Map one gold tag (CoNLL `B-PER` or GMB `B-geo`) to a label index; null when the tag is unknown. */
export function labelIndex(tag: string): number | null {
  if (tag === 'O') return 0;
  const match = /^([BI])-(\w+)$/.exec(tag);
  if (!match) return null;
  const raw = match[2]!;
  const type = (NER_TYPES as readonly string[]).includes(raw) ? (raw as NerType) : GMB_TYPES[raw];
  if (type === undefined) return null;
  if (type === null) return 0;
  return LABELS.indexOf(`${match[1]}-${type}`);
}

/**
 * Read a CoNLL-2003 or GMB JSONL file. Tags are mapped to the tagger's labels and repaired to valid IOB2
 * (an I- after O or after another type becomes B-, as conlleval reads it). Throws NerFileError on any
 * line that is not in the format.
 */
export function readNerCorpus(file: string): NerDoc[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new NerFileError(file, 'cannot read the training file', 'check the path (e.g. ../shared/data/conll2003/train.jsonl)');
  }
  const docs: NerDoc[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    let parsed;
    try {
      parsed = LineSchema.safeParse(JSON.parse(line));
    } catch {
      throw new NerFileError(file, `line ${n + 1} is not JSON`, FORMAT_FIX);
    }
    if (!parsed.success) throw new NerFileError(file, `line ${n + 1} is not an NER document`, FORMAT_FIX);
    const convention: Convention = parsed.data.sentences.some((s) => s.ner.some((t) => /-[a-z]+$/.test(t))) ? 'gmb' : 'conll';
    const sentences: NerSentence[] = [];
    for (const s of parsed.data.sentences) {
      if (s.tokens.length !== s.ner.length) {
        throw new NerFileError(file, `line ${n + 1}: a sentence has ${s.tokens.length} tokens but ${s.ner.length} tags`, FORMAT_FIX);
      }
      const labels = s.ner.map((tag) => {
        const index = labelIndex(tag);
        if (index === null) throw new NerFileError(file, `line ${n + 1}: unknown tag "${tag}"`, FORMAT_FIX);
        return index;
      });
      if (s.tokens.length > 0) sentences.push({ tokens: s.tokens, labels: repairBio(labels) });
    }
    docs.push({ id: parsed.data.id, convention, sentences });
  }
  if (docs.length === 0) throw new NerFileError(file, 'holds no documents', FORMAT_FIX);
  return docs;
}

/**
 * The frozen tenth (issue 13): CoNLL-2003 train articles whose number is a multiple of ten
 * (`conll2003-train-0010`, `-0020`, … `-0940`: 94 of 946). Held out before any tuning of the round that
 * made it; the trainer never learns from them, so their score is an in-domain figure no model saw.
 */
export function inFrozenTenth(id: string): boolean {
  const match = /^conll2003-train-(\d+)$/.exec(id);
  return match !== null && Number(match[1]) % 10 === 0;
}

/** I-T that does not continue a T entity starts one (conlleval's reading of IOB1-style starts). */
export function repairBio(labels: number[]): number[] {
  return labels.map((label, i) => {
    if (label === 0 || label % 2 === 1) return label;
    const prev = i > 0 ? labels[i - 1]! : 0;
    return prev === label || prev === label - 1 ? label : label - 1;
  });
}

/** Entity spans `[start, end, type]` of a BIO label sequence. */
export function spansOf(labels: readonly number[]): [number, number, NerType][] {
  const spans: [number, number, NerType][] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i <= labels.length; i++) {
    const label = i < labels.length ? labels[i]! : 0;
    const t = label === 0 ? -1 : (label - 1) >> 1;
    const begins = label !== 0 && (label % 2 === 1 || t !== type);
    if (start >= 0 && (label === 0 || begins)) {
      spans.push([start, i, NER_TYPES[type]!]);
      start = -1;
      type = -1;
    }
    if (begins) {
      start = i;
      type = t;
    }
  }
  return spans;
}
