/**
 * Speech that embeds force is the speaker's act (guidelines; the dictionary's transformations
 * `a (b . ATTACK) SAY = a b 112` and `a (a b ATTACK) SAY = a b 015`): "A said B shelled its border post" is A
 * accusing B (112); "A said it struck camps in B" is A claiming responsibility toward B (015).
 */
import type { Event } from '../../model/index.ts';
import { attributedSpeaker, describe, speakerItself, subjectGroup } from './actor-groups.ts';
import type { EventResources } from './resources.ts';
import type { DictionaryIndex } from './dictionary/dictionary-index.ts';
import { type TriggerMatch, verbByPosition } from './match-triggers.ts';
import { type Found, type SentenceCtx, clauseEnd, triggerAt, wordAt, type ActorGroup, type FoundActor } from './sentence.ts';
import { BELIEF_VERBS } from './recoding/background.ts';
import { NO_TARGET, onlyPlace } from './parties.ts';

/** Force and abduction: the roots of acts a report turns into an accusation or a claim. */
const FORCE = /^(18|19|20)/;
const ACCUSE = '112';
const CLAIM = '015';
const DENY = '016';
/** Bombing, killing and fighting (183, 19, 20): what a place can be said to have done to soldiers in it; an abduction there (181) says nothing of who did it. */
const UNDERGONE = /^(183|19|20)/;
/** A doer named by a pronoun after a speaker is the speaker's own side ("said it struck"). */
const PRONOUN = /^(it|its|they|their|we|our)$/i;

/** The results that make a report of force the speaker's act: the accusation and the claim. */
const REPORT_RESULTS: ReadonlySet<string> = new Set([ACCUSE, CLAIM]);

/** Per dictionary: the blocks of the verbs its transformations read as reporting force (SAY's, CLAIM's: allege, aver, swear …). */
const reportBlocks = new WeakMap<DictionaryIndex, ReadonlySet<string>>();

export function forceReportBlocks(index: DictionaryIndex): ReadonlySet<string> {
  let blocks = reportBlocks.get(index);
  if (!blocks) reportBlocks.set(index, (blocks = new Set(index.dictionary.verbs.transformations.filter((t) => REPORT_RESULTS.has(t.result.code)).map((t) => t.block))));
  return blocks;
}

/**
 * The sentence's verbs that report: its reporting verbs, and the verbs of the blocks the dictionary's transformations
 * read as reporting force ("Israel alleged that Iran attacked the convoy": ALLEGE is CLAIM's block), in word order.
 */
function sentenceReportingVerbs(ctx: SentenceCtx): number[] {
  const blocks = forceReportBlocks(ctx.dictionary);
  const out = new Set(ctx.reporting);
  ctx.toks.forEach((t, k) => {
    if ((t.pos !== 'VERB' && !verbByPosition(ctx.toks, k)) || out.has(k)) return;
    const entry = ctx.dictionary.entriesOf(t.lemma)[0] ?? ctx.dictionary.entriesOf(t.text)[0];
    if (entry && blocks.has(entry.block.name)) out.add(k);
  });
  return [...out].sort((a, b) => a - b);
}

/** Per sentence: its reporting verbs, the same for every force event in it, so worked out once. */
const reportingBySentence = new WeakMap<SentenceCtx, readonly number[]>();

function reportingVerbs(ctx: SentenceCtx): readonly number[] {
  let verbs = reportingBySentence.get(ctx);
  if (!verbs) reportingBySentence.set(ctx, (verbs = sentenceReportingVerbs(ctx)));
  return verbs;
}

/** How far after "according to" its source's name may start ("according to [the] [Syrian] state media"). */
const SOURCE_REACH = 3;

/**
 * "According to Syrian state media, Turkish troops shelled …", "…, according to the health ministry": the source of
 * the report is what "to" introduces, before the act or after it; null when that names no actor ("according to a list
 * provided by …"), undefined when `r` is no "according to".
 */
