/**
 * Background is not coded (guidelines "Which code" / README decisions 1, 3, 4, 8): a trigger that only modifies
 * or sets the scene of the sentence's act — a participial adjunct, an adjectival participle, a relative clause,
 * a possessive nominal, what someone hopes or tries — or an act with no doer (an agentless passive) or a figure
 * ("rose 2.4 percent to hit 4,532") is no event. Each test is a small named unit; `backgroundOf` names the first
 * that holds.
 */
import { WORD, has, possessive, type Word } from '../../../model/index.ts';
import { type TriggerMatch, adjectivalParticiple as participleBeforeNoun } from '../match-triggers.ts';
import { inGroup, isRelativePronoun, overlapsGroup, type SentenceCtx, clauseEnd, clauseStart } from '../sentence.ts';

/** Words before an "-ing" form that make it an adverbial adjunct ("after clashing with", "while fleeing"). */
const ADJUNCT_LEADS = new Set(['after', 'before', 'while', 'since', 'by', 'without', 'upon', 'when']);
/** A message whose content a participle names is that act ("sent a letter …, expressing condolences"; decision 1). */
export const MESSAGE_NOUNS = new Set(['letter', 'message', 'statement', 'note', 'telegram', 'cable', 'communique', 'declaration', 'speech']);
/** Verbs and nouns whose infinitive names an act not done: tries, help, hopes (decision 4; "failed to renew" is a lapse, coded). */
const UNDONE_GOVERNORS = new Set(['try', 'attempt', 'struggle', 'strive', 'help', 'hope', 'wish', 'effort', 'bid']);
/** Verbs of hope and belief: what they govern is not an event (guidelines: statements, beliefs and hopes). */
export const BELIEF_VERBS = new Set(['hope', 'believe', 'think', 'expect', 'fear', 'predict', 'wish', 'doubt', 'suspect']);
/** A stance cue that is a belief: the belief verbs, and "worry" ("said he worries"). */
const BELIEF_CUES: ReadonlySet<string> = new Set([...BELIEF_VERBS, 'worry']);
/** Predicates that say an event named by a noun takes place ("protests will resume", "the strike would proceed"). */
const OCCURRENCE_VERBS = new Set(['resume', 'proceed', 'begin', 'start', 'continue', 'occur', 'happen', 'take', 'go', 'break', 'erupt', 'end', 'hold']);
/** Words a subject noun phrase is made of before its head ("Recent US Predator", "Israel's"). */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'PART', 'PROPN', 'NOUN', 'PUNCT']);
const DETENTION = '173';
const FORCE_ROOTS = /^(18|19|20)/;
/** Adverbs that make an act a habit ("mostly", "routinely"), not one event. */
const HABITUAL = new Set(['mostly', 'usually', 'often', 'frequently', 'routinely', 'generally', 'typically', 'traditionally', 'regularly']);
/** Plural nouns that count batches of one act: "waves of sanctions", "rounds of talks". */
const REPEATS = new Set(['waves', 'rounds']);
/** Verbs whose object's "-ing" form is what was seen done ("showed police firing tear gas"). */
const PERCEPTION_VERBS = new Set(['show', 'see', 'watch', 'film', 'depict', 'hear', 'witness']);

export const ingForm = (t: Word | undefined) => t !== undefined && t.lower.length > 4 && t.lower.endsWith('ing');
const participleForm = (t: Word | undefined) => t !== undefined && /(ed|en|ing)$/.test(t.lower);

/** The verb that governs word `k`: itself, or the verb just before a noun trigger (no punctuation between). */
function governingVerb(toks: readonly Word[], k: number): number {
  if (toks[k]!.pos === 'VERB' || ingForm(toks[k])) return k;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = toks[j]!;
    if (t.pos === 'PUNCT') return -1;
    if (t.pos === 'VERB') return j;
  }
  return -1;
}

/** The word before `k`, adverbs passed over (-1 at the sentence start). */
export function before(toks: readonly Word[], k: number): number {
  let j = k - 1;
  while (j >= 0 && toks[j]!.pos === 'ADV') j--;
  return j;
}

/** "…, arresting the president and imposing a curfew", "after clashing with his supporters", "Voicing the belief …". */
export function participialAdjunct(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const v = governingVerb(ctx.toks, m.first);
  return v >= 0 && adjunctAt(ctx, v, 0);
}

function adjunctAt(ctx: SentenceCtx, v: number, depth: number): boolean {
  const { toks } = ctx;
  if (!ingForm(toks[v])) return false;
  const j = before(toks, v);
  // At the sentence start only with an object ("Voicing the belief …, he said"), not as a subject ("Fighting erupted").
  if (j < 0) return ['DET', 'PRON', 'NOUN', 'ADJ'].includes(toks[v + 1]?.pos ?? '');
  const lead = toks[j]!;
  if (ADJUNCT_LEADS.has(lead.lower)) return true;
  if (lead.lower === ',') return !messageBefore(toks, j);
  // "waving flags and chanting support": a participle coordinated with an adjunct is one too.
  if (depth === 0 && (lead.lower === 'and' || lead.lower === 'or')) {
    for (let k = j - 1; k >= Math.max(0, j - 8); k--) if (toks[k]!.pos === 'VERB' || ingForm(toks[k])) return adjunctAt(ctx, k, 1);
  }
  return false;
}

/** A message noun in the clause before the comma: the participle after it is the message's content. */
function messageBefore(toks: readonly Word[], comma: number): boolean {
  for (let k = comma - 1; k >= Math.max(0, comma - 12); k--) {
    const t = toks[k]!;
    if (t.lower === ',' || t.lower === ';') return false;
    if (MESSAGE_NOUNS.has(t.lemma)) return true;
  }
  return false;
}

/**
 * "China criticized the decision, saying Beijing does not approve of any country allowing him to engage in …": what a
 * participial adjunct of speech says is background (decision 1: "…, accusing the government of …"), unless the
 * adjunct gives a message its content ("issued a statement saying …").
 */
