import { defineStage } from '../../pipeline/stage.ts';
import { syntaxOf, type Doc, type Entity, type Mention, type Syntax } from '../../model/index.ts';
import { entityLexicons, type ActorCode, type EntityLexicons, type PlaceEntry } from '../../lexicons/entities/entity-lexicons.ts';
import { once } from '../../lexicons/load.ts';
import { loadCommonWords } from '../../lexicons/common-words.ts';
import { actorCodeAt, countryOfCode, countryOfCodes, personCodes, storySurnameCode, upperNameCode, upperSurnameCode } from '../../lexicons/entities/actor-codes.ts';
import { loadActorLexicons } from '../../lexicons/entities/actor-lexicons.ts';
import { loadNameHeads } from '../../lexicons/entities/name-heads.ts';
import { loadQuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import { agentIndex, ARMED_ROLES, NO_COUNTRY, readActors, type ActorResources } from './actors.ts';
import { acronymCode, internationalByName, leadingOrganisationCode, trailingOrganisationCode, withoutArticle } from './org-names.ts';
import { placeIndex, readPlaces, type PlaceIndex } from './place-readings.ts';
import { agentIn, agentPhrases, nounAppositions, organisationBefore, organisationOfApposition, placeBeforeTitle, statedByApposition, type AgentPhrases, type NounAppositions } from './stated.ts';
import { remembered } from '../../util/remembered.ts';

/** Entity types that name a country's places or people: read in the gazetteer, and the countries a story names. */
const COUNTRY_TYPES: ReadonlySet<string> = new Set(['GPE', 'NORP', 'LOC']);

/** ", from the Upper Institute of Social Sciences" / ", of the X" right after a person's name. */
function statedAffiliation(doc: Doc, m: Mention): string | null {
  if (doc.text[m.end] !== ',') return null;
  const after = doc.text.slice(m.end, m.end + 16);
  const lead = /^,\s*(?:from|of|at|with)\s+(?:the\s+)?/i.exec(after);
  if (!lead) return null;
  // Rare enough (a comma and a preposition after a name) that a scan beats an index built for every document.
  const start = m.end + lead[0].length;
  const org = doc.mentions.find((x) => x.start === start && (x.type === 'ORG' || x.type === 'GPE'));
  return org ? org.text : null;
}

/**
 * The gazetteer entry of a name: the whole name, a plural of a demonym ("Turks"), or, in a longer name, the
 * country, demonym or place word leading it ("Bosnian Serbs", "Gaza Strip", "Chinese Ministry of Foreign
 * Affairs", "Fatah Party", "Northern Ireland Assembly") or closing it after "of" ("United Bus Company of Tehran").
 */
function placeOf(uppers: readonly string[], lexicons: EntityLexicons): PlaceEntry | null {
  for (const upper of uppers) {
    const place = lexicons.places.get(upper) ?? (upper.endsWith('S') ? lexicons.places.get(upper.slice(0, -1)) : undefined);
    if (place) return place;
  }
  const words = uppers[0]!.split(/\s+/);
  if (words.length < 2) return null;
  const of = words.lastIndexOf('OF');
  return leadingPlace(words, lexicons) ?? (of > 0 ? lexicons.places.get(words.slice(of + 1).join(' ')) : undefined) ?? null;
}

/** The longest place of up to three words leading a longer name: "Northern Ireland Assembly", "West Bank settlers". */
export function leadingPlace(words: readonly string[], lexicons: EntityLexicons): PlaceEntry | null {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const place = lexicons.places.get(n === 1 ? words[0]! : words.slice(0, n).join(' '));
    if (place) return place;
  }
  return null;
}

