import { defineStage } from '../../pipeline/stage.ts';
import { spanOf, syntaxOf, type Doc, type Entity, type EntityType, type Mention, type Syntax, type Word } from '../../model/index.ts';
import { loadQuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import { referenceMentions } from './references.ts';
import { surnameIntroductions } from './surname-introductions.ts';
import { givenNamesOf, missedShortForms, shortFormOf } from './short-forms.ts';
import { entityLexicons, type EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { descriptionIndex, resolveDescription, type DescriptionIndex } from './resolve-description.ts';
import { loadWireLexicons } from '../../lexicons/entities/wire-lexicons.ts';
import { canonicalName, type Form } from './names.ts';
import { spacedOnce } from '../../lexicons/entities/actor-codes.ts';
import { loadNameHeads } from '../../lexicons/entities/name-heads.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const LOWER = /\p{Ll}/u;

// Almost every name is spaced once (single spaces between words): it is split and keyed without a regex.
const words = (name: string) => (name === '' ? [] : spacedOnce(name) ? name.split(' ') : name.split(/\s+/).filter(Boolean));
const norm = (name: string) => {
  const lower = name.toLowerCase();
  return spacedOnce(lower) ? lower : lower.replace(/\s+/g, ' ').trim();
};
const compatible = (a: EntityType, b: EntityType) => a === b || (a === 'GPE' && b === 'LOC') || (a === 'LOC' && b === 'GPE');

/**
 * Other names an entity answers to, read off its name: "Intermediate-Range Nuclear Forces (INF) Treaty" →
 * "INF", "INF Treaty", "Intermediate-Range Nuclear Forces Treaty"; "Chinese Ministry of Foreign Affairs" →
 * "Ministry of Foreign Affairs" (the country word is the link stage's business).
 */
export function derivedAliases(name: string, type: EntityType, lexicons: EntityLexicons): string[] {
  const out: string[] = [];
  // Most names hold no parenthesis: the pattern needs one.
  const inner = name.includes('(') ? /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(name) : null;
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
  entity: Entity;
  /** creation order: the latest cluster wins a tie */
  index: number;
  keys: Set<string>;
  country: string | null;
  /** the words of the entity's name, lower case */
  words: string[];
}

/**
 * The clusters found so far, indexed by key, country and name word, so a mention finds the latest cluster it
 * joins among the few that could take it, not by scanning all of them: clustering stays linear in mentions.
 */
class ClusterIndex {
  readonly all: Cluster[] = [];
  readonly #byKey = new Map<string, Cluster[]>();
  readonly #byCountry = new Map<string, Cluster[]>();
  readonly #byWord = new Map<string, Set<Cluster>>();

  add(entity: Entity, country: string | null): Cluster {
    const c: Cluster = { entity, index: this.all.length, keys: new Set(), country, words: [] };
    this.all.push(c);
    if (country) list(this.#byCountry, country).push(c);
    this.rename(c, entity.name);
    return c;
  }

  addKey(c: Cluster, key: string): void {
    if (c.keys.has(key)) return;
    c.keys.add(key);
    list(this.#byKey, key).push(c);
  }

  rename(c: Cluster, name: string): void {
    for (const w of c.words) this.#byWord.get(w)?.delete(c);
    c.entity.name = name;
    c.words = words(norm(name));
    for (const w of c.words) (this.#byWord.get(w) ?? this.#byWord.set(w, new Set()).get(w)!).add(c);
  }

  /** The latest-made cluster with the key or of the country that `accepts`. */
  withKeyOrCountry(key: string, country: string | null, accepts: (c: Cluster) => boolean): Cluster | undefined {
    const byKey = latest(this.#byKey.get(key), accepts, undefined);
    return country ? latest(this.#byCountry.get(country), accepts, byKey) : byKey;
  }

  /** The latest-made cluster that `accepts` among those whose name shares a word with the mention's: all its words for a person, else its one word. */
  sharingWords(mw: readonly string[], person: boolean, accepts: (c: Cluster) => boolean): Cluster | undefined {
    if (!person && mw.length !== 1) return undefined;
    let best: Cluster | undefined;
    for (const w of mw) best = latest(this.#byWord.get(w), accepts, best);
    return best;
  }
}

/** The latest-made cluster among `candidates` that `accepts`, or `best` when none is later. The lists are read as they are, not copied into one. */
function latest(candidates: Iterable<Cluster> | undefined, accepts: (c: Cluster) => boolean, best: Cluster | undefined): Cluster | undefined {
  if (candidates) for (const c of candidates) if ((!best || c.index > best.index) && accepts(c)) best = c;
  return best;
}

function list<K, V>(map: Map<K, V[]>, key: K): V[] {
  return map.get(key) ?? map.set(key, []).get(key)!;
}

/**
 * Cluster the document's mentions into entities: exact names and aliases, surnames and given-name-first
 * short forms of persons ("Putin" ↔ "Vladimir Putin", "Li" ↔ "Li Lifan"), acronyms with their expansion,
 * one entity per country. The canonical name is the fullest proper name. Then a word of a person's full name
 * that the tagger missed later ("after Moon met …") becomes a mention of that person (short-forms.ts), and
 * nominal descriptions ("the Russian President") that resolve to an introduced person become nominal mentions of it.
 */
export const corefer = defineStage({
  name: 'corefer',
  needs: ['sentences', 'syntax', 'mentions'],
  gives: ['mentions', 'mentions.entity', 'entities'],
  setup: () => {
    const lexicons = entityLexicons();
    return { lexicons, titles: oneWordTitles(lexicons), quoteLexicons: loadQuoteLexicons(), wire: loadWireLexicons(), courtesyTitles: loadNameHeads().courtesyTitles };
  },
  run(doc, { lexicons, titles, quoteLexicons, wire, courtesyTitles }) {
    const syntax = syntaxOf(doc);
    const datelineOf = datelineParts(doc, syntax);
    const clusters = new ClusterIndex();
    const byMention = new Map<string, Cluster>();
    const mentionById = new Map(doc.mentions.map((m) => [m.id, m]));
    const countryOf = (m: { text: string; type: EntityType }) => {
      const place = m.type === 'GPE' ? lexicons.places.get(m.text.toUpperCase()) : undefined;
      return place && place.kind === 'country' ? place.country : null;
    };
    let previous: Mention | undefined;
    for (const m of doc.mentions) {
      const key = norm(m.text);
      const country = countryOf(m);
      let target: Cluster | undefined;
      // "Vilnius (AFP)": a dateline's agency is no acronym of its place.
      if (inParenthesesAfter(doc, previous, m) && !datelineOf(m)) target = byMention.get(previous!.id);
      target ??= clusters.withKeyOrCountry(key, country, (c) => compatible(c.entity.type, m.type));
      if (!target && m.type !== 'NORP') {
        const mw = untitledWords(words(key), m.type, titles);
        target = clusters.sharingWords(mw, m.type === 'PERSON', (c) => {
          const cw = c.words;
          // A fuller form of a name seen before ("Vladimir Putin" after "Putin", even if the tagger typed
          // the lone word otherwise), unless that word is a known country.
          if (m.type === 'PERSON' && mw.length > cw.length && cw.every((w) => mw.includes(w))) {
            return c.entity.type === 'PERSON' || (cw.length === 1 && c.entity.type !== 'NORP' && c.country === null);
          }
          // A short form: the first or last word of a person's name ("Li", "Putin"), of any tagged type, or its
          // leading given names ("Ismail Sabri" of "Ismail Sabri Yaakob").
          if (c.entity.type !== 'PERSON') return false;
          return mw.length === 1 ? shortFormOf(cw, mw[0]!) === 'edge' : m.type === 'PERSON' && givenNamesOf(cw, mw);
        });
        // An inner word ("Faki" of "Moussa Faki Mahamat") only where no name starts or ends with it.
        if (!target && mw.length === 1) target = clusters.sharingWords(mw, m.type === 'PERSON', (c) => c.entity.type === 'PERSON' && shortFormOf(c.words, mw[0]!) === 'inner');
        if (target && m.type !== 'PERSON') m.type = 'PERSON';
        if (target && target.entity.type !== 'PERSON') {
          target.entity.type = 'PERSON';
          for (const id of target.entity.mentions) mentionById.get(id)!.type = 'PERSON';
        }
      }
      target ??= clusters.add({ id: '', name: m.text, type: m.type, aliases: [], mentions: [], country: null, countrySource: null, actorCode: null, role: null, affiliation: null }, country);
      const e = target.entity;
      e.mentions.push(m.id);
      // The cluster's words are its name's, in lower case: as many as the name has.
      if (e.type === 'PERSON' && words(m.text).length > target.words.length) {
        if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
        clusters.rename(target, m.text);
      }
      for (const alias of [m.text, ...derivedAliases(m.text, e.type, lexicons)]) {
        if (alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
        clusters.addKey(target, alias === m.text ? key : norm(alias));
      }
      const titled = e.type === 'PERSON' && !m.nominal ? titledForm(doc.text, m, courtesyTitles) : null;
      if (titled && !e.aliases.includes(titled)) e.aliases.push(titled);
      byMention.set(m.id, target);
      previous = m;
    }
    const shouted = shoutedLines(doc.text);
    for (const c of clusters.all) {
      const e = c.entity;
      const forms = e.mentions.map((id) => formOf(mentionById.get(id)!, datelineOf, shouted));
      const name = canonicalName({ type: e.type, name: e.name, forms, text: doc.text, lexicons, wire });
      if (name === e.name) continue;
      e.aliases.push(e.name);
      e.name = name;
    }
    clusters.all.forEach((c, i) => {
      c.entity.id = `e${i + 1}`;
      c.entity.aliases = [...new Set(c.entity.aliases)].filter((a) => a !== c.entity.name);
      for (const id of c.entity.mentions) mentionById.get(id)!.entity = c.entity.id;
    });
    doc.entities = clusters.all.map((c) => c.entity);
    addMentions(doc, missedShortForms(doc, syntax, lexicons));
    addMentions(doc, titledDescriptions(doc, syntax, lexicons, titles));
    addMentions(doc, surnameIntroductions(doc, syntax, quoteLexicons));
    addMentions(doc, referenceMentions(doc, syntax, lexicons, quoteLexicons));
  },
});

/**
 * "FM Minh", "PM Modi" tagged as an organisation: the words of a mention that is not a person's, past the titles of
 * office leading it, when one word is left, so it may join the person it is a short form of; else its words.
 */
export function untitledWords(mw: readonly string[], type: EntityType, titles: ReadonlySet<string>): readonly string[] {
  if (type === 'PERSON') return mw;
  let k = 0;
  while (k < mw.length && titles.has(mw[k]!.toUpperCase())) k++;
  return k > 0 && k === mw.length - 1 ? mw.slice(k) : mw;
}

/** Courtesy titles before a name take at most this many characters ("His Royal Highness Sheikh "). */
const TITLES_REACH = 40;

/**
 * A person's name as written with the courtesy titles right before it ("Sheikh Hasina Wajed", "Ayatollah
 * Khamenei"), or null: the mention and its canonical name leave the titles out, but a dictionary may list the
 * person with them, so the titled form is one of the names the entity answers to.
 */
export function titledForm(text: string, m: Pick<Mention, 'start' | 'end'>, courtesyTitles: (text: string, at: number) => number): string | null {
  let from = -1;
  for (let s = m.start - 2; s >= 0 && s >= m.start - TITLES_REACH; s--) if (courtesyTitles(text, s) === m.start - s) from = s;
  return from < 0 ? null : text.slice(from, m.end).replace(/\s+/g, ' ');
}

/** Which part of a dateline a mention is: its agency, one of its places, or none. */
function datelineParts(doc: Doc, syntax: Syntax): (m: Mention) => 'agency' | 'place' | null {
  const agencies = new Set(syntax.datelines.flatMap((d) => (d.agency ? [syntax.words[d.agency.first]!.start] : [])));
  return (m) => {
    const i = syntax.tokenAt(m.start);
    if (i < 0 || !syntax.inDateline(i)) return null;
    return agencies.has(m.start) ? 'agency' : 'place';
  };
}

/** How a mention writes its entity's name: in a dateline, in a line of capitals. */
function formOf(m: Mention, datelineOf: (m: Mention) => 'agency' | 'place' | null, shouted: (at: number) => boolean): Form {
  const part = datelineOf(m);
  return { text: m.text, agency: part === 'agency', dateline: part === 'place', shouted: shouted(m.start) };
}

/**
 * Whether the line holding an offset has no lower-case letter. Lines are found once and judged once each, so
 * a text of one huge line costs one pass, not one pass per mention.
 */
function shoutedLines(text: string): (at: number) => boolean {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const judged = new Map<number, boolean>();
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    let shouted = judged.get(lo);
    if (shouted === undefined) {
      const end = lo + 1 < starts.length ? starts[lo + 1]! - 1 : text.length;
      shouted = !LOWER.test(text.slice(starts[lo]!, end));
      judged.set(lo, shouted);
    }
    return shouted;
  };
}

/** The agent titles of one word (upper case), the heads "the [country word] Title" is read with. */
function oneWordTitles(lexicons: EntityLexicons): ReadonlySet<string> {
  return new Set([...lexicons.agents.keys()].filter((p) => !p.includes(' ')));
}

/** "the [country word] Title" phrases that resolve to an introduced person, as nominal mentions. */
function titledDescriptions(doc: Doc, syntax: Syntax, lexicons: EntityLexicons, titles: ReadonlySet<string>): Mention[] {
  // Built at the first candidate phrase: most documents have none.
  let index: DescriptionIndex | undefined;
  const added: Mention[] = [];
  const { words } = syntax;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (t.lower !== 'the') continue;
    // Whether the word after "the" is a demonym picks which of the next two words is the head: asked only when one is a title.
    if (!titleAt(words, i + 1, t.sentence, titles) && !titleAt(words, i + 2, t.sentence, titles)) continue;
    let j = i + 1;
    const next = words[j];
    if (next && next.sentence === t.sentence && lexicons.places.get(next.text.toUpperCase())?.kind === 'demonym') j++;
    if (!titleAt(words, j, t.sentence, titles)) continue;
    const head = words[j]!;
    const span = spanOf(doc.text, t.start, head.end);
    index ??= descriptionIndex(doc, syntax, doc.entities, lexicons);
    const entity = resolveDescription(doc, index, span, lexicons);
    if (entity) added.push({ id: '', ...span, type: 'PERSON', entity: entity.id, source: 'coreference', nominal: true });
  }
  return added;
}

/** Whether word k of a sentence is a capitalised one-word title ("President"). */
function titleAt(words: readonly Word[], k: number, sentence: number, titles: ReadonlySet<string>): boolean {
  const w = words[k];
  return !!w && w.sentence === sentence && /^[A-Z]/.test(w.text) && titles.has(w.text.toUpperCase());
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
