/**
 * Hand-built Docs for store, export and ingest tests: full layers (entities, quotes, events) without
 * waiting for the analysis stages. Offsets are found with indexOf, so spans always match the text.
 */
import { emptyDoc, spanOf, type Doc, type Entity, type EntityType, type QuoteForm } from '../model/index.ts';
import type { ArticleInput } from './contract.ts';
import { contentHash } from './content-hash.ts';
import type { CanonicalEntity } from './rows.ts';

export interface FixtureEntity {
  /** canonical id to link to (ent_…) */
  canonical: string;
  name: string;
  type: EntityType;
  country: string | null;
  actorCode: string | null;
  /** surfaces as they appear in the text, each mentioned at its first occurrence after the previous one */
  surfaces: string[];
}

export interface FixtureSpec {
  text: string;
  published: string | null;
  title?: string;
  url?: string;
  entities?: FixtureEntity[];
  /** content: the exact quoted words; speaker: index into entities */
  /** form: left out, as on a Doc made before the quotes stage set forms */
  quotes?: { content: string; speaker: number; stance?: number; form?: QuoteForm }[];
  events?: { trigger: string; source: number; target: number; code: string; goldstein: number; quadClass: number; date?: string }[];
  duplicateOf?: string | null;
  minhash?: number[];
}

function find(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return at;
}

export function fixtureDoc(spec: FixtureSpec): Doc {
  const { text } = spec;
  const doc = emptyDoc(text, { id: spec.title ?? null, published: spec.published });
  doc.stages = ['fixture'];
  let start = 0;
  for (const [i, line] of text.split(/(?<=[.!?]) /).entries()) {
    const at = find(text, line, start);
    doc.sentences.push({ id: `s${i + 1}`, paragraph: 0, ...spanOf(text, at, at + line.length) });
    start = at + line.length;
  }
  doc.paragraphs.push({ id: 'p1', line: 1, ...spanOf(text, 0, text.length) });
  const entities = spec.entities ?? [];
  entities.forEach((fe, i) => {
    const entity: Entity = {
      id: `e${i + 1}`, name: fe.name, type: fe.type, aliases: [...new Set(fe.surfaces.filter((s) => s !== fe.name))], mentions: [],
      country: fe.country, countrySource: fe.country ? 'dictionary' : null, actorCode: fe.actorCode, role: null, affiliation: null,
    };
    let from = 0;
    for (const surface of fe.surfaces) {
      const at = find(text, surface, from);
      from = at + surface.length;
      const id = `m${doc.mentions.length + 1}`;
      doc.mentions.push({ id, type: fe.type, entity: entity.id, source: 'tagger', nominal: false, ...spanOf(text, at, at + surface.length) });
      entity.mentions.push(id);
    }
    doc.entities.push(entity);
  });
  doc.mentions.sort((a, b) => a.start - b.start);
  for (const [i, q] of (spec.quotes ?? []).entries()) {
    const at = find(text, q.content);
    const speaker = doc.entities[q.speaker]!;
    const mention = doc.mentions.find((m) => m.entity === speaker.id)!;
    doc.quotes.push({
      id: `q${i + 1}`, type: 'direct', ...spanOf(text, Math.min(at, mention.start), Math.max(at + q.content.length, mention.end)),
      content: [spanOf(text, at, at + q.content.length)], cue: null,
      speaker: { kind: 'person', name: speaker.name, mention: spanOf(text, mention.start, mention.end), entity: speaker.id, resolved: false,
        countries: speaker.country ? [speaker.country] : [], role: null, affiliation: null },
      layout: 'said-that', nestedIn: null, ...(q.form ? { form: q.form } : {}),
      stance: q.stance === undefined ? null : { label: q.stance < 0 ? 'negative' : 'positive', score: q.stance, cues: [] },
    });
  }
  for (const [i, v] of (spec.events ?? []).entries()) {
    const at = find(text, v.trigger);
    const actor = (index: number) => {
      const e = doc.entities[index]!;
      const m = doc.mentions.find((x) => x.entity === e.id)!;
      return { code: e.actorCode ?? e.country ?? '---', country: e.country, role: null, entity: e.id, mention: spanOf(text, m.start, m.end) };
    };
    const sentence = doc.sentences.findIndex((s) => at >= s.start && at < s.end);
    doc.events.push({
      id: `v${i + 1}`, trigger: { ...spanOf(text, at, at + v.trigger.length), lemma: v.trigger.toLowerCase() }, sentence,
      sources: [actor(v.source)], targets: [actor(v.target)],
      cameo: { code: v.code, name: `code ${v.code}`, root: v.code.slice(0, 2), goldstein: v.goldstein, quadClass: v.quadClass },
      plover: { event: null, mode: null, context: [] }, modality: 'asserted',
      date: { value: v.date ?? spec.published, timex: null }, quote: null, reason: 'fixture',
    });
  }
  return doc;
}