function accordingTo(ctx: SentenceCtx, r: number): ActorGroup | null | undefined {
  if (ctx.toks[r]!.lemma !== 'accord' || ctx.toks[r + 1]?.lower !== 'to') return undefined;
  return ctx.groups.find((g) => g.first > r + 1 && g.first <= r + 1 + SOURCE_REACH) ?? null;
}

/** The speaker of the sentence's report: the subject of a reporting verb before the trigger, or the attribution after it. */
export function speakerOf(ctx: SentenceCtx, at: number): ActorGroup | null {
  return reportOf(ctx, at)?.speaker ?? null;
}

/** The report a word at `at` stands in: its reporting verb (`verb`, the sentence index) and the speaker; null when none. */
export function reportOf(ctx: SentenceCtx, at: number): { verb: number; speaker: ActorGroup } | null {
  for (const r of reportingVerbs(ctx)) {
    // "officials they think can afford to pay": a belief accuses no one (guidelines: beliefs are not events).
    if (BELIEF_VERBS.has(ctx.toks[r]!.lemma)) continue;
    const source = accordingTo(ctx, r);
    if (source !== undefined) {
      if (source) return { verb: r, speaker: source };
      continue;
    }
    if (r < at) {
      const s = subjectGroup(ctx, r, []);
      if (s) return { verb: r, speaker: s.group };
    } else if (r > at && r >= ctx.tail - 1) {
      const after = attributedSpeaker(ctx, r);
      if (after) return { verb: r, speaker: after };
    }
  }
  return null;
}

/**
 * "the U.S. military says a Marine was killed in action in Ramadi": killing or fighting undergone with no doer named,
 * reported by a speaker, in a country other than the speaker's. The place stands in for the doer (guidelines: soldiers of A killed
 * in B with no agent named → B is the doer), so the report accuses it (112). The caller asks it only where no doer was
 * found. Null when the act is no killing or fighting or is not passive, nobody of a known country reports it, or the
 * place is the speaker's own country or not named (who did it is then not said).
 */
export function reportedUndergoneForce(ctx: SentenceCtx, m: TriggerMatch, code: string): { found: Found; code: string } | null {
  if (!UNDERGONE.test(code) || !ctx.syntax.passiveAt(ctx.toks[m.first]!.index)) return null;
  const speaker = speakerOf(ctx, m.first);
  if (!speaker || !speaker.members.every((a) => a.country !== null)) return null;
  const end = clauseEnd(ctx, m.last);
  const place = ctx.groups.find((g) => g.first > m.last && g.first < end && onlyPlace(ctx, g) && g.members.every((a) => a.country !== null));
  if (!place || place.members.some((p) => speaker.members.some((a) => a.country === p.country))) return null;
  const how = `force undergone in ${describe(place)} with no doer named, reported by ${speaker.members.map((a) => a.code).join(' and ')}: the place stands in for the doer, an accusation → ${ACCUSE}`;
  return { found: { sources: speaker.members, targets: place.members, how }, code: ACCUSE };
}

/** The countries among an event's targets (the place it was read to happen in), when a speaker of other known countries reports it. */
function placesOf(speaker: ActorGroup, targets: readonly Member[]): Member[] {
  if (!speaker.members.every((a) => a.country !== null)) return [];
  const places = targets.filter((t) => t.role === null && t.country !== null);
  return places.some((p) => speaker.members.some((a) => a.country === p.country)) ? [] : places;
}

/** Words of a noun phrase between "by" and its head ("by a roadside bomb"). */
const AGENT_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * "a troop convoy was hit by a roadside bomb": a force noun that is the agent of a passive names the means, and the
 * passive's subject underwent it; whoever the reading took for its doer there is its victim.
 */
function passiveMeans(ctx: SentenceCtx, k: number): boolean {
  let by = k - 1;
  while (by >= 0 && AGENT_LEAD_POS.has(ctx.toks[by]!.pos)) by--;
  const verb = ctx.toks[by - 1];
  return ctx.toks[by]?.lower === 'by' && verb !== undefined && verb.pos === 'VERB' && ctx.syntax.passiveAt(verb.index);
}

