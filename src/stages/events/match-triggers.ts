import { WORD, has, verbGroupsIn, type Syntax, type TimeTest, type Word } from '../../model/index.ts';
import type { EventCoding } from '../../lexicons/events/event-lexicons.ts';
import type { EventPattern } from '../../lexicons/events/event-lexicons.ts';
import { matchesAt, phraseWords } from '../../lexicons/phrase-index.ts';
import type { DictionaryMatch } from './dictionary/match-clause.ts';

/** A pattern that matched: trigger tokens [first, last] and, when it needed one, the token that satisfied `with`. */
export interface TriggerMatch {
  pattern: EventPattern;
  first: number;
  last: number;
  /** the phrase that satisfied `with` or `before`, for the reason */
  cue: string | null;
  cueAt: number | null;
  /** one past the last token of the `with` cue phrase */
  cueEnd: number | null;
  score: number;
  /** a frame verb at the same place ("rejected the proposal for a ceasefire"), used when a complement follows */
  frame: EventPattern | null;
  /** the PETRARCH2 dictionary's reading of the clause, when it gave the code */
  dictionary?: DictionaryMatch;
}

interface IndexedPattern {
  pattern: EventPattern;
  words: string[];
  with: CuePhrases;
  before: CuePhrases;
}

/** A pattern's cue phrases by first word, so a window is searched with a lookup per word, not a test per phrase. */
interface CuePhrases {
  length: number;
  byFirst: Map<string, string[][]>;
}

/** Patterns indexed by the first lemma of each trigger phrase. */
export type PatternIndex = Map<string, IndexedPattern[]>;

const WITH_WINDOW = 8;
const SPEECH_WITH_WINDOW = 12;
const BEFORE_WINDOW = 8;

/**
 * A pattern with every field, those it lacks undefined: one object shape for all patterns, so the coder's many reads
 * of a match's pattern (`.speech`, `.with`, `.frame`, `.pos`) stay monomorphic, not one shape per mix of fields.
 */
export function eventPattern(p: EventPattern): EventPattern {
  return { code: p.code, lemmas: p.lemmas, pos: p.pos, with: p.with, before: p.before, object: p.object, withNouns: p.withNouns, reciprocal: p.reciprocal, frame: p.frame, speech: p.speech };
}

export function indexPatterns(patterns: readonly EventPattern[]): PatternIndex {
  const index: PatternIndex = new Map();
  for (const pattern of patterns.map(eventPattern)) {
    const variants = (phrase: string) => {
      const split = phraseWords(phrase);
      const whole = phrase.toLowerCase().split(' ');
      return split.length === whole.length ? [whole] : [whole, split];
    };
    const cues = (phrases: readonly string[] | undefined): CuePhrases => {
      const all = (phrases ?? []).flatMap(variants);
      const byFirst = new Map<string, string[][]>();
      for (const words of all) byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
      return { length: all.length, byFirst };
    };
    const withCues = cues(pattern.with);
    const beforeCues = cues(pattern.before);
    for (const phrase of pattern.lemmas) {
      for (const words of variants(phrase)) {
      const entry = { pattern, words, with: withCues, before: beforeCues };
      const list = index.get(words[0]!) ?? [];
      list.push(entry);
      index.set(words[0]!, list);
      }
    }
  }
  return index;
}

/**
 * Nouns in names ("Treaty of Friendship, Alliance") are not triggers; a sentence's first word may be tagged PROPN.
 * A word the tagger calls a noun or adjective is a verb where its place says so (`verbByPosition`).
 */
function posOk(pattern: EventPattern, toks: readonly Word[], i: number): boolean {
  const t = toks[i]!;
  const first = i === 0;
  if (t.pos === 'PROPN' && !first) return false;
  if (!pattern.pos) return true;
  if (pattern.pos === 'VERB') return t.pos === 'VERB' || t.pos === 'AUX' || verbByPosition(toks, i);
  return (t.pos === 'NOUN' && !verbByPosition(toks, i)) || (t.pos === 'PROPN' && first);
}