/** A complete ArticleInput whose entities link to the fixture's canonical ids. */
export function fixtureArticle(spec: FixtureSpec): ArticleInput & { doc: Doc } {
  const doc = fixtureDoc(spec);
  return {
    id: contentHash(spec.text),
    meta: { name: spec.title ?? null, title: spec.title ?? null, url: spec.url ?? null, source: null, published: spec.published, language: 'eng' },
    status: 'analyzed',
    doc,
    duplicateOf: spec.duplicateOf ?? null,
    similarity: spec.duplicateOf ? 0.9 : null,
    minhash: spec.minhash ?? [],
    links: (spec.entities ?? []).map((fe, i) => {
      const entity: CanonicalEntity = {
        id: fe.canonical, name: fe.name, type: fe.type, country: fe.country, actorCode: fe.actorCode, role: null,
        aliases: doc.entities[i]!.aliases,
      };
      return { docEntity: `e${i + 1}`, entity, keys: [fe.name.split(' ').pop()!.toLowerCase()] };
    }),
  };
}

export const PUTIN: Omit<FixtureEntity, 'surfaces'> = { canonical: 'ent_putin', name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', actorCode: 'RUSGOV' };
export const RUSSIA: Omit<FixtureEntity, 'surfaces'> = { canonical: 'ent_rus', name: 'Russia', type: 'GPE', country: 'RUS', actorCode: 'RUS' };
export const CHINA: Omit<FixtureEntity, 'surfaces'> = { canonical: 'ent_chn', name: 'China', type: 'GPE', country: 'CHN', actorCode: 'CHN' };
export const USA: Omit<FixtureEntity, 'surfaces'> = { canonical: 'ent_usa', name: 'United States', type: 'GPE', country: 'USA', actorCode: 'USA' };

/** A small article: Putin talks about sanctions, Russia consults China and criticises the United States. */
export function putinArticle(published: string | null, variant = ''): FixtureSpec {
  const text = `Vladimir Putin met officials in Moscow${variant}. "We will never accept sanctions against Russia," Putin said. ` +
    `Russia consulted China on trade. Russia criticised the United States over tariffs.`;
  return {
    text, published, title: `Putin on sanctions${variant}`, url: `https://example.com/putin${variant.replace(/\W/g, '-')}`,
    entities: [
      { ...PUTIN, surfaces: ['Vladimir Putin', 'Putin'] },
      { ...RUSSIA, surfaces: ['Russia', 'Russia', 'Russia'] },
      { ...CHINA, surfaces: ['China'] },
      { ...USA, surfaces: ['United States'] },
    ],
    quotes: [{ content: 'We will never accept sanctions against Russia', speaker: 0, stance: -0.5 }],
    events: [
      { trigger: 'consulted', source: 1, target: 2, code: '040', goldstein: 1, quadClass: 1 },
      { trigger: 'criticised', source: 1, target: 3, code: '111', goldstein: -2, quadClass: 3 },
    ],
  };
}
