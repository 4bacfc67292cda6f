import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

export const CUE_CLASSES = ['speech', 'attitude', 'stance', 'evidential', 'light-verb', 'noun', 'preposition', 'sourceless'] as const;
export type CueClass = (typeof CUE_CLASSES)[number];
// Absent: 'clause' and no particles (filled in by `cueOf`: the file is read as it is).
const Frame = z.enum(['clause', 'both', 'object']).optional();

const CueSchema = z.object({
  about: z.string(),
  verbs: z.array(z.object({
    lemma: z.string().regex(/^[a-z]+$/),
    class: z.enum(CUE_CLASSES),
    frame: Frame,
    particles: z.array(z.string()).optional(),
    irregular: z.array(z.string()).optional(),
    object: z.boolean().optional(),
  })),
  phrases: z.array(z.object({
    words: z.array(z.string()).min(2),
    lemma: z.string(),
    class: z.enum(CUE_CLASSES),
    frame: Frame,
    particles: z.array(z.string()).optional(),
    verb: z.boolean().optional(),
    irregular: z.array(z.string()).optional(),
  })),
  nouns: z.array(z.object({ lemma: z.string().regex(/^[a-z]+$/), takes: z.array(z.enum(['that', 'to'])), particles: z.array(z.string()) })),
  quoting: z.array(z.string()),
  raising: z.array(z.string()),
  settings: z.array(z.string()),
  naming: z.array(z.string()),
});

const SpeakerWordsSchema = z.object({
  about: z.string(),
  groupHeads: z.array(z.string()),
  unnamedHeads: z.array(z.string()),
  unnamedDeterminers: z.array(z.string()),
  organizationHeads: z.array(z.string()),
  personRoles: z.array(z.string()),
  titles: z.array(z.string()),
  pronouns: z.record(z.string(), z.enum(['person', 'group', 'organization'])),
});

const StanceSchema = z.object({
  about: z.string(),
  entries: z.array(z.object({ text: z.string().min(1), kind: z.enum(['hedge', 'certainty', 'polarity']), weight: z.number().min(-1).max(1) })),
  negators: z.array(z.string()),
});

export interface CueWord {
  lemma: string;
  class: CueClass;
  /** A verb of saying (the speech class). */
  speech: boolean;
  /** What content it takes: only a clause, a clause or other content, or never a clause. */
  frame: 'clause' | 'both' | 'object';
  /** Prepositions right after it that belong to the cue ("called for"). */
  particles: ReadonlySet<string>;
  /** Takes an addressee before its content ("told reporters that"). */
  object: boolean;
}

/** A multi-word cue ("according to", "expressed concern"), keyed by the form of its first word. */
export interface CuePhrase extends CueWord {
  /** the words after the first */
  rest: string[];
}

/** A reporting noun ("her claim that …", "the decision to …", "reports of torture"). */
export interface NounCue extends CueWord {
  /** "that" when a that-clause may follow, "to" when an infinitive may */
  takes: ReadonlySet<'that' | 'to'>;
}

export interface StanceEntry {
  words: string[];
  kind: 'hedge' | 'certainty' | 'polarity';
  weight: number;
}

export interface QuoteLexicons {
  /** Every inflected form (lower case) of a reporting verb → its entry. */
  cueForms: Map<string, CueWord>;
  /** Multi-word cues ("according to", "expressed concern") by every form of their first word, longest first. */
  phraseStarts: Map<string, CuePhrase[]>;
  /** Singular and plural forms of the reporting nouns → their entry. */
  nounForms: Map<string, NounCue>;
  /** Every word a cue can start with (a verb form, a phrase's first word, a raising participle): one look-up rules out most words. */
  cueStarts: Set<string>;
  /** Passive participles of source-less raising: "X is expected / believed / said to V". */
  raising: Set<string>;
  /** Verbs that introduce a quoted speaker: "quoted X as saying". */
  quoting: Set<string>;
  /** Reporting nouns naming where words were said: "in a statement", "on state radio". */
  settings: Set<string>;
  /** Words before quotation marks around a name ("dubbed 'X'"): no one is quoted. */
  naming: Set<string>;
  groupHeads: Set<string>;
  unnamedHeads: Set<string>;
  unnamedDeterminers: Set<string>;
  organizationHeads: Set<string>;
  personRoles: Set<string>;
  titles: Set<string>;
  pronouns: Map<string, 'person' | 'group' | 'organization'>;
  /** Stance entries keyed by their first word, longest first. */
  stance: Map<string, StanceEntry[]>;
  negators: Set<string>;
}