export function adjunctSpeechContent(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  for (let k = m.first - 1; k >= 1; k--) {
    const t = toks[k]!;
    if (t.lower === ';') return false;
    if (ctx.reporting.has(k) && ingForm(t) && toks[k - 1]!.lower === ',') return !messageBefore(toks, k - 1);
  }
  return false;
}

/**
 * "letters to world leaders asking for support", "refugees living in the CAR": an "-ing" verb right after a noun is
 * a reduced relative clause on it (guidelines: background). What footage "showed" someone doing is the act
 * (decision 1), so a perception verb before the noun keeps it.
 */
export function reducedRelative(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const v = governingVerb(toks, m.first);
  if (v < 1 || toks[v]!.pos !== 'VERB' || !ingForm(toks[v])) return false;
  const prev = toks[v - 1]!;
  if ((prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || ctx.isTime(prev)) return false;
  // The noun is an object, a verb before it ("has written letters … asking"), not the subject ("Russian shelling killed").
  if (!toks.slice(0, v - 1).some((t) => t.pos === 'VERB')) return false;
  for (let k = v - 2; k >= Math.max(0, v - 8); k--) if (PERCEPTION_VERBS.has(toks[k]!.lemma)) return false;
  return true;
}

/** Prepositions whose object a past participle after it may describe ("fired tear gas at protesters gathered outside"). */
const OBJECT_PREPS = new Set(['at', 'on', 'against', 'toward', 'towards', 'with', 'to', 'into']);
/** Words a noun phrase is made of before its head, "of" joining its parts ("thousands of protesters"). */
const PHRASE_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * "police fired tear gas at thousands of protesters gathered outside the ministry", "arrested activists
 * detained last week": a past participle right after the object of a verb or of its preposition describes that
 * object (a reduced relative clause, guidelines: background). After a subject ("Thousands of Egyptians gathered",
 * "officials said protesters gathered") it is the clause's verb.
 */
export function participleAfterObject(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const t = toks[m.first]!;
  const prev = toks[m.first - 1];
  // "a Japanese national detained by local authorities": a head the tagger reads as an adjective, when "by" names the agent.
  const head = prev?.pos === 'NOUN' || prev?.pos === 'PROPN' || (prev?.pos === 'ADJ' && toks[m.first + 1]?.lower === 'by');
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || !head || ctx.isTime(prev!)) return false;
  let k = m.first - 1;
  while (k >= 0 && (PHRASE_WORDS.has(toks[k]!.pos) || toks[k]!.lower === 'of' || possessive(toks[k]!))) k--;
  const lead = toks[k];
  if (!lead) return false;
  if (lead.pos === 'ADP') return OBJECT_PREPS.has(lead.lower) && toks.slice(clauseStart(ctx, k), k).some((w) => w.pos === 'VERB') && !mainVerbAfterRelative(ctx, m.first);
  // A verb with a subject of its own ("arrested activists detained"), not a participle inside the subject ("Damascus-based
  // group", "the Israeli-occupied West Bank").
  const vg = lead.pos === 'VERB' ? ctx.syntax.verbGroupAt(lead.index) : null;
  return vg !== null && vg.subject !== null && (vg.finite || subjunctive(toks, k, vg.subject)) && !ctx.reporting.has(k) && !participleBeforeNoun(toks, k);
}

/**
 * "demanded that China swiftly release …": a bare verb right after the subject a "that" opens is a clause's verb (a
 * mandative subjunctive), though the syntax reads a bare form as non-finite.
 */
function subjunctive(toks: readonly Word[], k: number, subject: { first: number; last: number }): boolean {
  const first = toks.findIndex((w) => w.index === subject.first);
  return toks[before(toks, k)]?.index === subject.last && first > 0 && toks[first - 1]!.lower === 'that';
}

/** How far a participial phrase set off by commas may run ("carried out in cooperation with the Somali government"). */
const SET_OFF_REACH = 12;

/**
 * "the two airstrikes, carried out in cooperation with the Somali government, were planned …", "the protesters, backed
 * by opposition parties, marched …": a past participle set off by commas after a noun describes it (a participial
 * adjunct, guidelines: background); the clause's own verb comes after the closing comma. "attacked the town, killed
 * five and burned houses" has no verb after a closing comma and is a list of acts, and "Moscoso, in her final days in
 * office, pardoned the men, preventing …" has an object: the verb of the clause after an apposition.
 */
export function setOffParticiple(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const v = governingVerb(toks, m.first);
  if (v < 2 || toks[v]!.pos !== 'VERB' || !participleForm(toks[v]) || ingForm(toks[v])) return false;
  const noun = toks[v - 2]!;
  if (toks[v - 1]!.lower !== ',' || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return false;
  // "Hazem Shaalan, denied allegations …": a verb with an object after an apposition is the clause's own verb.
  const object = ctx.syntax.verbGroupAt(toks[v]!.index)?.object;
  if (object && object.first === toks[v]!.index + 1 && !ctx.isTime(toks[v + 1]!)) return false;
  for (let k = v + 1; k < Math.min(toks.length - 1, v + SET_OFF_REACH); k++) {
    const t = toks[k]!;
    // The clause's verb after the closing comma; ", saying …" is another adjunct, not it.
    if (t.lower === ',') return toks[k + 1]!.pos === 'AUX' || (toks[k + 1]!.pos === 'VERB' && !ingForm(toks[k + 1]));
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === ';') return false;
  }
  return false;
}

/**
 * "the cleric's jailed followers", "his detained ministers", "take back occupied territory": a participle inside a noun
 * phrase. The trigger matcher already passes over one after an article or a preposition; this is the rest: after a
 * possessive (a pronoun too), an adjective or a number, or after an adverb that a verb heads (not an auxiliary: "have
 * recently jailed").
 */
export function adjectivalParticiple(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const t = toks[m.first]!;
  if (t.pos !== 'VERB' || m.first !== m.last || !participleForm(t) || toks[m.first + 1]?.pos !== 'NOUN') return false;
  const prev = toks[m.first - 1];
  if (!prev) return false;
  if (possessive(prev) || has(prev, WORD.POSSESSIVE) || prev.pos === 'ADJ' || prev.pos === 'NUM') return true;
  return prev.pos === 'ADV' && toks[m.first - 2]?.pos === 'VERB';
}

