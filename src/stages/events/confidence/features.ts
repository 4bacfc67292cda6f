/**
 * What the confidence model sees of one coded event: coarse, named, binary features read from the event, its
 * reason and its sentence. No word identities (no trigger lemma, no actor name): the model is trained on few
 * stories and must carry to text nobody tuned on, so it learns from shapes (code class, how the actors were found,
 * where the event stands), not from words.
 */
import type { Actor, Event } from '../../../model/index.ts';
import { wordAt } from '../sentence.ts';

/** A token as the coder's words and the document's tokens both carry it. */
export interface FeatureToken {
  readonly start: number;
  readonly pos: string;
}

/** Where an event stands: its sentence's tokens, the distinct events coded in it, and the sentence's place in the article. */
export interface EventSetting {
  toks: readonly FeatureToken[];
  /** distinct events the sentence gave, this one included */
  events: number;
  /** the sentence's index in the article */
  sentence: number;
}

/**
 * How the code and the actors were found, as build-event.ts and the actor finders write it into the reason: one
 * feature per phrase present. Fixed phrases, so a test is a substring search (no pattern is built per event).
 */
const REASON_PHRASES: readonly (readonly [feature: string, phrase: string])[] = [
  ['from:dictionary', '; dictionary: '],
  ['from:frame', ' frame over '],
  ['from:code-pair', 'code pair ['],
  ['from:reported-force', '; reported by '],
  ['from:object-cue', '" with "'],
  ['how:subject-of-verb', '(subject of the verb'],
  ['how:subject-of-clause', '(subject of the clause'],
  ['how:subject-of-governing-clause', '(subject of the governing clause'],
  ['how:first-after-trigger', 'first actor after the trigger'],
  ['how:passive', 'passive'],
  ['how:reciprocal', 'reciprocal'],
  ['how:speaker', 'speaker '],
  ['how:quote-speaker', 'its speaker'],
  ['how:refers-back', 'refers back'],
  ['how:names-again', 'names again'],
  ['how:inferred', '(inferred: '],
  ['how:place-for-actor', 'where it took place'],
  ['how:modifies-trigger', 'modifies the trigger'],
  ['how:shared-by-and', 'shared by the verbs'],
  ['how:no-country-stated', 'no country stated'],
  ['how:capital', 'a capital that acts'],
  ['how:clause-date', '" in the clause'],
];

/** The code the trigger's pattern gave, before frames, modality and re-coding rules changed it. */
const PATTERN_CODE = /^trigger "[^]*?" matched "[^"]*" (?:with "[^"]*" )?→ (\d+)/;

/** Roles of the state's agents (Phoenix): an act between them and others reads differently from one between civilians. */
const STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** An actor's shape: no actor (`---`), a role with no country, an international body, a country, a country's role or organisation. */
function shape(a: Actor): string {
  if (a.code === '---') return 'none';
  if (a.code.startsWith('---')) return 'role-only';
  if (a.country === null) return 'international';
  if (a.role === null) return a.code.length === 3 ? 'country' : 'organisation';
  return STATE_ROLES.has(a.role) ? 'state-role' : 'other-role';
}

/** Token distance from the trigger to the actor's mention, bucketed; an actor the text does not name here is `unnamed`. */
function distance(toks: readonly FeatureToken[], trigger: number, a: Actor): string {
  if (!a.mention) return 'unnamed';
  let k = 0;
  while (k < toks.length && toks[k]!.start < a.mention.start) k++;
  // A mention outside the sentence (a referent carried from before) counts as unnamed here.
  if (k >= toks.length || toks[k]!.start !== a.mention.start) return 'unnamed';
  const d = k - trigger;
  const side = d < 0 ? 'before' : 'after';
  const n = Math.abs(d);
  return `${side}-${n <= 2 ? 'near' : n <= 8 ? 'mid' : 'far'}`;
}

function actorFeatures(side: 'source' | 'target', actors: readonly Actor[], toks: readonly FeatureToken[], trigger: number, out: string[]): void {
  const first = actors[0]!;
  out.push(`${side}:${shape(first)}`, `${side}-distance:${distance(toks, trigger, first)}`);
  if (actors.length > 1) out.push(`${side}:compound`);
}

/** The features of one event in its setting, each a name; the model's weight of a name it lacks is 0. */
export function eventFeatures(e: Event, at: EventSetting): string[] {
  const out: string[] = [`root:${e.cameo.root}`, `quad:${e.cameo.quadClass}`, `modality:${e.modality}`];
  out.push(e.cameo.code.length === 4 ? 'code:leaf' : e.cameo.code.endsWith('0') ? 'code:unspecified' : 'code:three-digit');
  const patternCode = PATTERN_CODE.exec(e.reason)?.[1];
  if (patternCode !== undefined && patternCode !== e.cameo.code) out.push(patternCode.slice(0, 2) === e.cameo.root ? 'recoded:same-root' : 'recoded:other-root');
  for (const [feature, phrase] of REASON_PHRASES) if (e.reason.includes(phrase)) out.push(feature);
  const trigger = wordAt(at.toks, e.trigger.start);
  const pos = at.toks[trigger]?.pos;
  out.push(`trigger-pos:${pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ' ? pos : 'other'}`);
  if (e.trigger.lemma.includes(' ')) out.push('trigger:several-words');
  if (e.quote !== null) out.push('in-quote');
  actorFeatures('source', e.sources, at.toks, trigger, out);
  actorFeatures('target', e.targets, at.toks, trigger, out);
  if (e.sources.some((s) => s.country !== null && e.targets.some((t) => t.country === s.country))) out.push('same-country');
  out.push(`sentence:${at.sentence === 0 ? 'first' : at.sentence <= 2 ? 'second-third' : 'later'}`);
  out.push(`sentence-events:${at.events >= 3 ? '3+' : at.events}`);
  return out;
}