const read = <S extends z.ZodType>(schema: S, name: string): z.infer<S> => readLexicon(`quotes/${name}`, schema);

/** Regular English inflections of a verb lemma: says, said-like -ed, -ing. */
export function inflect(lemma: string): string[] {
  const forms = [lemma];
  if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  else if (/e$/.test(lemma)) forms.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  else forms.push(lemma + 's', lemma + 'ed', lemma + 'ing');
  // admit → admitted, regret → regretting: a final consonant after one short vowel may double (a spare form is harmless).
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(lemma)) forms.push(lemma + lemma.at(-1) + 'ed', lemma + lemma.at(-1) + 'ing');
  return forms;
}

/** A noun's regular plural: reports, allegations, speeches, inquiries. */
export function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return /(s|sh|ch|x|z)$/.test(noun) ? noun + 'es' : noun + 's';
}

/** Load the cue, speaker-word and stance lexicons (once per process, from the stage's setup). */
export const loadQuoteLexicons = once((): QuoteLexicons => {
  const cues = read(CueSchema, 'cues.json');
  const words = read(SpeakerWordsSchema, 'speakers.json');
  const stance = read(StanceSchema, 'stance.json');
  const cueForms = new Map<string, CueWord>();
  const cueOf = (v: { lemma: string; class: CueClass; frame?: CueWord['frame']; particles?: string[]; object?: boolean }): CueWord => ({
    lemma: v.lemma, class: v.class, speech: v.class === 'speech', frame: v.frame ?? 'clause', particles: new Set(v.particles ?? []), object: v.object ?? false,
  });
  for (const verb of cues.verbs) {
    const entry = cueOf(verb);
    for (const form of [...inflect(verb.lemma), ...(verb.irregular ?? [])]) cueForms.set(form, entry);
  }
  const phraseStarts = new Map<string, CuePhrase[]>();
  for (const p of cues.phrases) {
    const phrase: CuePhrase = { ...cueOf(p), rest: p.words.slice(1) };
    for (const form of p.verb ? [...inflect(p.words[0]!), ...(p.irregular ?? [])] : [p.words[0]!]) {
      const list = phraseStarts.get(form) ?? [];
      list.push(phrase);
      list.sort((a, b) => b.rest.length - a.rest.length);
      phraseStarts.set(form, list);
    }
  }
  const stanceMap = new Map<string, StanceEntry[]>();
  for (const e of stance.entries) {
    const ws = e.text.split(' ');
    const list = stanceMap.get(ws[0]!) ?? [];
    list.push({ words: ws, kind: e.kind, weight: e.weight });
    stanceMap.set(ws[0]!, list);
  }
  for (const list of stanceMap.values()) list.sort((a, b) => b.words.length - a.words.length);
  const nounForms = new Map<string, NounCue>();
  for (const n of cues.nouns) {
    const entry: NounCue = { ...cueOf({ lemma: n.lemma, class: 'noun', frame: 'object', particles: n.particles }), takes: new Set(n.takes) };
    for (const form of [n.lemma, plural(n.lemma)]) nounForms.set(form, entry);
  }
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const raising = set(cues.raising);
  return {
    cueForms,
    phraseStarts,
    nounForms,
    cueStarts: new Set([...cueForms.keys(), ...phraseStarts.keys(), ...raising]),
    quoting: set(cues.quoting),
    raising,
    settings: set(cues.settings),
    naming: set(cues.naming),
    groupHeads: set(words.groupHeads),
    unnamedHeads: set(words.unnamedHeads),
    unnamedDeterminers: set(words.unnamedDeterminers),
    organizationHeads: set(words.organizationHeads),
    personRoles: set(words.personRoles),
    titles: set(words.titles),
    pronouns: new Map(Object.entries(words.pronouns)),
    stance: stanceMap,
    negators: set(stance.negators),
  };
});