function linkEntity(doc: Doc, syntax: Syntax, entity: Entity, mentions: Mention[], lexicons: EntityLexicons, context: LinkContext): void {
  const names = [entity.name, ...entity.aliases];
  // "al-Qaeda" tagged as "Qaeda": the Arabic article belongs to the name the dictionary knows.
  for (const m of mentions) {
    const joint = doc.text[m.start - 1];
    if (joint !== '-' && joint !== ' ') continue;
    const article = /\b(al|el)([- ])$/i.exec(doc.text.slice(Math.max(0, m.start - 3), m.start));
    if (article) names.push(`${article[1]}${article[2]}${entity.name}`);
  }
  // Each table is keyed in upper case: a name is upper-cased once, and its copy hashed once for all of them.
  const uppers = names.map((name) => name.toUpperCase());
  if (entity.type === 'ORG') for (const upper of [...uppers]) {
    const bare = withoutArticle(upper);
    if (bare) uppers.push(bare);
  }
  if (COUNTRY_TYPES.has(entity.type)) {
    const place = placeOf(uppers, lexicons);
    if (place) {
      entity.country = place.country;
      entity.countrySource = 'gazetteer';
      entity.actorCode = place.country;
      return;
    }
    // Regions the Phoenix dictionary codes below a country (GAZA STRIP → PSEGZA) stand for the country.
    let country: string | null = null;
    for (const upper of uppers) country ??= countryOfCode(upperNameCode(upper, doc.published, lexicons), lexicons);
    if (country) {
      entity.country = country;
      entity.countrySource = 'dictionary';
      entity.actorCode = country;
    }
    return;
  }
  // Persons and organisations: what the text states (a title before the name, a possessive country, an
  // apposition after it, an organisation before the title) wins; the Phoenix dictionary fills the rest.
  let agent: string | null = null;
  let organisation: string | null = null;
  for (const m of mentions) {
    if (m.nominal) continue;
    const title = syntax.titleBefore(syntax.tokenAt(m.start));
    const titleStart = title ? syntax.tokenAt(title.span.start) : null;
    const place = titleStart !== null && !title?.country ? placeBeforeTitle(syntax, titleStart, context.endingAt) : null;
    const placeCountry = place?.entity ? context.entities.get(place.entity)?.country : null;
    if (placeCountry && !entity.country) {
      entity.country = placeCountry;
      entity.countrySource = 'stated';
    }
    const apposed = statedByApposition(doc, syntax, context.appositions, m, lexicons, context.agents);
    for (const stated of [title, apposed]) {
      if (!stated) continue;
      if (stated.country && !entity.country) {
        entity.country = stated.country;
        entity.countrySource = 'stated';
      }
      entity.role ??= stated.role;
      agent ??= stated.agent;
    }
    // "Tom Casey, a U.S. State Department spokesman,": the organisation before the apposition's title is his, as
    // before a title that leads the name ("Kremlin spokesman Dmitry Peskov").
    const org = organisationBefore(syntax, m, titleStart, context.endingAt) ?? (apposed?.agentAt !== undefined ? organisationBefore(syntax, m, apposed.agentAt, context.endingAt) : null) ?? (apposed && entity.type === 'PERSON' ? organisationOfApposition(syntax, apposed, context.endingAt) : null);
    const orgEntity = org?.entity ? context.entities.get(org.entity) : undefined;
    if (orgEntity && orgEntity !== entity && orgEntity.actorCode && orgEntity.actorCode.length > 3) organisation ??= orgEntity.actorCode;
    entity.affiliation ??= statedAffiliation(doc, m);
  }
  // An international body the dictionary knows by the whole name keeps its code over the place and agent words
  // inside the name ("Paris Club", "Irish Republican Army") when the text states no role; over a stated country
  // too when it is intergovernmental: "Iran's WTO entry" is no Iranian body.
  if (entity.type === 'ORG' && !agent && !organisation) {
    let international: string | null = null;
    for (const upper of uppers) international ??= internationalByName(upper, doc.published, lexicons);
    if (international && (!entity.country || international.startsWith('IGO'))) {
      entity.country = null;
      entity.countrySource = null;
      entity.actorCode = international;
      return;
    }
  }
  if (entity.type !== 'PERSON' && !entity.country) {
    const place = placeOf(uppers, lexicons);
    if (place) {
      entity.country = place.country;
      entity.countrySource = 'stated';
    }
  }
  // "Kremlin spokesman", "Arab League Secretary-General": a person of an organisation takes its code.
  if (organisation && (!entity.country || organisation.startsWith(entity.country) || /^(IGO|NGO)/.test(organisation))) {
    entity.country ??= countryOfCode(organisation, lexicons);
    entity.countrySource ??= 'stated';
    entity.actorCode = organisation;
    return;
  }
  // "US Department of Commerce", "Ministry of Planning and Investment": an organisation's head is its role.
  if (entity.type !== 'PERSON') agent ??= agentIn(entity.name.toLowerCase().split(/\s+/), context.agents);
  let code: string | null = null;
  for (const upper of uppers) code ??= context.seats.get(upper) ?? null;
  const role = agent?.slice(0, 3) ?? null;
  for (const upper of uppers) code ??= upperNameCode(upper, doc.published, lexicons, role);
  if (entity.type === 'ORG') {
    for (const upper of uppers) code ??= leadingOrganisationCode(upper, doc.published, lexicons, role);
    for (const upper of uppers) code ??= trailingOrganisationCode(upper, doc.published, lexicons);
    for (const upper of uppers) code ??= acronymCode(upper, context.organisations, doc.published, lexicons, role);
  }
  // A surname is read in the name without its courtesy titles ("Sheikh Ali" is Ali); a person the story names by a
  // given name alone ("Sheikh Ali said") is no dictionary person whose name ends or starts with that word.
  const bare = entity.type === 'PERSON' ? untitledNames(names) : [];
  // The dictionary's person by his whole name, as the dictionary writes it or in another romanisation of it
  // ("Mohammad Ishaq Dar" is MUHAMMAD ISHAQ DAR), before any surname is read.
  let person: readonly ActorCode[] | null = null;
  for (const upper of bare) person ??= context.personCodes(upper);
  if (person) code ??= actorCodeAt(person, doc.published, role);
  if (!givenNameOnly(bare, lexicons, context.common)) {
    for (const upper of bare) code ??= upperSurnameCode(upper, doc.published, lexicons, role);
    if (!entity.country) for (const upper of bare) code ??= storySurnameCode(upper, doc.published, lexicons, role, context.storyCountries());
  }
  // A person whose dictionary entries all ended before the story keeps their country, not their old role.
  const dictionaryCountry = countryOfCode(code, lexicons) ?? (person && !code ? countryOfCodes(person, lexicons) : null);
  if (!entity.country && dictionaryCountry) {
    entity.country = dictionaryCountry;
    entity.countrySource = 'dictionary';
  }
  // What the text says beats a stale dictionary entry: a stated role other than the dictionary's is kept.
  const stale = code !== null && agent !== null && !/^(IGO|NGO|IMG)/.test(code) && code.slice(3) !== agent;
  if (code && !stale && (!entity.country || dictionaryCountry === entity.country)) entity.actorCode = code;
  else if (entity.country) entity.actorCode = entity.country + (agent ?? '');
  // "the defence minister, X", "Governor X": a person whose role the text states and whose country neither
  // the text nor the dictionary gives is `---` + role (guidelines: a role with no country word attached).
  else if (agent && entity.type === 'PERSON') entity.actorCode = NO_COUNTRY + agent;
  // "the Arakan Army", "National Liberation Army": an organisation named by an armed-body noun is that body, `---`
  // + role when nothing gives it a country.
  else if (entity.type === 'ORG') entity.actorCode = armedBodyName(entity.name, context.agents);
}