/** Prepositions whose "-ing" object is a reason, a manner or a noun's content, not the reported act ("for hosting", "with defending", "no intention of attacking"). */
const GERUND_PREPOSITIONS = new Set(['for', 'with', 'of']);
const PLURAL_DEMONSTRATIVES = new Set(['those', 'these']);
const VERB_PARTICLES = new Set(['down', 'up', 'off', 'out']);
const QUOTE_MARKS = new Set(['"', '”', "''", '’']);
/** How far back a quote's closing mark may stand from the verb of its attribution ('," the 62-year-old alleged.'). */
const ATTRIBUTION_REACH = 8;

/**
 * A word tagged NOUN or ADJ that its place makes a verb (the tagger misreads rare participles and past forms):
 * - an -ing word after a plural demonstrative, before its object: "those attending the inauguration" ("those"
 *   cannot determine a singular -ing noun);
 * - an -ed word that closes a quote's attribution after its subject: '"…," the 62-year-old alleged.';
 * - an -ed word between its subject and "that": "Israel alleged that Iran …";
 * - a word after its subject and before a particle and the particle's object: "forces shot down a jet";
 * - a word after a plural subject and before a particle, an adverb or its object (verbAfterPluralSubject).
 * No determiner or adjective before it: "a shot down the middle", "the alleged plot" stay what the tagger says.
 * The caller still needs the word to be a verb it knows (a pattern's verb, a dictionary verb form).
 */
export function verbByPosition(toks: readonly Word[], i: number): boolean {
  const t = toks[i]!;
  if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || i === 0) return false;
  const prev = toks[i - 1]!;
  const next = toks[i + 1];
  if (t.lower.endsWith('ing') && PLURAL_DEMONSTRATIVES.has(prev.lower)) return next !== undefined && ['DET', 'PROPN', 'NUM'].includes(next.pos);
  if (!['NOUN', 'PROPN', 'PRON', 'ADJ'].includes(prev.pos)) return false;
  if (t.lower.endsWith('ed') && (next === undefined || next.text === '.')) return closesQuote(toks, i);
  // "Israel alleged that Iran …": a past form between its subject and "that" opens the clause it reports.
  if (t.lower.endsWith('ed') && next?.lower === 'that') return true;
  const after = toks[i + 2];
  if (prev.pos !== 'ADJ' && next !== undefined && VERB_PARTICLES.has(next.lower) && after !== undefined && ['DET', 'NUM', 'PROPN'].includes(after.pos)) return true;
  return verbAfterPluralSubject(toks, i);
}

/**
 * "Gunmen shot dead a police officer", "rebels shot two soldiers": the tagger reads a past form after a plural
 * noun as a compound's head. A plural noun or name before it and a particle, an adverb or the start of an object
 * after it (an adjective only as a complement before the object: "shot dead a") make it the verb; "he warned he
 * would", "officials warned of" are other readings.
 */
export function verbAfterPluralSubject(toks: readonly Word[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (t.pos !== 'NOUN' || !prev || !next || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || !plural(prev)) return false;
  if (VERB_PARTICLES.has(next.lower) || ['ADV', 'PART', 'DET', 'NUM'].includes(next.pos)) return true;
  return next.pos === 'ADJ' && ['DET', 'NUM'].includes(toks[i + 2]?.pos ?? '');
}

/** A plural noun: the lemmatiser's singular differs, or a capitalised one it left alone ends like a plural ("Gunmen"). */
const plural = (w: Word) => w.lemma !== w.lower || /(?:[^s']s|men)$/.test(w.lower);

/** Does a quote close (a mark after a comma) within reach before `i`, with no verb between it and `i`? */
function closesQuote(toks: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - ATTRIBUTION_REACH); k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (QUOTE_MARKS.has(t.text) && toks[k - 1]!.text === ',') return true;
  }
  return false;
}

/**
 * The verb forms a rescued word may be of by the regular rules ("attending" → attend, "alleged" → allege,
 * "stopped" → stop), for looking it up among the patterns' lemmas.
 */
export function regularVerbBases(lower: string): string[] {
  const undouble = (w: string) => (/([b-df-hj-np-tv-z])\1$/.test(w) ? [w.slice(0, -1)] : []);
  if (lower.endsWith('ing')) {
    const stem = lower.slice(0, -3);
    return [stem, `${stem}e`, ...undouble(stem)];
  }
  if (lower.endsWith('ed')) {
    const stem = lower.slice(0, -2);
    return [stem, `${stem}e`, ...undouble(stem)];
  }
  return [];
}


/**
 * "the proposed deal", "Syrian-backed militia", "reject proposed changes", "the cleric's jailed followers", "two
 * kidnapped engineers": a participle used as an adjective is no event.
 */
export function adjectivalParticiple(toks: readonly Word[], i: number): boolean {
  const t = toks[i]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || i === 0) return false;
  const prev = toks[i - 1]!;
  const next = toks[i + 1];
  if (prev.pos === 'DET' || prev.text === '-') return true;
  // "freed two kidnapped engineers": after a numeral too, before the noun it describes.
  return (prev.pos === 'VERB' || prev.pos === 'ADP' || prev.pos === 'NUM') && next !== undefined && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos);
}


