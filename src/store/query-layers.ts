/**
 * What the query tables of every adapter hold of an analysed Doc: flat rows, with doc entity ids where
 * canonical ids go (entity resolution links them when the article is written). Ingest computes them in
 * its workers, so the writing thread receives a small object instead of the Doc's object graph.
 */
import { tone } from '../lexicons/tone/tone.ts';
import type { Doc, Entity, Event, Quote, QuoteForm } from '../model/index.ts';

/** A doc entity with what its article adds to the canonical entity's counts. */
export type LayerEntity = Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'country' | 'actorCode' | 'role'> & {
  mentions: number;
  /** quotes it is the speaker of */
  quotes: number;
};

export interface LayerActor {
  code: string;
  country: string | null;
  /** the text naming the actor */
  name: string | null;
  /** doc entity id */
  entity: string | null;
}

export interface LayerQuote extends Pick<Quote, 'id' | 'type' | 'text' | 'start' | 'end'> {
  /** content spans joined with " … " */
  content: string;
  speaker: string | null;
  speakerKind: string;
  /** doc entity id of the speaker */
  speakerEntity: string | null;
  cue: string | null;
  stance: number | null;
  /** doc entities named inside the content, each once, in text order */
  about: string[];
  /** tone of the content (positive minus negative words per 100 words) */
  tone: number | null;
  /** what kind of attribution it is; a Doc made before the quotes stage set forms has statements */
  form: QuoteForm;
}

export interface LayerEvent extends Pick<Event, 'id' | 'modality'> {
  /** TIMEX3 value of the event date */
  date: string | null;
  code: string;
  root: string;
  name: string;
  goldstein: number | null;
  quadClass: number;
  ploverEvent: string | null;
  ploverMode: string | null;
  ploverContext: string[];
  trigger: string;
  /** text of the sentence the event was coded from */
  sentence: string;
  sources: LayerActor[];
  targets: LayerActor[];
}

export interface QueryLayers {
  text: string;
  /** document tone, as GDELT's AvgTone: positive minus negative words per 100 words */
  tone: number | null;
  /** layer sizes of the whole Doc, as the article row counts them */
  counts: { mentions: number; quotes: number; events: number; messages: number };
  sentences: { start: number; end: number; text: string }[];
  entities: LayerEntity[];
  quotes: LayerQuote[];
  events: LayerEvent[];
}

export function queryLayers(doc: Doc): QueryLayers {
  const spoken = new Map<string, number>();
  for (const q of doc.quotes) if (q.speaker.entity) spoken.set(q.speaker.entity, (spoken.get(q.speaker.entity) ?? 0) + 1);
  const named = doc.mentions.filter((m) => m.entity);
  const actors = (list: Event['sources']): LayerActor[] =>
    list.map((a) => ({ code: a.code, country: a.country, name: a.mention?.text ?? null, entity: a.entity }));
  return {
    text: doc.text,
    tone: tone(doc.text),
    counts: { mentions: doc.mentions.length, quotes: doc.quotes.length, events: doc.events.length, messages: doc.messages.length },
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text })),
    entities: doc.entities.map((e) => ({
      id: e.id, name: e.name, type: e.type, aliases: e.aliases, country: e.country, actorCode: e.actorCode, role: e.role,
      mentions: e.mentions.length, quotes: spoken.get(e.id) ?? 0,
    })),
    quotes: doc.quotes.map((q) => ({
      id: q.id, type: q.type, text: q.text, start: q.start, end: q.end, content: q.content.map((c) => c.text).join(' … '),
      speaker: q.speaker.name, speakerKind: q.speaker.kind, speakerEntity: q.speaker.entity, cue: q.cue?.lemma ?? null,
      stance: q.stance?.score ?? null,
      about: [...new Set(named.filter((m) => q.content.some((c) => m.start >= c.start && m.end <= c.end)).map((m) => m.entity!))],
      tone: tone(q.content.map((c) => c.text).join(' ')), form: q.form ?? 'statement',
    })),
    events: doc.events.map((v) => ({
      id: v.id, date: v.date.value, code: v.cameo.code, root: v.cameo.root, name: v.cameo.name, goldstein: v.cameo.goldstein,
      quadClass: v.cameo.quadClass, ploverEvent: v.plover.event, ploverMode: v.plover.mode, ploverContext: v.plover.context,
      modality: v.modality, trigger: v.trigger.text, sentence: doc.sentences[v.sentence]?.text ?? '',
      sources: actors(v.sources), targets: actors(v.targets),
    })),
  };
}