/** "Franks, who executed the 2003 invasion", "the militia that took towns", "the province, where Ukraine has …". */
export function relativeClause(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 12); k--) {
    const t = toks[k]!;
    const prev = toks[k - 1];
    if (isRelativePronoun(t)) return true;
    if (t.lower === 'that' && thatAfterNoun(ctx, k) && !saidJustBefore(ctx, k)) return true;
    if (t.lower === 'where' && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === ',')) return true;
    // "Kim, who told Moon that his country was willing to hold talks", "…, which Iranian media said was because he was
    // inciting protests": what a relative clause reports is in it too, the reporting verb's own subject between.
    if (ctx.reporting.has(k)) return isRelativePronoun(toks[relativeSubjectStart(toks, before(toks, k))]);
    const main = afterRelativeVerb(ctx, m.first, k);
    if (main !== null) return main;
    if (t.lower === 'that' && saidJustBefore(ctx, k)) continue;
    // A comma closes a relative clause set off before the trigger ("the deal, which was signed Wednesday, will allow").
    if (t.lower === ',' || t.lower === ';' || t.lower === ':' || t.lower === 'but' || t.lower === 'that' || t.lower === 'where') return false;
  }
  return false;
}

/** Is word `k` a verb of a finite verb group (its head, or a verb the tagger ran on into a noun: "used tear gas")? */
function finiteVerbAt(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.toks[k]!;
  return t.pos === 'VERB' && ctx.syntax.verbGroupAt(t.index)?.finite === true;
}

/** How far back from a verb the relative clause before it may open ("who rushed to the scene of the attack"). */
const RELATIVE_REACH = 12;

/**
 * "Yemeni forces who rushed to the scene fired in the air", "soldiers who arrived in the town arrested five": a
 * finite verb after a relative clause that ends in a prepositional phrase is the main clause's verb, though the
 * chunker reads the phrase's noun as its subject ("the scene fired"); no participle describing that noun, no verb
 * of the relative clause.
 */
export function mainVerbAfterRelative(ctx: SentenceCtx, first: number): boolean {
  const { toks } = ctx;
  if (!finiteVerbAt(ctx, first)) return false;
  let j = before(toks, first);
  while (j >= 0 && (PHRASE_WORDS.has(toks[j]!.pos) || possessive(toks[j]!))) j--;
  if (j === before(toks, first) || toks[j]?.pos !== 'ADP') return false;
  for (let k = j - 1; k >= Math.max(0, first - RELATIVE_REACH); k--) {
    const w = toks[k]!;
    if (w.pos === 'VERB') {
      let r = k - 1;
      while (r >= 0 && (toks[r]!.pos === 'ADV' || toks[r]!.pos === 'AUX')) r--;
      return finiteVerbAt(ctx, k) && isRelativePronoun(toks[r]);
    }
    if (!PHRASE_WORDS.has(w.pos) && w.pos !== 'ADP' && !possessive(w)) return false;
  }
  return false;
}

/**
 * A finite verb `k` of a relative clause before the trigger at `first`: a trigger joined to `k` by a conjunction is in
 * `k`'s clause, whatever that is ("forces who rushed to the scene fired in the air and used tear gas": the main one);
 * one after the relative clause's prepositional phrase is the main clause's. Null where this says nothing.
 */
function afterRelativeVerb(ctx: SentenceCtx, first: number, k: number): boolean | null {
  if (!finiteVerbAt(ctx, k) || !finiteVerbAt(ctx, first)) return null;
  for (let j = k + 1; j < first; j++) if (ctx.toks[j]!.pos === 'CCONJ') return relativeClause(ctx, { first: k } as TriggerMatch);
  return mainVerbAfterRelative(ctx, first) ? false : null;
}

/** Words of a relative clause's own subject ("which Iranian media said"): the relative pronoun stands before them. */
const RELATIVE_SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** The word before the noun phrase that ends at `k` (`k` itself when no noun phrase ends there). */
function relativeSubjectStart(toks: readonly Word[], k: number): number {
  let j = k;
  while (j >= 0 && RELATIVE_SUBJECT_POS.has(toks[j]!.pos) && !isRelativePronoun(toks[j])) j--;
  return j;
}

/**
 * "attacks on settlements that have threatened …", "in the Gaza Strip that …": a that after a noun, or after a name
 * inside a phrase, opens a relative clause; after a name a verb governs ("told Moon that") it opens the content.
 */
function thatAfterNoun(ctx: SentenceCtx, that: number): boolean {
  const prev = ctx.toks[that - 1];
  if (!prev || ctx.isTime(prev)) return false;
  if (prev.pos === 'NOUN') return true;
  let k = that - 1;
  while (k >= 0 && ctx.toks[k]!.pos === 'PROPN') k--;
  return prev.pos === 'PROPN' && k >= 0 && (ctx.toks[k]!.pos === 'DET' || ctx.toks[k]!.pos === 'ADP');
}

/** "said last week that …": a that after a reporting verb and its time words opens its content, not a relative clause. */
function saidJustBefore(ctx: SentenceCtx, that: number): boolean {
  for (let k = that - 1; k >= Math.max(0, that - 4); k--) if (ctx.reporting.has(k)) return true;
  return false;
}

/** "the demonstration's leaders": a nominal that only names whose something is. */
export function possessiveNominal(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const next = ctx.toks[m.last + 1];
  return ctx.toks[m.first]!.pos === 'NOUN' && next !== undefined && possessive(next);
}

/** "is trying to form an alliance", "to help battle the blazes", "his bid to run", "helped negotiate": an infinitive of an act not done. */
export function undoneInfinitive(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  // "have helped negotiate the release": "help" also takes a bare infinitive.
  const bare = toks[m.first]!.pos === 'VERB' && toks[m.first - 1]?.pos === 'VERB' && toks[m.first - 1]!.lemma === 'help';
  if (toks[m.first - 1]?.lower !== 'to' && !bare) return false;
  const j = bare ? m.first - 1 : before(toks, m.first - 1);
  return j >= 0 && UNDONE_GOVERNORS.has(toks[j]!.lemma);
}