/**
 * Background, not the reported event (heads that only frame the noun before them as an undertaking, "a
 * mediation mission", are no background): a noun modifying another noun ("invasion forces"), a reduced relative
 * ("the channel, disputed by …"), a reason ("arrested for collaborating with …"). Relative clauses, possessives,
 * figures and the other background of a coded clause are recoding/background.ts's.
 */
function background(toks: readonly Word[], i: number, last: number, hasObject: boolean, isTime: TimeTest, lex: EventCoding): boolean {
  const t = toks[last]!;
  const next = toks[last + 1];
  // A sentence's first word tagged PROPN is read as the noun it may be ("Riot police", "Aid workers"), as posOk reads it.
  const noun = t.pos === 'NOUN' || (t.pos === 'PROPN' && last === 0);
  if (noun && next?.pos === 'NOUN' && !isTime(next) && !lex.words.actHeads.has(next.lemma) && !hasObject) return true;
  // "following the killing of …", "amid clashes": a noun in a time or cause phrase sets the scene.
  if (t.pos === 'NOUN' && sceneBefore(toks, i, lex)) return true;
  const first = toks[i]!;
  if (first.pos === 'VERB' && first.lower.endsWith('ed') && next?.lower === 'by' && (toks[i - 1]?.text === ',' || toks[i - 1]?.pos === 'NOUN')) return true;
  // "for generously hosting refugees", "with defending its freedom", "of attacking": a gerund after a preposition, adverbs between.
  let j = i - 1;
  while (j >= 0 && toks[j]!.pos === 'ADV') j--;
  return first.pos === 'VERB' && first.lower.endsWith('ing') && GERUND_PREPOSITIONS.has(toks[j]?.lower ?? '');
}

/** Words a noun phrase, or nouns joined by "and", may hold before their head: "a days-long power struggle and bloody". */
const SCENE_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'CCONJ']);
/** How far back the scene word may stand. */
const SCENE_REACH = 12;

/**
 * "amid clashes", "following the killing of …", "following a days-long power struggle and bloody clashes with the
 * army": the noun at `i` is in a time or cause phrase, its scene word before it across its noun phrase or the
 * nouns joined to it.
 */
export function sceneBefore(toks: readonly Word[], i: number, lex: EventCoding): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SCENE_REACH); k--) {
    const t = toks[k]!;
    if (lex.words.scene.has(t.lower)) return true;
    if (!SCENE_NOUN_PHRASE.has(t.pos) && !(t.text === '-' && k > 0 && t.start === toks[k - 1]!.end)) return false;
  }
  return false;
}

/**
 * "held a national day of mourning": a cue that ends on an adjective before a noun modifies that noun; for a
 * pattern whose cues are people or things acted on (`withNouns`: "held nationals", 173) it names none of them.
 */
export function modifierCue(toks: readonly Word[], last: number): boolean {
  return toks[last]?.pos === 'ADJ' && toks[last + 1]?.pos === 'NOUN';
}