type Member = Pick<FoundActor, 'code' | 'country' | 'role' | 'entity' | 'mention'>;

/** An event's actor from a reading. */
function member(a: Member): Member {
  return { code: a.code, country: a.country, role: a.role, entity: a.entity, mention: a.mention };
}

/**
 * "Ukrainian forces have downed 10 Russian drones, the air force said": a speaker the text gives no country,
 * of the same role as every doer (MIL and MIL), is the doers' own service reporting; it takes their country.
 * Null when any speaker has a country or no role, or a doer has no country or another role.
 */
export function ownService(speakers: readonly Member[], doers: readonly Member[]): Member[] | null {
  const country = doers[0]?.country ?? null;
  if (country === null || !doers.every((d) => d.country === country)) return null;
  if (!speakers.every((a) => a.country === null && a.role !== null && a.code.startsWith('---') && doers.every((d) => d.role === a.role))) return null;
  return speakers.map((a) => ({ ...a, code: country + a.code.slice(3), country }));
}

/** The doer is the speaker's own mention (not a pronoun or an agent pointing back to it). */
function sameMention(d: Member, speakers: readonly FoundActor[]): boolean {
  return d.mention !== null && speakers.some((a) => a.code === d.code && a.mention?.start === d.mention!.start);
}

/** What may stand between a reporting verb and the noun that opens its clause ("says [that the] fighting"). */
const OPENING_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'SCONJ']);

/** How far after the noun its clause's verb may stand ("fighting in two southern provinces has left"). */
const SUBJECT_REACH = 10;

/**
 * The noun (or gerund: "says fighting …") at `k` opens a clause a reporting verb before it reports, as its subject:
 * only determiners, adjectives or "that" between, and a finite verb after it. A noun object ("claimed the attack")
 * is no clause's subject.
 */
function openingNoun(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || (t.pos !== 'NOUN' && !t.lower.endsWith('ing'))) return false;
  let j = k - 1;
  while (j >= 0 && (OPENING_LEAD_POS.has(ctx.toks[j]!.pos) || ctx.isTime(ctx.toks[j]!))) j--;
  if (!ctx.reporting.has(j)) return false;
  for (let v = k + 1; v < Math.min(ctx.toks.length, k + 1 + SUBJECT_REACH); v++) if (ctx.syntax.verbGroupAt(ctx.toks[v]!.index)?.finite) return true;
  return false;
}

/** An event's actor is the sentence's reading it came from (same mention, same code); that reading points back to a speaker. */
function pointsToSpeaker(ctx: SentenceCtx, d: Member, speakers: readonly FoundActor[]): boolean {
  const reading = d.mention && ctx.groups.flatMap((g) => g.members).find((a) => a.mention?.start === d.mention!.start && a.code === d.code);
  return !!reading && speakerItself(reading, speakers);
}

/** Possessive pronouns that tie an agent to the speaker before it ("Israel said its troops …"). */
const POSSESSIVE = /^(its|their|our)$/i;

/**
 * "Israel said its troops killed two militants", "Somalia and the United States said their forces killed …": a doer
 * the text ties to a speaker's country by a possessive pronoun is the speaker's own side, no second party.
 */
export function ownByPossessive(ctx: Pick<SentenceCtx, 'toks'>, d: Member, speakers: readonly Member[]): boolean {
  if (!d.mention || d.country === null || !speakers.some((a) => a.country === d.country)) return false;
  const k = wordAt(ctx.toks, d.mention!.start);
  return k >= 0 && (POSSESSIVE.test(ctx.toks[k]!.lower) || (k > 0 && POSSESSIVE.test(ctx.toks[k - 1]!.lower)));
}