/** A verb of `verbs` its subject holds: "he hopes", not "is expected". */
function beliefVerb(ctx: SentenceCtx, t: Word, verbs: ReadonlySet<string>): boolean {
  return t.pos === 'VERB' && verbs.has(t.lemma) && !ctx.syntax.passiveAt(t.index);
}

/** "said he hopes the sanctions will resolve the dispute": what a hope or belief governs (not "is expected to"). */
export function believed(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 15); k--) {
    const t = toks[k]!;
    if (t.lower === ';' || t.lower === 'but' || t.lower === '.') return false;
    if (beliefVerb(ctx, t, BELIEF_VERBS)) return true;
  }
  return false;
}

/** "was abducted and released earlier this month": a verb coordinated with an agentless passive has no doer either (decision 3). */
export function agentlessPassive(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const t = toks[m.first]!;
  // "showed a man being shot": a passive participle after "being" (irregular ones too) has no doer either, unless "by" names one.
  const afterBeing = toks[m.first - 1]?.lower === 'being';
  if (t.pos !== 'VERB' || (!afterBeing && !participleForm(t))) return false;
  if (!afterBeing) {
    const prev = toks[m.first - 2];
    if (toks[m.first - 1]?.lower !== 'and' || !prev || prev.pos !== 'VERB' || !ctx.syntax.passiveAt(prev.index)) return false;
  }
  const end = clauseEnd(ctx, m.last);
  return !toks.slice(m.last + 1, end).some((w) => w.lower === 'by');
}

/**
 * "Officials say the fires have destroyed 100 buildings": in reported speech, a verb whose own subject is a common
 * noun that names no actor has no doer to code (README decision 7: the speaker does not lend itself to the act it
 * reports). Outside speech an unlinked subject ("Hundreds of thousands of people blocked streets") is left to the
 * actor rules.
 */
export function doerNoActor(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const t = toks[m.first]!;
  if (t.pos !== 'VERB' || toks[m.first - 1]?.lower === 'to' || ctx.syntax.passiveAt(t.index)) return false;
  const subject = ctx.syntax.subjectBefore(toks, m.first, clauseStart(ctx, m.first), ctx.isTime);
  if (!subject || toks[subject.last]!.pos !== 'NOUN' || ![...ctx.reporting].some((k) => k < subject.first)) return false;
  if (overlapsGroup(ctx.groups, subject.first, subject.last)) return false;
  // "the two sides agreed": a phrase that refers back to actors named before.
  const [a, b] = [toks[subject.last - 1], toks[subject.last]!];
  return !a || !ctx.lex.words.groupAnaphors.has(`${a.lemma} ${b.lemma}`);
}

/**
 * "Spanish firefighters battled forest fires in Catalonia", "troops fought the floods": a one-word trigger whose
 * object is a force of nature acts on no party (guidelines: nature — weather, disasters — is no event). A trigger
 * its own cue completes ("opened fire") is not asked.
 */
export function inanimateObject(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const t = ctx.toks[m.first]!;
  if (t.pos !== 'VERB' || m.first !== m.last || m.cue !== null) return false;
  const object = ctx.syntax.verbGroupAt(t.index)?.object;
  // "toured quake-hit areas": a noun written against a hyphen modifies the head after it.
  return !!object && ctx.syntax.words[object.last + 1]?.text !== '-' && ctx.lex.words.inanimateCauses.has(ctx.syntax.words[object.last]!.lemma);
}

/** How far after a nominal its for-clause's "to" may stand ("for talks with the rebel leaders to resume"). */
const FOR_TO_REACH = 7;

/**
 * "set conditions for talks with the Palestinians to resume", "measures needed for negotiations to begin": a nominal
 * that is the subject of a "for … to" clause that it take place names what is wanted or needed, not what took place
 * (guidelines: hopes and plans are not events).
 */
