import { defineStage } from '../../pipeline/stage.ts';
import { spanOf, syntaxOf, type Doc, type Entity, type EntityType, type Mention, type Syntax } from '../../model/index.ts';
import { loadQuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import { referenceMentions } from './references.ts';
import { entityLexicons, type EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { resolveDescription } from './resolve-description.ts';

const words = (name: string) => name.split(/\s+/).filter(Boolean);
const norm = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
const compatible = (a: EntityType, b: EntityType) => a === b || (a === 'GPE' && b === 'LOC') || (a === 'LOC' && b === 'GPE');

/**
 * Other names an entity answers to, read off its name: "Intermediate-Range Nuclear Forces (INF) Treaty" →
 * "INF", "INF Treaty", "Intermediate-Range Nuclear Forces Treaty"; "Chinese Ministry of Foreign Affairs" →
 * "Ministry of Foreign Affairs" (the country word is the link stage's business).
 */
export function derivedAliases(name: string, type: EntityType, lexicons: EntityLexicons): string[] {
  const out: string[] = [];
  const inner = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(name);
  if (inner) {
    const [, before, acronym, after] = inner;
    out.push(acronym!, `${before} ${after}`.trim());
    if (after) out.push(`${acronym} ${after}`);
  }
  if (type === 'ORG') {
    const w = words(name);
    let k = 0;
    while (k < w.length - 1) {
      const place = lexicons.places.get(w[k]!.toUpperCase());
      if ((place && place.kind !== 'place') || (k > 0 && (w[k] === 'and' || w[k] === ','))) k++;
      else break;
    }
    if (k > 0 && /^[A-Z]/.test(w[k]!)) out.push(w.slice(k).join(' '));
  }
  return out.filter((a) => a && a !== name);
}

/** Parenthesised right after the previous mention: "New Strategic Arms Reduction Treaty (New START)". */
function inParenthesesAfter(doc: Doc, previous: Mention | undefined, m: Mention): boolean {
  if (!previous) return false;
  return /^\s*\(\s*$/.test(doc.text.slice(previous.end, m.start)) && /^\s*\)/.test(doc.text.slice(m.end, m.end + 3));
}

interface Cluster {
  /** creation order: among several candidates, the latest created wins */
  index: number;
  entity: Entity;
  keys: Set<string>;
  country: string | null;
}

/** Clusters listed under a key, for lookups by key instead of a scan of every cluster per mention. */
class ClusterIndex {
  private readonly sets = new Map<string, Set<Cluster>>();

  add(key: string, cluster: Cluster): void {
    const set = this.sets.get(key);
    if (set) set.add(cluster);
    else this.sets.set(key, new Set([cluster]));
  }

  get(key: string): Iterable<Cluster> {
    return this.sets.get(key) ?? [];
  }
}

/** The latest created of the candidate clusters that passes `test`. */
function latest(candidates: Iterable<Cluster>, test: (c: Cluster) => boolean): Cluster | undefined {
  let best: Cluster | undefined;
  for (const c of candidates) if ((!best || c.index > best.index) && test(c)) best = c;
  return best;
}

/**
 * Cluster the document's mentions into entities: exact names and aliases, surnames and given-name-first
 * short forms of persons ("Putin" ↔ "Vladimir Putin", "Li" ↔ "Li Lifan"), acronyms with their expansion,
 * one entity per country. The canonical name is the fullest proper name. Then nominal descriptions
 * ("the Russian President") that resolve to an introduced person become nominal mentions of it.
 */
export const corefer = defineStage({
  name: 'corefer',
  needs: ['sentences', 'tokens', 'syntax', 'mentions'],
  gives: ['mentions', 'mentions.entity', 'entities'],
  setup: () => ({ lexicons: entityLexicons(), quoteLexicons: loadQuoteLexicons() }),
  run(doc, { lexicons, quoteLexicons }) {
    const clusters: Cluster[] = [];
    const byMention = new Map<string, Cluster>();
    const mentionById = new Map(doc.mentions.map((m) => [m.id, m]));
    // Every key, country and first or last name word a cluster ever had: candidates, checked again below.
    const byKey = new ClusterIndex();
    const byCountry = new ClusterIndex();
    const byNameEnd = new ClusterIndex();
    const indexName = (c: Cluster) => {
      const cw = words(norm(c.entity.name));
      byNameEnd.add(`first ${cw[0]}`, c);
      byNameEnd.add(`last ${cw[cw.length - 1]}`, c);
    };
    const countryOf = (m: { text: string; type: EntityType }) => {
      const place = m.type === 'GPE' ? lexicons.places.get(m.text.toUpperCase()) : undefined;
      return place && place.kind === 'country' ? place.country : null;
    };
    let previous: Mention | undefined;
    for (const m of doc.mentions) {
      const key = norm(m.text);
      const country = countryOf(m);
      let target: Cluster | undefined;
      if (inParenthesesAfter(doc, previous, m)) target = byMention.get(previous!.id);
      target ??= latest([...byKey.get(key), ...(country !== null ? byCountry.get(country) : [])],
        (c) => compatible(c.entity.type, m.type) && (c.keys.has(key) || (country !== null && c.country === country)));
      if (!target && m.type !== 'NORP') {
        const mw = words(key);
        const candidates = m.type === 'PERSON' ? mw.flatMap((w) => [...byNameEnd.get(`first ${w}`)]) : [];
        if (mw.length === 1) candidates.push(...byNameEnd.get(`first ${mw[0]}`), ...byNameEnd.get(`last ${mw[0]}`));
        target = latest(candidates, (c) => {
          const cw = words(norm(c.entity.name));
          // A fuller form of a name seen before ("Vladimir Putin" after "Putin", even if the tagger typed
          // the lone word otherwise), unless that word is a known country.
          if (m.type === 'PERSON' && mw.length > cw.length && cw.every((w) => mw.includes(w))) {
            return c.entity.type === 'PERSON' || (cw.length === 1 && c.entity.type !== 'NORP' && c.country === null);
          }
          // A short form: the first or last word of a person's name ("Li", "Putin"), of any tagged type.
          if (c.entity.type !== 'PERSON') return false;
          return mw.length === 1 && cw.length > 1 && (cw[0] === mw[0] || cw[cw.length - 1] === mw[0]);
        });
        if (target && m.type !== 'PERSON') m.type = 'PERSON';
        if (target && target.entity.type !== 'PERSON') {
          target.entity.type = 'PERSON';
          for (const id of target.entity.mentions) mentionById.get(id)!.type = 'PERSON';
        }
      }
      if (!target) {
        target = {
          index: clusters.length,
          entity: { id: '', name: m.text, type: m.type, aliases: [], mentions: [], country: null, countrySource: null, actorCode: null, role: null, affiliation: null },
          keys: new Set(),
          country,
        };
        clusters.push(target);
        if (country !== null) byCountry.add(country, target);
        indexName(target);
      }
      const e = target.entity;
      e.mentions.push(m.id);
      if (e.type === 'PERSON' && words(m.text).length > words(e.name).length) {
        if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
        e.name = m.text;
        indexName(target);
      }
      for (const alias of [m.text, ...derivedAliases(m.text, e.type, lexicons)]) {
        if (alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
        target.keys.add(norm(alias));
        byKey.add(norm(alias), target);
      }
      byMention.set(m.id, target);
      previous = m;
    }
    clusters.forEach((c, i) => {
      c.entity.id = `e${i + 1}`;
      c.entity.aliases = c.entity.aliases.filter((a) => a !== c.entity.name);
      for (const id of c.entity.mentions) mentionById.get(id)!.entity = c.entity.id;
    });
    doc.entities = clusters.map((c) => c.entity);
    const syntax = syntaxOf(doc);
    addMentions(doc, titledDescriptions(doc, syntax, lexicons));
    addMentions(doc, referenceMentions(doc, syntax, lexicons, quoteLexicons));
  },
});

/** "the [country word] Title" phrases that resolve to an introduced person, as nominal mentions. */
function titledDescriptions(doc: Doc, syntax: Syntax, lexicons: EntityLexicons): Mention[] {
  const titles = new Set([...lexicons.agents.keys()].filter((p) => !p.includes(' ')));
  const added: Mention[] = [];
  doc.tokens.forEach((t, i) => {
    if (!/^the$/i.test(t.text)) return;
    let j = i + 1;
    const next = doc.tokens[j];
    if (next && next.sentence === t.sentence && lexicons.places.get(next.text.toUpperCase())?.kind === 'demonym') j++;
    const head = doc.tokens[j];
    if (!head || head.sentence !== t.sentence || !titles.has(head.text.toUpperCase()) || !/^[A-Z]/.test(head.text)) return;
    const span = spanOf(doc.text, t.start, head.end);
    const entity = resolveDescription(doc, syntax, doc.entities, span, lexicons);
    if (!entity) return;
    added.push({ id: '', ...span, type: 'PERSON', entity: entity.id, source: 'coreference', nominal: true });
  });
  return added;
}

/** Add resolved mentions: all mentions are renumbered in text order, and entity mention lists follow. */
function addMentions(doc: Doc, added: readonly Mention[]): void {
  if (added.length === 0) return;
  const all = [...doc.mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  const renamed = new Map<Mention, string>();
  all.forEach((m, k) => renamed.set(m, `m${k + 1}`));
  const oldToNew = new Map(doc.mentions.map((m) => [m.id, renamed.get(m)!]));
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const e of doc.entities) e.mentions = e.mentions.map((id) => oldToNew.get(id)!);
  for (const m of added) byId.get(m.entity!)!.mentions.push(renamed.get(m)!);
  for (const m of all) m.id = renamed.get(m)!;
  for (const e of doc.entities) e.mentions.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  doc.mentions = all;
}
