/** Stored rows to contract rows: both adapters name their columns alike, and this is how each row maps. */
import type { ArticleRow, CanonicalEntity, EntityRow, EventRow, QuoteRow } from './rows.ts';

export type Row = Record<string, any>;

export function articleRow(r: Row): ArticleRow {
  return {
    id: r.id, name: r.name, title: r.title, url: r.url, source: r.source, published: r.published, language: r.language,
    status: r.status, chars: r.chars, duplicateOf: r.duplicate_of, similarity: r.similarity,
    mentions: r.mentions, quotes: r.quotes, events: r.events, messages: r.messages, tone: r.tone,
  };
}

function canonicalEntity(r: Row): CanonicalEntity {
  return { id: r.id, name: r.name, type: r.type, country: r.country, actorCode: r.actor_code, role: r.role, aliases: JSON.parse(r.aliases) };
}

export function entityRow(r: Row): EntityRow {
  return { ...canonicalEntity(r), articles: r.articles, mentions: r.mentions, quotes: r.quotes };
}

export function eventRow(r: Row): EventRow {
  return {
    article: r.article_id, id: r.eid, published: r.published, date: r.date, sources: JSON.parse(r.sources), targets: JSON.parse(r.targets),
    code: r.code, root: r.root, name: r.name, goldstein: r.goldstein, quadClass: r.quad_class, ploverEvent: r.plover_event,
    ploverMode: r.plover_mode, ploverContext: JSON.parse(r.plover_context), modality: r.modality, trigger: r.trigger,
    sentence: r.sentence, title: r.title, url: r.url,
  };
}

/** A quote row with the canonical ids of the entities its content names. */
export function quoteRow(r: Row, about: string[]): QuoteRow {
  return {
    article: r.article_id, id: r.qid, published: r.published, type: r.type, text: r.text, content: r.content, start: r.start,
    end: r.end, speaker: r.speaker, speakerKind: r.speaker_kind, speakerEntity: r.speaker_entity, cue: r.cue, stance: r.stance,
    about, tone: r.tone, form: r.form, title: r.title, url: r.url,
  };
}