export function forToSubject(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  if (toks[m.first]!.pos !== 'NOUN') return false;
  let j = m.first - 1;
  while (j >= 0 && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'NUM')) j--;
  if (toks[j]?.lower !== 'for') return false;
  for (let k = m.last + 1; k < Math.min(toks.length - 1, m.last + FOR_TO_REACH); k++) {
    const t = toks[k]!;
    // "for talks to resume", "to be held": the clause says the act takes place; "for talks to discuss …" is their aim.
    if (t.lower === 'to') return OCCURRENCE_VERBS.has(toks[k + 1]!.lemma) || toks[k + 1]!.lemma === 'be';
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/** CAMEO 15: a show of force (mobilising, alerting, deploying forces). */
const FORCE_POSTURE = '15';
/** How far into its purpose clause a deployment's thing of nature may stand ("to help battle the blazes"). */
const PURPOSE_REACH = 6;

/**
 * "dispatched troops to help battle the blazes", "deployed soldiers to fight the floods": forces sent against a fire
 * or a flood are disaster relief, no show of force toward anyone (guidelines: nature is no event).
 */
export function reliefDeployment(ctx: SentenceCtx, m: TriggerMatch): boolean {
  if (!m.pattern.code.startsWith(FORCE_POSTURE)) return false;
  const { toks } = ctx;
  const end = clauseEnd(ctx, m.last);
  const to = toks.findIndex((t, k) => k > m.last && k < end && t.lower === 'to' && toks[k + 1]?.pos === 'VERB');
  if (to < 0) return false;
  for (let k = to + 1; k < Math.min(toks.length, to + PURPOSE_REACH); k++) if (ctx.lex.words.inanimateCauses.has(toks[k]!.lemma)) return true;
  return false;
}

/**
 * "addressed a campaign rally", "an election rally": a candidate's rally courts voters and protests
 * against nobody; CAMEO has no category for campaigning (no-event reason "other"), so it is no protest (14).
 */
export function campaignRally(ctx: SentenceCtx, m: TriggerMatch): boolean {
  if (!m.pattern.code.startsWith(ctx.lex.codes.protestRoot)) return false;
  const k = before(ctx.toks, m.first);
  return k >= 0 && ctx.lex.words.campaignWords.has(ctx.toks[k]!.lemma);
}

const RELEASE = '084';

/**
 * "The ministry released the report Thursday", "released a statement": releasing what is published is a statement
 * (guidelines: plain statements are not events); CAMEO's release (084) sets people or property free.
 */
export function publishedThing(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const t = ctx.toks[m.first]!;
  if (!m.pattern.code.startsWith(RELEASE) || t.pos !== 'VERB') return false;
  const object = ctx.syntax.verbGroupAt(t.index)?.object;
  if (!object) return false;
  // The chunk may run on into a time ("the report Thursday"): any of its nouns may be the thing released.
  for (let k = object.first; k <= object.last; k++) if (ctx.syntax.words[k]!.pos === 'NOUN' && ctx.lex.words.publishedThings.has(ctx.syntax.words[k]!.lemma)) return true;
  return false;
}

/**
 * "said the step enjoyed support from B", "has the support of Russia": a nominal act held,
 * gained or lost is a described state (guidelines: background, nominals inside a described state), no act of its
 * own. Receiving is an act of the giver ("received aid from Q"), and is not asked here.
 */
export function heldNominal(ctx: SentenceCtx, m: TriggerMatch): boolean {
  return nominalObjectOf(ctx, m, ctx.lex.words.holdingVerbs);
}

/**
 * "a campaign official confirmed the arrest of Mohamed", "the coast guard reported the launch of a missile": a nominal
 * act that a verb of confirming or reporting takes as its object is what the statement reports; the one who confirms
 * it is no doer of it (guidelines: statements are not events; README decision 7).
 */
export function confirmedNominal(ctx: SentenceCtx, m: TriggerMatch): boolean {
  return nominalObjectOf(ctx, m, ctx.lex.words.confirmingVerbs);
}

/** A noun trigger in the object of the verb just before it (its determiners and modifiers between), a verb of `verbs`. */
function nominalObjectOf(ctx: SentenceCtx, m: TriggerMatch, verbs: ReadonlySet<string>): boolean {
  const { toks } = ctx;
  if (toks[m.first]!.pos !== 'NOUN') return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'have')) {
      const object = ctx.syntax.verbGroupAt(t.index)?.object;
      const at = toks[m.first]!.index;
      return verbs.has(t.lemma) && !!object && object.first <= at && at <= object.last;
    }
    // "reported the Israeli airstrikes": a name or demonym modifies the noun too.
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'NUM' && t.pos !== 'PROPN') return false;
  }
  return false;
}

/**
 * "visited the Chinese embassy to offer sympathies", "met B to discuss C", "dispatched troops to help": an infinitive
 * after the object of the clause's verb is its purpose (guidelines: background). A frame's own complement ("urged
 * Syria to allow", "agreed to hand over") is used up by the frame before it comes here.
 */
export function purposeClause(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  // The infinitive is the trigger or governs it ("is wanted in Peru to face charges").
  const v = governingVerb(toks, m.first);
  // A split infinitive keeps its adverb between ("to formally lodge a complaint").
  const t = v < 0 ? -1 : before(toks, v);
  const to = toks[t];
  if (v < 0 || toks[v]!.pos !== 'VERB' || to?.lower !== 'to' || to.pos !== 'PART') return false;
  // Time words and their preposition stand between the object and the infinitive ("held talks on Tuesday to discuss").
  let o = t - 1;
  while (o >= 0 && (ctx.isTime(toks[o]!) || (toks[o]!.pos === 'ADP' && toks[o + 1] !== undefined && ctx.isTime(toks[o + 1]!)))) o--;
  const object = toks[o];
  if (!object || (object.pos !== 'NOUN' && object.pos !== 'PROPN')) return false;
  // "efforts to", "plans to", "readiness to": a noun that takes the infinitive as its content is no object.
  if (ctx.lex.words.requestNouns.has(object.lemma)) return false;
  for (let k = o - 1; k >= Math.max(0, o - 10); k--) {
    const t = toks[k]!;
    // "is in Iran on Saturday to meet …": being somewhere is the act, as a visit is; the infinitive is its purpose.
    if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'be' && toks[k + 1]!.pos === 'ADP')) return true;
    if (t.pos === 'PUNCT' || has(t, WORD.CLAUSE_WORD)) return false;
  }
  return false;
}

/** "Syria insists it has been cooperating": insisting on a fact stated after it demands nothing (decision 5). */
export function insistedFact(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  if (!m.pattern.frame || !m.pattern.code.startsWith('10')) return false;
  const subject = toks[m.last + 1];
  return subject?.pos === 'PRON' && has(subject, WORD.PERSONAL) && ctx.syntax.statesFact(toks, m.last + 1, 3);
}

/**
 * "said on Wednesday the strikes had …": a reporting verb's time words, and their preposition, stand between it and
 * what it reports; the reported clause starts after them.
 */
function afterTimeWords(ctx: SentenceCtx, k: number): number {
  const { toks } = ctx;
  while (k < toks.length && (ctx.isTime(toks[k]!) || (toks[k]!.pos === 'ADP' && toks[k + 1] !== undefined && ctx.isTime(toks[k + 1]!)))) k++;
  return k;
}

/** What follows "be" (and its adverbs) in a predicate that goes on to a verb ("have been cooperating", "is not expected to"). */
const AFTER_BE: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PART']);

/**
 * "U.S. sanctions have squeezed Iran", "U.S. sanctions were designed to crimp …": a nominal subject of a predicate
 * that is no event and does not say it took place is a described state (guidelines: background). "Our protests will
 * resume" says it takes place; "US drone strikes killed …" names the act the verb codes, and both stay.
 */