/** How many times more dictionary persons a given name starts than it ends: ALI starts 141 and ends 36. */
const GIVEN_NAME_RATIO = 2;
/** How many dictionary persons a common given name starts at the least: fewer say too little. */
const GIVEN_NAME_PERSONS = 10;

/** A person's names in upper case without the courtesy titles leading them ("Sheikh Ali" → ALI), each once. */
export function untitledNames(names: readonly string[]): string[] {
  const { courtesyTitles } = loadNameHeads();
  return [...new Set(names.map((name) => name.slice(courtesyTitles(name)).toUpperCase()))];
}

/**
 * Whether a person's names (upper case) are all one word and that word a common given name: one that starts
 * many of the dictionary's person names and several times more than it ends ("ALI", "AHMED"; not "CHAVEZ",
 * "KHAN"). Such a word is no surname to look up, whatever dictionary person ends with it. An English common word
 * is none: "Defense" starts the dictionary's DEFENSE SECRETARY … titles, and a lone "Defense" is that department.
 */
export function givenNameOnly(uppers: readonly string[], lexicons: Pick<EntityLexicons, 'surnames'>, common: (word: string) => boolean): boolean {
  return uppers.length > 0 && uppers.every((upper) => {
    if (upper.includes(' ') || common(upper)) return false;
    const persons = lexicons.surnames.get(upper);
    return !!persons && persons.first.length >= GIVEN_NAME_PERSONS && persons.first.length >= GIVEN_NAME_RATIO * persons.last.length;
  });
}

/**
 * The `---` + role code of an organisation whose name ends in an agent noun of an armed body (ARMED_ROLES):
 * "Arakan Army" → ---MIL, "Rapid Support Forces" → ---MIL; null for other names ("Democratic Party", "Press Union").
 */
export function armedBodyName(name: string, agents: AgentPhrases): string | null {
  const words = name.toLowerCase().split(/\s+/);
  const head = agentIn(words.slice(-1), agents);
  return head && words.length > 1 && ARMED_ROLES.has(head.slice(0, 3)) ? NO_COUNTRY + head : null;
}