/**
 * "Gunmen seized Carroll and killed her interpreter": a conjunction before a verb opens the next conjunct, whose
 * object is that verb's, not a cue of the trigger before it. Auxiliaries and adverbs may stand between ("and has
 * demanded", "and then killed"); a past form needs none.
 */
export function coordinatedVerb(toks: readonly Word[], k: number): boolean {
  if (toks[k]?.pos !== 'CCONJ') return false;
  let j = k + 1;
  let aux = false;
  for (; toks[j]?.pos === 'AUX' || toks[j]?.pos === 'ADV'; j++) aux ||= toks[j]!.pos === 'AUX';
  const v = toks[j];
  // A base form alone may be an adjective the tagger misread ("poultry and live bird imports"): it needs an auxiliary.
  return v?.pos === 'VERB' && !v.lower.endsWith('ing') && (aux || v.lemma !== v.lower);
}

/** What may open a verb's direct object. */
const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/**
 * "called him a tireless advocate", "called Friday's report baseless": a pattern whose cue is said of the verb's
 * object (`object`) needs that object right after the verb; "called on him to be a partner", "called for a
 * fair vote" take a preposition and say nothing of anyone.
 */
export function objectFollows(toks: readonly Word[], last: number): boolean {
  return OBJECT_START.has(toks[last + 1]?.pos ?? '');
}

/** The first place in [from, to) where one of the phrases starts, and the longest phrase's length there. */
function findPhrase(toks: readonly Word[], from: number, to: number, phrases: CuePhrases): [number, number] | null {
  for (let k = Math.max(0, from); k < Math.min(toks.length, to); k++) {
    const t = toks[k]!;
    // A phrase's first word matches the token's lemma or its lower-case form, as matchesAt reads it.
    let length = longestAt(toks, k, phrases.byFirst.get(t.lemma), 0);
    if (t.lower !== t.lemma) length = longestAt(toks, k, phrases.byFirst.get(t.lower), length);
    if (length > 0) return [k, length];
  }
  return null;
}

function longestAt(toks: readonly Word[], k: number, phrases: readonly string[][] | undefined, length: number): number {
  if (phrases) for (const words of phrases) if (words.length > length && matchesAt(toks, k, words)) length = words.length;
  return length;
}

/**
 * Where a fixed phrase that ends in its own object noun ("open fire", "stop work") ends at `i`, or the sentence's
 * end when none stands there. A phrase ending in a particle ("warn of", "call on") leaves its object to follow.
 */
export function heldPhraseEnd(toks: readonly Word[], i: number, candidates: readonly IndexedPattern[]): number {
  let end = -1;
  for (const c of candidates) {
    const last = i + c.words.length - 1;
    if (c.words.length > 1 && last > end && toks[last]?.pos === 'NOUN' && matchesAt(toks, i, c.words)) end = last;
  }
  return end < 0 ? toks.length : end;
}

/** May the verb at `i` be a trigger: not a participle used as an adjective, not background? */
export function verbMayTrigger(toks: readonly Word[], i: number, isTime: TimeTest, lex: EventCoding): boolean {
  return toks[i]!.pos !== 'PROPN' && !adjectivalParticiple(toks, i) && !background(toks, i, i, false, isTime, lex);
}

/** Plural endings after a sibilant: "clashes", "marches", "crashes", "boxes". */
const SIBILANT_PLURAL = /(?:ch|sh|ss|x|z)es$/;

/**
 * "Clashes between Indian and Chinese troops …": a plural the lemmatiser left alone (a capitalised first word is
 * tagged a name) is cut to "clashe" by the crude singular; the noun patterns of its "-es"-less form are its own.
 */
export function sibilantPluralCandidates(t: Word, index: PatternIndex): IndexedPattern[] | undefined {
  if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || !SIBILANT_PLURAL.test(t.lower) || t.lemma !== t.lower.slice(0, -1)) return undefined;
  const found = index.get(t.lower.slice(0, -2))?.filter((c) => c.pattern.pos !== 'VERB' && c.words.length === 1);
  return found?.length ? found : undefined;
}