export function nominalSubject(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): boolean {
  const { toks } = ctx;
  // A capitalised noun that opens the sentence ("Talks between …") is often tagged a name.
  if (toks[m.first]!.pos !== 'NOUN' && !(m.first === 0 && toks[m.first]!.pos === 'PROPN')) return false;
  // "its joint military exercises …": a possessive pronoun opens a subject too.
  for (let k = afterTimeWords(ctx, clauseStart(ctx, m.first)); k < m.first; k++) if (!SUBJECT_WORDS.has(toks[k]!.pos) && !has(toks[k], WORD.POSSESSIVE)) return false;
  // "authorities today release an impounded ship": a "noun" with an article after it is a verb the tagger missed.
  if (toks[m.last + 1]?.pos === 'DET' || (toks[m.first - 1] && ctx.isTime(toks[m.first - 1]!))) return false;
  const end = clauseEnd(ctx, m.last);
  // The predicate: the first finite verb after the subject that is not an infinitive inside it ("threats to attack … violate").
  for (let k = m.last + 1; k < end; k++) {
    const t = toks[k]!;
    // "Talks between Pyongyang and Washington have been at an impasse": "be" with no verb after it is a state.
    // "are purely defensive": adverbs after "be" are passed over.
    if (t.pos === 'AUX' && t.lemma === 'be' && !AFTER_BE.has(toks[afterAdverbs(toks, k + 1)]?.pos ?? '')) return true;
    // "the strikes had degraded …": after the perfect's "have" a participle the tagger read as an adjective is the verb.
    const perfectParticiple = t.pos === 'ADJ' && toks[k - 1]!.pos === 'AUX' && toks[k - 1]!.lemma === 'have';
    if ((t.pos !== 'VERB' && !perfectParticiple) || toks[k - 1]!.lower === 'to') continue;
    if (modifierVerb(ctx, t)) continue;
    // "talks are expected to take place": a predicate before an infinitive says what its infinitive says.
    const p = toks[k + 1]?.lower === 'to' && toks[k + 2]?.pos === 'VERB' ? k + 2 : k;
    return !OCCURRENCE_VERBS.has(toks[p]!.lemma) && !matches.some((x) => x.first === p);
  }
  return false;
}

/** The first word from `k` on that is no adverb. */
function afterAdverbs(toks: readonly Word[], k: number): number {
  while (toks[k]?.pos === 'ADV') k++;
  return k;
}

/**
 * "a ban on poultry and live bird imports": a verb form the syntax reads as non-finite and with no subject of its
 * own modifies a noun; it is no predicate. ("threats to attack his country violate" keeps "violate": the syntax
 * gives it a subject, though it reads a bare present as non-finite.)
 */
export function modifierVerb(ctx: Pick<SentenceCtx, 'syntax'>, t: Word): boolean {
  const vg = ctx.syntax.verbGroupAt(t.index);
  return vg !== null && !vg.finite && vg.subject === null;
}

/**
 * "Guatemalans held a national day of mourning": "hold" is detention (decision 15) only with a captive, a person or
 * group named as its object ("held the president", "was held by soldiers"), not an occasion.
 */
export function holdWithoutCaptive(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  if (toks[m.first]!.lemma !== 'hold' || !m.pattern.code.startsWith(DETENTION) || ctx.syntax.passiveAt(toks[m.first]!.index)) return false;
  let k = m.last + 1;
  while (toks[k] && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM')) k++;
  return !inGroup(ctx.groups, k) && toks[k]?.pos !== 'PRON';
}

/**
 * "Armed gangs have mostly abducted oil workers", "the US has imposed waves of sanctions": an act qualified as
 * habitual or repeated is a summary, not an event (README decision 2: summaries are background).
 */
export function habitual(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  // "has imposed waves of sanctions", "several rounds of talks": acts counted in repeated batches are a summary.
  const object = m.cueAt ?? m.first;
  if (toks[object - 1]?.lower === 'of' && REPEATS.has(toks[object - 2]?.lower ?? '')) return true;
  if (countedOrPast(ctx, m)) return true;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const t = toks[k]!;
    if (t.pos !== 'ADV' && t.pos !== 'AUX') return false;
    if (HABITUAL.has(t.lower)) return true;
  }
  return false;
}

/** What after "in the past" makes it a span ("in the past two days", "in the past week"), not the time before. */
const PAST_SPAN: ReadonlySet<string> = new Set(['NUM', 'ADJ', 'NOUN']);

/** Numbers that count occasions before "times": "three times", "several times". */
const OCCASION_COUNTS = new Set(['several', 'many', 'numerous', 'multiple', 'twice', 'repeatedly']);

/**
 * "Moscow has rejected visa requests at least three times", "In the past, Turkey has banned parties": an act
 * counted over occasions, or set "in the past", is a summary (decision 2), looked for in the trigger's clause.
 */