export function reportedForce(ctx: SentenceCtx, res: EventResources, out: Event[]): void {
  for (let k = 0; k < out.length; k++) {
    const e = out[k]!;
    if (!FORCE.test(e.cameo.code)) continue;
    const at = triggerAt(ctx, e);
    const speaker = speakerOf(ctx, at);
    if (!speaker) continue;
    const negated = e.modality === 'negated';
    // Force a passive's subject underwent ("was hit by a roadside bomb") accuses the place it happened in, or nobody.
    if (!negated && ctx.toks[at]!.pos === 'NOUN' && passiveMeans(ctx, at)) {
      const places = UNDERGONE.test(e.cameo.code) ? placesOf(speaker, e.targets) : [];
      const cameo = res.lexicons.codes.get(ACCUSE);
      if (places.length === 0 || !cameo) out.splice(k--, 1);
      else out[k] = { ...e, sources: speaker.members.map(member), targets: places.map(member), cameo: { code: ACCUSE, name: cameo.name, root: cameo.root, goldstein: cameo.goldstein, quadClass: cameo.quadClass }, reason: `${e.reason}; its means, the agent of a passive, was undergone by whom the reading took for its doer, in ${places.map((p) => p.code).join(' and ')}, reported by ${speaker.members.map((a) => a.code).join(' and ')}: the place stands in for the doer → ${ACCUSE}` };
      continue;
    }
    // "the military says fighting in two provinces has left four militants dead": a force noun that opens what is said
    // names no doer; the speaker the reading lent it is none (README decision 7), so nothing is claimed.
    if (!negated && e.sources.every((d) => sameMention(d, speaker.members)) && openingNoun(ctx, at)) {
      out.splice(k--, 1);
      continue;
    }
    // Its own side: the doer points back to the speaker ("said it struck"), or both are agents of one country
    // ("the air force said Ukrainian forces downed"); a country as doer is another party ("officials said Chile attacked").
    // The speaker itself as the doer ("'We will attack,' the commander said": the quote's "we") is its own side too.
    const service = ownService(speaker.members, e.sources);
    // So is a doer that points back to the speaker ("the insurgents said they hit the aircraft"), whatever its country.
    const itself = service !== null || e.sources.every((d) => sameMention(d, speaker.members) || pointsToSpeaker(ctx, d, speaker.members) || ownByPossessive(ctx, d, speaker.members));
    const own = itself || speaker.members.every((a) => a.country !== null && e.sources.some((d) => d.country === a.country && (PRONOUN.test(d.mention?.text ?? '') || (d.role !== null && a.role !== null))));
    // "Israel said it did not attack the convoy": its own side's deed, denied, is a denial of responsibility (guidelines:
    // the statement itself is the act, 016), aimed at no one named; another's deed denied is a plain statement.
    if (negated) {
      const deny = res.lexicons.codes.get(DENY);
      if (own && deny && ctx.syntax.verbGroupAt(ctx.toks[at]!.index)?.tense === 'past') {
        out[k] = { ...e, sources: speaker.members.map(member), targets: [member(NO_TARGET)], modality: 'reported', cameo: { code: DENY, name: deny.name, root: deny.root, goldstein: deny.goldstein, quadClass: deny.quadClass }, reason: `${e.reason}; reported by ${speaker.members.map((a) => a.code).join(' and ')}: its own side's force denied, a denial of responsibility → ${DENY}` };
      }
      continue;
    }
    // "said it will take control of the fields": its own future act is the act itself, no claim of a deed done.
    if (own && e.modality === 'future') continue;
    const code = own ? CLAIM : ACCUSE;
    const cameo = res.lexicons.codes.get(code);
    if (!cameo) continue;
    const speakers = (service ?? speaker.members).map(member);
    out[k] = {
      ...e,
      sources: speakers,
      targets: own ? e.targets : e.sources,
      cameo: { code, name: cameo.name, root: cameo.root, goldstein: cameo.goldstein, quadClass: cameo.quadClass },
      reason: `${e.reason}; reported by ${speaker.members.map((a) => a.code).join(' and ')}: ${own ? 'its own side\'s force, a claim of responsibility' : 'force by another, an accusation'} → ${code}`,
    };
  }
}