/** The verb patterns of a word tagged NOUN or ADJ that its place makes a verb, by its regular verb forms. */
function rescuedCandidates(toks: readonly Word[], i: number, index: PatternIndex): IndexedPattern[] | undefined {
  const t = toks[i]!;
  if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !verbByPosition(toks, i)) return undefined;
  for (const base of regularVerbBases(t.lower)) {
    const found = index.get(base)?.filter((c) => c.pattern.pos !== 'NOUN' && c.words.length === 1);
    if (found?.length) return found;
  }
  return undefined;
}

/** A sentence's passive verbs: the verb's index → its subject's words [first, last], indexes within the sentence. */
export type PassiveSubjects = ReadonlyMap<number, readonly [number, number]>;
const NO_PASSIVES: PassiveSubjects = new Map();

/**
 * The sentence's passive verb groups that name their doer ("had been summoned by Iran") and have a subject: the verb's
 * index in the sentence → its subject's words. A passive with no "by" states what was undergone ("dozens of people
 * have been killed in Somalia"), which the report of it codes (reported-force.ts), not an act read as the active's.
 * A subject the syntax view left out for a closing quote mark ('that "European ambassadors" had been summoned') is
 * the noun chunk just before that mark.
 */
export function passiveSubjects(syntax: Syntax, s: number): PassiveSubjects {
  const { first, last } = syntax.sentences[s]!;
  const out = new Map<number, readonly [number, number]>();
  for (const g of verbGroupsIn(syntax.verbGroups, first, last + 1)) {
    if (!g.passive || g.head < first || syntax.words[g.last + 1]?.lower !== 'by') continue;
    const subject = g.subject ?? (g.first - 2 >= first && has(syntax.words[g.first - 1]!, WORD.QUOTE_MARK) ? syntax.chunkAt(g.first - 2) : null);
    if (subject && subject.first >= first) out.set(g.head - first, [subject.first - first, subject.last - first]);
  }
  return out;
}

/**
 * "European ambassadors had been summoned by Iran", "the hostages were freed": a passive's subject is what the verb
 * acts on, so a cue that names the verb's object ("summoned the ambassador") may stand there. Only a noun ends the
 * cue: a preposition or a clause cue ("against", "to demand") is no object.
 */
export function passiveSubjectCue(toks: readonly Word[], subject: readonly [number, number] | undefined, phrases: CuePhrases): [number, number] | null {
  if (!subject) return null;
  for (let hit = findPhrase(toks, subject[0], subject[1] + 1, phrases); hit !== null; hit = findPhrase(toks, hit[0] + 1, subject[1] + 1, phrases)) {
    const end = hit[0] + hit[1] - 1;
    if (end <= subject[1] && ['NOUN', 'PROPN'].includes(toks[end]!.pos) && !modifierCue(toks, end)) return hit;
  }
  return null;
}

/**
 * The best pattern at each trigger position of a sentence. Specific patterns (an object or modifier cue,
 * longer phrases, deeper codes) beat general ones; statement verbs rank last.
 */