/** What linking an entity reads besides its own mentions. */
interface LinkContext {
  seats: ReadonlyMap<string, string>;
  agents: AgentPhrases;
  /** mentions by end offset */
  endingAt: ReadonlyMap<number, Mention[]>;
  /** the entities linked so far: organisations are linked before persons */
  entities: ReadonlyMap<string, Entity>;
  appositions: NounAppositions;
  /** the names (upper case) of the text's organisations, for acronyms to be read against */
  organisations: readonly string[];
  /** the countries of the story's places and peoples, once they are linked (places are linked before persons) */
  storyCountries: () => ReadonlySet<string>;
  /** whether a word is an English common word (ActorResources) */
  common: (word: string) => boolean;
  /** a person's dictionary codes by the name (upper case), as written or in another romanisation (personCodes) */
  personCodes: (upper: string) => readonly ActorCode[] | null;
}

/** The forms of the reporting verbs of speech ("says", "announced"); not of belief or attitude ("hopes", "agreed"). */
function speechCues(): Set<string> {
  return new Set([...loadQuoteLexicons().cueForms].flatMap(([form, cue]) => (cue.speech ? [form] : [])));
}

interface Resources {
  lexicons: EntityLexicons;
  actors: ActorResources;
  places: PlaceIndex;
  seats: ReadonlyMap<string, string>;
  agents: AgentPhrases;
  personCodes: (upper: string) => readonly ActorCode[] | null;
}

/**
 * Country (ISO-3), CAMEO actor code, role and affiliation of each entity. Places and demonyms from the
 * gazetteer; persons and organisations from the title the text puts before the name ("Russian Defense
 * Minister Sergey Shoigu" → RUS, RUSMIL… via Phoenix agent titles) and from the Phoenix actor dictionaries,
 * whose date ranges are read against the publication date (without one, the latest entry).
 */
export const link = defineStage({
  name: 'link',
  needs: ['sentences', 'syntax', 'mentions', 'mentions.entity', 'entities'],
  gives: ['entities.country', 'entities.countrySource', 'entities.actorCode', 'entities.role', 'entities.affiliation', 'actors'],
  setup(): Resources {
    const lex = loadActorLexicons();
    const lexicons = entityLexicons();
    return {
      lexicons,
      actors: { agents: agentIndex(lex.agents), describers: lex.describers, currencies: lex.currencies, pastimes: lex.pastimes, followers: lex.followers, roles: new Set([...lex.agents.values()].map((r) => r.slice(0, 3))), capitals: lex.capitals, controllers: lex.controllers, gatherings: lex.gatherings, voicings: lex.voicings, cues: speechCues(), common: loadCommonWords() },
      places: placeIndex(lex.places, lex.regions),
      seats: lex.seats,
      agents: agentPhrases(lex.agents),
      // remembered: a name the dictionary lacks is looked up in all its spelling variants, and names recur
      personCodes: remembered((upper) => personCodes(upper, lexicons, lex.spellings)),
    };
  },
  run(doc, { lexicons, actors, places, seats, agents, personCodes }) {
    const syntax = syntaxOf(doc);
    const byId = new Map(doc.mentions.map((m) => [m.id, m]));
    const endingAt = new Map<number, Mention[]>();
    for (const m of doc.mentions) (endingAt.get(m.end) ?? endingAt.set(m.end, []).get(m.end)!).push(m);
    const context: LinkContext = { seats, agents, endingAt, entities: new Map(doc.entities.map((e) => [e.id, e])), appositions: nounAppositions(syntax), organisations: doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name.toUpperCase()), storyCountries: once(() => new Set(doc.entities.flatMap((e) => (COUNTRY_TYPES.has(e.type) && e.country ? [e.country] : [])))), common: actors.common, personCodes };
    // Organisations and places first: a person may take the code of the organisation named before the title.
    const ordered = [...doc.entities.filter((e) => e.type !== 'PERSON'), ...doc.entities.filter((e) => e.type === 'PERSON')];
    for (const entity of ordered) linkEntity(doc, syntax, entity, entity.mentions.map((id) => byId.get(id)!), lexicons, context);
    const read = readPlaces(doc, places);
    // The entity keeps the reading its actors use: Moscow in 1985 is SUN in the entity list and in the events.
    for (const e of doc.entities) {
      const r = read.get(e.id)!;
      if (r === e) continue;
      e.actorCode = r.actorCode;
      if (r.region) continue;
      e.country = r.country;
      e.countrySource ??= 'gazetteer';
    }
    doc.actors = readActors(doc, syntax, actors, read);
  },
});