function countedOrPast(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const [from, to] = [clauseStart(ctx, m.first), clauseEnd(ctx, m.last)];
  // Counted occasions sum up only in a perfect ("has rejected … three times"); "fired three times" is one act.
  const v = governingVerb(toks, m.first);
  const summed = v >= 0 && perfect(ctx, v);
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    // "in the past", not "in the past two days".
    const next = toks[k + 1]?.pos ?? '';
    if (t.lower === 'past' && toks[k - 1]?.lower === 'the' && toks[k - 2]?.lower === 'in' && !PAST_SPAN.has(next)) return true;
    if (summed && t.lower === 'times' && (toks[k - 1]?.pos === 'NUM' || OCCASION_COUNTS.has(toks[k - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * "talks with foreign oil companies concerning the takeover": a stance cue in "-ing" form right after a noun is a
 * preposition ("concerning", "regarding"), and gives a statement no stance (no 012 for a plain "says").
 */
export function prepositionCue(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  if (m.cueAt === null) return false;
  const cue = toks[m.cueAt];
  const prev = toks[m.cueAt - 1];
  return ingForm(cue) && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') && ['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ'].includes(toks[m.cueAt + 1]?.pos ?? '');
}

/**
 * "said he doubts the U.S. can play that role", "said he fears a new war": a stance cue that is a verb of belief
 * the speaker holds is a belief, no expressed stance (decision 8: beliefs are not events); "expressed doubt",
 * "said he was worried" express one.
 */
export function beliefCue(ctx: SentenceCtx, m: TriggerMatch): boolean {
  if (m.cueAt === null) return false;
  return beliefVerb(ctx, ctx.toks[m.cueAt]!, BELIEF_CUES);
}

/**
 * Words that open a condition: "if the United States adopts new tariffs, China will retaliate" ("as long as" too), and
 * what a suspension waits for: "stop all cooperation until Britain meets three demands".
 */
const CONDITION_HEADS = new Set(['if', 'unless', 'until', 'till']);
/** How far before its predicate a condition's "if" may stand ("If the United States, regardless of opposition, adopts"). */
const CONDITION_REACH = 12;

/**
 * "If the United States adopts any new tariff measures, China will retaliate", "unless Israel rescinds the
 * annexation": the act a condition supposes has not happened; it is what a threat or promise hangs on (guidelines:
 * beliefs and hopes are not events). The trigger's verb must be the first finite verb after "if", the condition's
 * own predicate, not the main clause's ("China will retaliate if …" keeps "retaliate").
 */
export function condition(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const v = governingVerb(toks, m.first);
  if (v < 0 || toks[v]!.pos !== 'VERB') return false;
  for (let k = v - 1; k >= Math.max(0, v - CONDITION_REACH); k--) {
    const t = toks[k]!;
    if (CONDITION_HEADS.has(t.lower) || (t.lower === 'as' && toks[k - 1]?.lower === 'long' && toks[k - 2]?.lower === 'as')) return true;
    if (t.lower === ';' || (t.pos === 'VERB' && ctx.syntax.verbGroupAt(t.index)?.finite)) return false;
  }
  return false;
}

/** How far before its trigger a "since" clause's "since" may stand ("since the country's economy was devastated by"). */
const SINCE_REACH = 12;

/**
 * "met them for the first time since the militia was declared disarmed", "has not met Syria since Damascus attacked
 * Lebanon": a clause "since" opens dates the act it names before the story's news (or gives its cause); it is the scene
 * of the main clause, history (guidelines: background). "since Monday police have arrested" is a preposition of
 * time, and a comma ends the clause ("Since the war began, Israel has arrested 20").
 */
export function sinceClause(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const own = ctx.syntax.verbGroupAt(toks[m.first]!.index);
  for (let k = m.first - 1; k >= Math.max(0, m.first - SINCE_REACH); k--) {
    const t = toks[k]!;
    // "have since signed": an adverb of time, no clause of its own.
    if (t.lower === 'since') return toks[k + 1] !== undefined && !ctx.isTime(toks[k + 1]!) && !['NUM', 'VERB', 'AUX'].includes(toks[k + 1]!.pos);
    if (t.pos === 'PUNCT' && !possessive(t)) return false;
    // Another clause's verb stands between: "since" is not the trigger's own.
    if (t.pos === 'VERB' && ctx.syntax.verbGroupAt(t.index) !== own && ctx.syntax.verbGroupAt(t.index)?.finite) return false;
  }
  return false;
}

/** The modal of what would happen on a condition. */
const CONDITIONAL_MODAL = 'would';

/**
 * "Iraq would quit the talks if the United States attacked Iran": what a party would do if something happened is a
 * hypothetical (guidelines: hopes, hypotheticals and conditionals are not events), whoever says it. "will quit … if"
 * promises or threatens and is left to the frame rules, as is "would not" (a refusal) and "said it would quit" with
 * no condition (what "will" reports in the past).
 */
export function conditionalHypothetical(ctx: SentenceCtx, m: TriggerMatch): boolean {
  return underWould(ctx, m) && ctx.toks.some((t) => t.lower === 'if' || t.lower === 'unless');
}

/** Whether the verb that governs the trigger is in a "would" group, not negated: what a party would do. */
function underWould(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const v = governingVerb(ctx.toks, m.first);
  if (v < 0) return false;
  const group = ctx.syntax.verbGroupAt(ctx.toks[v]!.index);
  return group?.modal === CONDITIONAL_MODAL && !group.negated;
}

/**
 * "The European Union would commit to training 5,000 civil servants", "terrorists would infect cattle": with nobody
 * reporting it (no reporting verb, no quote), what a party would do is a plan, a scenario or a hypothetical, not what
 * it did or said it will do (guidelines: hopes, plans and hypotheticals are not events). "said it would send troops"
 * reports "will" and is coded; "would not comment" refuses and is left to the negation rules.
 */
export function unreportedWould(ctx: SentenceCtx, m: TriggerMatch): boolean {
  return underWould(ctx, m) && ctx.reporting.size === 0 && ctx.index.quoteAt(ctx.toks[m.first]!.index) === null;
}

/** How far before its verb a perfect's "have" may stand ("have been slain", "had repeatedly boycotted"). */
const PERFECT_REACH = 4;

/** The verb `v` is in a perfect tense: "has relied", "have been slain", "had boycotted". */
function perfect(ctx: SentenceCtx, v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - PERFECT_REACH); k--) {
    const t = ctx.toks[k]!;
    if (t.pos === 'AUX' && t.lemma === 'have') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Present forms of "be" before a passive: "is listed as". */
const PRESENT_BE = new Set(['is', 'are']);

/**
 * "Hamas has been blacklisted as a terrorist organization by the United States", "is listed as a terrorist group": a
 * status a party holds, named by a perfect or present passive and "as", is a described state (guidelines:
 * background), not the act of naming it; "the United States on Monday blacklisted the group as …" is coded.
 */
export function heldStatus(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const t = toks[m.first]!;
  if (t.pos !== 'VERB' || toks[m.last + 1]?.lower !== 'as' || !ctx.syntax.passiveAt(t.index)) return false;
  return perfect(ctx, m.first) || PRESENT_BE.has(toks[before(toks, m.first)]?.lower ?? '');
}

/**
 * "More than a dozen journalists have been slain in Russia since 2000", "North Korea had boycotted the negotiations
 * for more than a year": a perfect over a span of time sums up what happened in it, and is no one event (README
 * decision 2: summaries are background). "has delivered food for the first time since 2012" is one act.
 */
export function spanSummary(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const v = governingVerb(toks, m.first);
  if (v < 0 || toks[v]!.pos !== 'VERB' || !perfect(ctx, v)) return false;
  const from = toks[clauseStart(ctx, m.first)]!.start;
  const to = toks[clauseEnd(ctx, m.last) - 1]!.end;
  return ctx.index.timexesWithin(from, to).some((x) => {
    const k = toks.findIndex((t) => t.start >= x.start);
    const lead = toks[k - 1]?.lower;
    // Spans of years ("since 2000", "since the mid-1990s", "for more than a year"), not of days ("since Monday").
    if (x.type === 'DURATION') return /Y$/.test(x.value ?? '') && (lead === 'for' || toks[k - 2]?.lower === 'for');
    // A year the text writes out; "since the beginning of the year" is this year's news.
    return x.type === 'DATE' && /^\d{3,4}$/.test(x.value ?? '') && /\d/.test(x.text) && lead === 'since' && toks[k - 2]?.lower !== 'time';
  }) || sinceClauseOfYears(ctx, v);
}

/**
 * "has relied on aid since the North's economy was devastated … in the mid-1990s": a "since" clause after a perfect
 * dated to a year sums up the years since, as "since 2000" does.
 */
function sinceClauseOfYears(ctx: SentenceCtx, v: number): boolean {
  const { toks } = ctx;
  let since = v + 1;
  while (since < toks.length && !(toks[since]!.lower === 'since' && toks[since - 1]?.lower !== 'time')) since++;
  if (since === toks.length) since = -1;
  if (since < 0 || toks.slice(v, since).some((t) => t.lower === ';')) return false;
  const from = toks[since]!.start;
  return ctx.index.timexesWithin(from, toks[toks.length - 1]!.end).some((x) => x.type === 'DATE' && /^\d{3,4}$/.test(x.value ?? '') && /\d/.test(x.text));
}

/** Adjectives of certainty: "not certain that …", "unclear whether …". */
const CERTAIN = new Set(['certain', 'clear', 'sure', 'known']);
const UNCERTAIN = new Set(['unclear', 'uncertain', 'unknown']);
const COMPLEMENTISERS = new Set(['that', 'whether', 'if']);
/** How far before the trigger the certainty phrase's complementiser may stand. */
const UNCERTAIN_REACH = 8;

/**
 * "it was not certain that the envoys would meet Kim", "it is unclear whether the talks will resume": an act the text
 * says nobody knows will happen is supposed, not reported (guidelines: beliefs and hopes are not events).
 */
export function uncertain(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  for (let k = m.first - 1; k >= Math.max(1, m.first - UNCERTAIN_REACH); k--) {
    const t = toks[k]!;
    if (t.lower === ',' || t.lower === ';') return false;
    if (!COMPLEMENTISERS.has(t.lower)) continue;
    const adj = toks[k - 1]!.lower;
    if (UNCERTAIN.has(adj)) return true;
    return CERTAIN.has(adj) && has(toks[k - 2], WORD.NEGATOR);
  }
  return false;
}


/** The places shots go when they are aimed at nobody: "in the air", "into the air", "in the sky". */
const AIMLESS = new Set(['air', 'sky']);

/**
 * "police fired into the air, then used tear gas", "soldiers shot into the air": shots aimed at nobody are a warning,
 * not force used against a party (CAMEO 18–20); what the shooters then did to the crowd is coded by its own trigger.
 */
export function shotsInTheAir(ctx: SentenceCtx, m: TriggerMatch): boolean {
  if (!FORCE_ROOTS.test(m.pattern.code)) return false;
  const { toks } = ctx;
  const [p, d, n, after] = [toks[m.last + 1], toks[m.last + 2], toks[m.last + 3], toks[m.last + 4]];
  // "fired into the air base" names a place, not the sky.
  return (p?.lower === 'in' || p?.lower === 'into') && d?.lower === 'the' && AIMLESS.has(n?.lower ?? '') && after?.pos !== 'NOUN' && after?.pos !== 'PROPN';
}

/** The tests, and whether what they find governs the rest of its clause (an adjunct, a relative or purpose clause). */
const TESTS: [string, (ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]) => boolean, boolean][] = [
  ['participial adjunct', participialAdjunct, true],
  ['what a participial adjunct of speech says', adjunctSpeechContent, false],
  ['adjectival participle', adjectivalParticiple, false],
  ['reduced relative clause', reducedRelative, true],
  ['a participle describing an object', participleAfterObject, true],
  ['a participle set off by commas', setOffParticiple, false],
  ['relative clause', relativeClause, true],
  ['possessive nominal', possessiveNominal, false],
  ['an act tried, failed or hoped for', undoneInfinitive, true],
  ['a hope or belief', believed, true],
  ['agentless passive', agentlessPassive, false],
  ['a doer that is no actor', doerNoActor, false],
  ['a thing of nature as the object', inanimateObject, false],
  ['a purpose clause', purposeClause, true],
  ['a fact insisted on', insistedFact, false],
  ['a nominal subject of a described state', nominalSubject, false],
  ['hold with no captive', holdWithoutCaptive, false],
  ['a habit', habitual, false],
  ['shots aimed at nobody', shotsInTheAir, false],
  ['a summary of a span', spanSummary, false],
  ['a status held', heldStatus, false],
  ['an act nobody knows will happen', uncertain, true],
  ['a condition', condition, false],
  ['a hypothetical on a condition', conditionalHypothetical, false],
  ['what a party would do, unreported', unreportedWould, false],
  ['a clause of "since"', sinceClause, false],
  ['a nominal act held or gained', heldNominal, false],
  ['a nominal act confirmed or reported', confirmedNominal, false],
  ['a publication', publishedThing, false],
  ['the subject of a "for … to" clause', forToSubject, false],
  ['a campaign rally', campaignRally, false],
  ['forces sent against nature', reliefDeployment, false],
];

/** Why a trigger is background and no event (and whether the triggers after it in its clause go with it), or null. */
export function backgroundOf(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): { kind: string; governs: boolean } | null {
  for (const [kind, test, governs] of TESTS) if (test(ctx, m, matches)) return { kind, governs };
  return null;
}