export function matchTriggers(toks: readonly Word[], index: PatternIndex, isTime: TimeTest, lex: EventCoding, passives: PassiveSubjects = NO_PASSIVES): TriggerMatch[] {
  const best = new Map<number, TriggerMatch>();
  for (let i = 0; i < toks.length; i++) {
    const known = index.get(toks[i]!.lemma) ?? (toks[i]!.lower !== toks[i]!.lemma ? index.get(toks[i]!.lower) : undefined);
    // A rescued verb's (or sibilant plural's) patterns are found by its regular form, so its own lemma is not matched against them.
    const rescued = known ? undefined : (rescuedCandidates(toks, i, index) ?? sibilantPluralCandidates(toks[i]!, index));
    const candidates = known ?? rescued;
    if (!candidates) continue;
    // The same for every pattern at `i`: worked out at most once.
    let adjectival: boolean | undefined;
    let heldEnd: number | undefined;
    // Where the cue windows end depends on the phrase's end and the window alone, not on the pattern.
    let withLast = -1;
    let withWindow = -1;
    let withEnd = -1;
    let beforeFrom = -1;
    for (const c of candidates) {
      if (!rescued && !matchesAt(toks, i, c.words)) continue;
      const last = i + c.words.length - 1;
      // A verb phrase ("call on") is judged by its verb, a noun phrase ("hunger strike") by its head noun.
      const head = c.pattern.pos === 'VERB' ? i : last;
      if (!posOk(c.pattern, toks, head) || (c.pattern.object && !objectFollows(toks, last))) continue;
      if ((adjectival ??= adjectivalParticiple(toks, i)) || background(toks, i, last, c.with.length > 0, isTime, lex)) continue;
      let cueAt: number | null = null;
      let cueWords = 0;
      if (c.with.length > 0) {
        // A stance can come later in a statement ("said in a radio interview today he was skeptical").
        const window = c.pattern.speech ? SPEECH_WITH_WINDOW : WITH_WINDOW;
        if (last !== withLast || window !== withWindow) {
          withLast = last;
          withWindow = window;
          withEnd = last + 1;
          while (withEnd < toks.length && withEnd <= last + window && !lex.words.triggerStops.has(toks[withEnd]!.lower) && !coordinatedVerb(toks, withEnd)) withEnd++;
        }
        let hit = findPhrase(toks, last + 1, withEnd, c.with);
        while (hit !== null && c.pattern.withNouns && modifierCue(toks, hit[0] + hit[1] - 1)) hit = findPhrase(toks, hit[0] + 1, withEnd, c.with);
        hit ??= c.pattern.pos === 'VERB' ? passiveSubjectCue(toks, passives.get(i), c.with) : null;
        if (hit === null) continue;
        // "opened fire on a bus …, killing nine": a phrase that holds its own object is the verb's sense; a cue past it is another's.
        if (last < (heldEnd ??= heldPhraseEnd(toks, i, candidates)) && hit[0] > heldEnd) continue;
        [cueAt, cueWords] = hit;
      }
      const cueEnd = cueAt === null ? null : cueAt + cueWords;
      if (c.before.length > 0) {
        if (beforeFrom < 0) {
          beforeFrom = i;
          while (beforeFrom > 0 && beforeFrom > i - BEFORE_WINDOW && !lex.words.triggerStops.has(toks[beforeFrom - 1]!.lower)) beforeFrom--;
        }
        const hit = findPhrase(toks, beforeFrom, i, c.before);
        if (hit === null) continue;
        cueWords += hit[1];
        cueAt ??= hit[0];
      }
      const p = c.pattern;
      const score = (p.speech ? 0 : 100) + (c.with.length > 0 ? 20 : 0) + (c.before.length > 0 ? 20 : 0) + (c.words.length + cueWords) * 5 + p.code.length;
      const prev = best.get(i);
      const frame = p.frame && c.with.length === 0 ? p : (prev?.frame ?? null);
      // Equally specific object cues: the nearer one is the object ("gave X 5 million dollars of aid" is money).
      const nearer = prev !== undefined && score === prev.score && cueAt !== null && prev.cueAt !== null && cueAt < prev.cueAt && c.with.length > 0;
      if (!prev || score > prev.score || nearer) {
        const cue = cueAt === null ? null : toks.slice(cueAt, Math.max(cueEnd ?? 0, cueAt + 1)).map((t) => t.text).join(' ');
        best.set(i, { pattern: p, first: i, last, cue, cueAt, cueEnd, score, frame });
      } else if (frame && !prev.frame) prev.frame = frame;
    }
  }
  // A longer trigger phrase swallows the single-word matches inside it ("hunger strike" over "strike").
  const matches = [...best.values()].sort((a, b) => a.first - b.first);
  const kept: TriggerMatch[] = [];
  for (const m of matches) {
    const prev = kept[kept.length - 1];
    if (prev && m.first <= prev.last) {
      // A phrase keeps the words inside it ("hunger strike" is no "strike"); else the better match wins.
      if (m.last > prev.last && m.score > prev.score) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
