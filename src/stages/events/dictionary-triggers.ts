/**
 * The PETRARCH2 verb dictionary over a sentence's clauses: the frame of each verb group goes to the matcher.
 * Where the own patterns found the verb, a dictionary pattern that fits its object or prepositional phrases
 * gives the code (the dictionary is the wire coders' authority); the bare verb keeps the own pattern's code,
 * whose leaf the manual gives. Where the own patterns are silent, the dictionary's code makes the verb a
 * trigger. Frames and statement verbs with a stance cue or a clause stay with the own patterns, which know their
 * content; a plain statement's verb with a noun object ("announced plans", "claimed the attack") is read like any verb.
 */
import type { Pattern } from '../../lexicons/events/petrarch-dictionary.ts';
import type { DictionaryIndex } from './dictionary/dictionary-index.ts';
import { clauseEndOf, clauseFrame, clauseReading } from './dictionary/clause-frame.ts';
import type { ClauseFrame } from './dictionary/frame.ts';
import { bestClauseMatch, knowsVerb, matchClause, type DictionaryMatch } from './dictionary/match-clause.ts';
import { singular } from './dictionary/object-synonyms.ts';
import { verbGroupsIn, type Syntax, type VerbGroup } from '../../model/index.ts';
import { eventPattern, regularVerbBases, verbByPosition, type TriggerMatch } from './match-triggers.ts';
import type { EventResources } from './resources.ts';
import type { SentenceCtx } from './sentence.ts';

/** A plain statement is no event (guidelines): the dictionary's SAY codes 010. */
const STATEMENT = '010';
/** Particles and bare prepositions of the notation: a pattern of these alone (`* AT`, `* (FROM)`) names no object. */
const PARTICLES = new Set(['AT', 'ON', 'TO', 'WITH', 'FOR', 'FROM', 'IN', 'INTO', 'AGAINST', 'OVER', 'OFF', 'UP', 'DOWN', 'OUT', 'BACK', 'AWAY', 'OF', 'BY', 'ABOUT', 'AS']);
const MARKERS = new Set(['$', '+', '%', '^']);
/** A word of the notation that is neither a marker nor a particle (a set `&X` is one). */
const isWord = (t: string) => !MARKERS.has(t) && !PARTICLES.has(t);
/** A literal word: a word that is no set. */
const isLiteral = (t: string) => isWord(t) && !t.startsWith('&');
/** Whether an element of a pattern's side (a word, a `{noun phrase}` or a `(prep phrase)`) holds a word passing `test`. */
const holds = (test: (t: string) => boolean) => (e: Pattern['post'][number]) => (typeof e === 'string' ? test(e) : e.np.some(test));

/**
 * "will not accept the outcome", "did not approve the text of a proposal", "said they would not sign": a refused
 * acceptance, approval or signature is a rejection (the coding conventions: `will not accept` is 120; REJECT *
 * &PROPOSAL [120]), though the dictionary's ACCEPT and SIGN code nothing bare and a refused 03 intent or 08 yield
 * would not read as one. A signature the own patterns code ("would not sign the agreement", 057) is refused by them.
 */
const ACCEPTANCE = new Set(['accept', 'approve', 'sign']);
const REJECTION = '120';

/** The code of a negated acceptance verb group, or null. */
export function refusedAcceptance(g: Pick<VerbGroup, 'negated'>, lemma: string): string | null {
  return g.negated && ACCEPTANCE.has(lemma) ? REJECTION : null;
}

/**
 * Does the pattern name what the verb acts on (a word of its object or of a prepositional phrase after it), or
 * who acts by a literal word before it (`MOURNERS *` [017]: mourners gathering is the act)? A set before the
 * verb (`&AIRCRAFT *`) names no one in particular: it only sorts a verb that codes bare anyway. With `sets` false,
 * only a literal word after the verb counts (`* DRUG`, not `* &AIRCRAFT`).
 */
export function namesObject(pattern: Pattern | null, sets = true): boolean {
  return (pattern?.post ?? []).some(holds(sets ? isWord : isLiteral)) || (pattern?.pre ?? []).some(holds(isLiteral));
}

/**
 * "is expected to discuss with the Jordanian monarch": a pattern of a bare "with" phrase read as one act both sides
 * do (CONFER's `* (WITH) [046:046]`) names the other party of a mutual act, which makes it talks, as an object would.
 */
export function namesPartner(found: Pick<DictionaryMatch, 'pattern' | 'code' | 'reciprocal'>): boolean {
  const post = found.pattern?.post ?? [];
  const only = post.length === 1 && (found.pattern?.pre.length ?? 0) === 0 ? post[0]! : null;
  return only !== null && typeof only !== 'string' && 'pp' in only && only.pp === 'WITH' && only.np.length === 0 && found.code !== null && found.reciprocal === found.code;
}

/**
 * An own match takes the dictionary's code when the own pattern is the bare verb and the dictionary's names the
 * object (or the partner of a mutual act), within the same root (a root change needs a sense the own patterns know: frames, statements) and not
 * less specific than the own leaf. A pattern in TABARI's linear notation (`* ATTACK ON +`), which PETRARCH2 itself no
 * longer matched, is no authority over the own code ("condemned the attack of Israel on Gaza" stays CONDEMN's 111).
 */
function recodes(dict: DictionaryIndex, own: TriggerMatch, found: DictionaryMatch): boolean {
  const code = own.pattern.code;
  if (!mayRecode(own) || !found.code || found.linear) return false;
  if (own.cue === null ? !(namesObject(found.pattern) || namesPartner(found)) : !namesCue(found.pattern, own.cue) || listedAlso(dict, found, code)) return false;
  return found.code !== code && found.code.slice(0, 2) === code.slice(0, 2) && !code.startsWith(found.code);
}

/**
 * "lodged a protest with China regarding an intrusion of ships": where the best pattern that fits is of another
 * root (`* PROTEST (OF)` [140], over an "of" further on), it is a sense the own patterns overrule, and the leaf of
 * the sense in the text comes from the first pattern of that root that fits (`* PROTEST` [110]; fixtures README
 * rules 12 and 15). A best reading of the own root that does not recode says the own code is right: no other is asked.
 */
export function ownSenseReading(dict: DictionaryIndex, own: TriggerMatch, best: DictionaryMatch, frame: () => ClauseFrame): DictionaryMatch | undefined {
  if (!best.code || best.code.slice(0, 2) === own.pattern.code.slice(0, 2)) return undefined;
  // recodes keeps to the own root, so the first reading it accepts is the first fitting pattern of that root.
  return matchClause(dict, frame()).find((r) => recodes(dict, own, r));
}

/** The dictionary lists the pattern that fits a second time with the own code (`* STRIKE` [082] and [087]): it agrees with the own code. */
function listedAlso(dict: DictionaryIndex, found: DictionaryMatch, code: string): boolean {
  let block = null;
  for (const b of dict.dictionary.verbs.blocks) {
    if (b.name !== found.block) continue;
    block = b;
    break;
  }
  const text = (p: Pattern) => JSON.stringify([p.pre, p.post]);
  return !!found.pattern && !!block && block.patterns.some((p) => p.code === code && text(p) === text(found.pattern!));
}

/** The dictionary's block of verbs that begin something (launch, begin, start, kick off, initiate, open, …). */
const STARTING_BLOCK = 'START';
/**
 * Verbs of doing an act, in the order tried: the act a starting verb begins is read as done with them. Not "hold":
 * its block is CONFINE's (HOLD * COOPERATION [160] is withholding it), no doing.
 */
const DOING_VERBS = ['conduct', 'stage'];

/**
 * "kicked off a preliminary training", "began the joint exercises": starting an act is doing it (an act is coded
 * when it begins). The dictionary's START block lists few of the acts that may begin; where its reading names no
 * object, the clause is read with a verb of doing in its place (CONDUCT * TRAINING [062:062]). Only a literal word
 * after the verb counts: a set says nothing of this act in particular.
 */
export function begunAct(index: DictionaryIndex, frame: () => ClauseFrame, found: DictionaryMatch | undefined): DictionaryMatch | undefined {
  if (!found || found.block !== STARTING_BLOCK || namesObject(found.pattern)) return undefined;
  const f = frame();
  // The starting verb's own particle ("kicked off a training", "embarked on talks") introduces what the doing verb takes as its object.
  const particle = found.verb.split('_')[1];
  const at = particle ? (f.preps ?? []).findIndex((p) => p.prep.toUpperCase() === particle && p.object !== null) : -1;
  const read = at < 0 ? f : { ...f, objects: [f.preps![at]!.object!, ...(f.objects ?? [])], preps: f.preps!.filter((_, k) => k !== at) };
  for (const verb of DOING_VERBS) {
    const done = bestClauseMatch(index, { ...read, verb: { text: verb, lemma: verb } });
    if (done?.code && !done.subjectIsTarget && namesObject(done.pattern, false)) return { ...done, explanation: `"${f.verb.text}" begins what "${verb}" does: ${done.explanation}` };
  }
  return undefined;
}

/** The dictionary's block of verbs of going somewhere (go, travel, leave, depart, journey, tour): bare, 040. */
const GOING_BLOCK = 'GO_SOMEWHERE';

/**
 * "went to Panama", "is expected to go to Panama": a verb of going somewhere with a "to" phrase names where it goes,
 * which the place stands in for (guidelines); the bare verb's block code (040) is the trip, as "will travel to" is.
 * Without one ("went ahead", "leave the talks") it names no one.
 */
export function travelsTo(found: Pick<DictionaryMatch, 'block' | 'pattern'>, frame: () => Pick<ClauseFrame, 'preps'>): boolean {
  return found.block === GOING_BLOCK && found.pattern === null && (frame().preps ?? []).some((p) => p.prep.toLowerCase() === 'to' && p.object !== null);
}

/** Statement verbs and frames keep their own code whatever the dictionary says. */
function mayRecode(own: TriggerMatch): boolean {
  return !own.pattern.speech && !own.pattern.frame;
}

/**
 * Does the pattern name, by a literal word after the verb, the own match's one-word object cue ("protest" for
 * `* PROTEST`, `* (OVER PROTEST)`)? A set (`&PROTEST`) or a particle says nothing of that word in particular.
 */
export function namesCue(pattern: Pattern | null, cue: string): boolean {
  if (cue.includes(' ')) return false;
  const word = cue.toUpperCase();
  const forms = new Set([word, singular(word)]);
  const isCue = (t: string) => isLiteral(t) && t.split(/[/_]/).some((w) => forms.has(w) || forms.has(singular(w)));
  return (pattern?.post ?? []).some(holds(isCue));
}

/** A statement verb's own match that carries no stance cue: the dictionary may know what its object makes it. */
function plainStatement(own: TriggerMatch): boolean {
  return own.pattern.speech === true && own.pattern.code === STATEMENT && own.cue === null && own.first === own.last;
}

/** How far after a reporting verb's object the finite verb of the clause it opens may stand ("the attacks, involving …, took place"). */
const CLAUSE_VERB_REACH = 12;
/** Words that end the object's own phrase: a relative clause or a conjoined verb of the reporting verb's own clause. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'and', 'but', 'or', ';']);

/**
 * "said the raid will not undermine relations", "say the attacks, involving a car bombing, took place": a reporting
 * verb's object that a finite verb follows opens the clause reported; it is no object of the statement.
 */
export function opensClause(syntax: Syntax, groups: readonly VerbGroup[], g: VerbGroup): boolean {
  const object = g.object;
  if (!object) return false;
  // A plain present ("the restrictions do not help") is no finite group to the parser, but it has its subject.
  const v = groups.find((x) => x !== g && x.head > object.last && (x.finite || x.subject !== null));
  if (!v || v.first - object.last > CLAUSE_VERB_REACH) return false;
  for (let k = object.last + 1; k < v.first; k++) if (CLAUSE_STOPS.has(syntax.words[k]!.lower)) return false;
  return true;
}

/** The index of the own match whose words hold token `h`, or -1. */
function ownAt(matches: readonly TriggerMatch[], h: number): number {
  for (let k = 0; k < matches.length; k++) if (matches[k]!.first <= h && h <= matches[k]!.last) return k;
  return -1;
}

/**
 * "began a hunger strike": an own trigger of the same root in the verb's clause is the event; the light verb adds
 * none. A statement verb is no such noun ("mourners gathered … to say good-bye": the gathering is the act).
 */
function ownInClause(matches: readonly TriggerMatch[], h: number, end: number, code: string): boolean {
  return matches.some((m) => m.first > h && m.first < end && !m.dictionary && !m.pattern.speech && m.pattern.code.slice(0, 2) === code.slice(0, 2));
}

/**
 * "those attending the inauguration", "forces shot down a jet": a dictionary verb form the tagger calls a noun or
 * adjective where its place makes it a verb (verbByPosition) is read as a one-word verb group, its subject the
 * chunk just before it and its object the chunk after it (or after its particle).
 */
export function rescuedGroups(syntax: Syntax, first: number, toks: SentenceCtx['toks'], res: Pick<EventResources, 'dictionary'>): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !verbByPosition(toks, i) || !knowsVerb(res.dictionary, t)) continue;
    const head = first + i;
    // The chunker may also run the subject's chunk on through the object ("Gunmen shot dead a police officer").
    const chunkRange = (at: number) => {
      const c = syntax.chunkAt(at);
      return c ? { first: Math.max(c.first, at), last: c.last } : null;
    };
    // The chunker may have taken the word into the subject's chunk ("Ukrainian forces shot"): the subject ends before it.
    const before = syntax.chunkAt(head - 1);
    const subject = before && before.first < head ? { first: before.first, last: head - 1 } : null;
    // The object follows a particle or a complement adjective ("shot down a jet", "shot dead a policeman").
    const objectAt = toks[i + 1] && (toks[i + 1]!.pos === 'ADP' || toks[i + 1]!.pos === 'ADJ') ? head + 2 : head + 1;
    const object = objectAt < first + toks.length ? chunkRange(objectAt) : null;
    out.push({ first: head, last: head, lead: head, head, lemma: t.lemma, tense: 'past', negated: false, modal: null, passive: false, finite: true, subject, object });
  }
  return out;
}

/**
 * "seized drugs", "withdrew from the presidential race", "fought racism", "killed himself": a pattern over a word the verb
 * acts on that codes nothing (`SEIZE * DRUG` [---], `WITHDRAW * (FROM RACE)` [---]) is the dictionary saying this sense
 * of the verb is no event, and it outranks the verb's bare code the own patterns gave. A set is too wide to say so
 * (the FIGHT block's `* &AIRCRAFT` [---] would make "hit the aircraft" no attack).
 */
function noEvent(found: DictionaryMatch | undefined): boolean {
  return !!found && found.code === null && !found.subjectIsTarget && namesObject(found.pattern, false);
}

/** Do the own patterns know a word, by its lemma or a regular verb form ("attending")? An irregular one ("shot") they do not. */
function ownVerbForm(res: Pick<EventResources, 'index'>, t: { lemma: string; lower: string }): boolean {
  return res.index.has(t.lemma) || regularVerbBases(t.lower).some((b) => res.index.has(b));
}

/**
 * The sentence's trigger matches with the dictionary's codes: own matches recoded where a pattern fits, and a
 * match for every other verb the dictionary codes. `allowed` says whether a verb may be a trigger at all
 * (adjectival participles and background are not).
 */
export function withDictionary(ctx: SentenceCtx, res: EventResources, matches: readonly TriggerMatch[], allowed: (i: number) => boolean): TriggerMatch[] {
  const { syntax, toks } = ctx;
  const first = syntax.sentences[ctx.s]!.first;
  const out = [...matches];
  const sentenceGroups = verbGroupsIn(syntax.verbGroups, first, first + toks.length);
  const rescued = rescuedGroups(syntax, first, toks, res);
  sentenceGroups.push(...rescued);
  for (const g of sentenceGroups) {
    if (g.head < first || g.head >= first + toks.length) continue;
    const h = g.head - first;
    // What decides without the dictionary goes first, so a clause whose reading could change nothing is not matched.
    // A reporting verb with a noun object ("claimed the attack": ALLEGE * ATTACK [015]) is read like any verb; the
    // dictionary codes a plain "said the talks would resume" 010, which is no event.
    const at = ownAt(out, h);
    const own = at < 0 ? null : out[at]!;
    // So is a plain statement's verb with a noun object ("announced plans to …": ANNOUNCE * PLANS [030]); its own
    // match gives way to the dictionary's trigger, if any.
    const statement = own !== null && plainStatement(own) && g.object !== null && !opensClause(syntax, sentenceGroups, g);
    if (own && !statement ? own.first !== h || !mayRecode(own) : (ctx.reporting.has(h) && !g.object) || !allowed(h)) continue;
    const refused = own ? null : refusedAcceptance(g, toks[h]!.lemma);
    if (refused) {
      out.push({ pattern: eventPattern({ code: refused, lemmas: [toks[h]!.lemma], pos: 'VERB' }), first: h, last: h, cue: null, cueAt: null, cueEnd: null, score: 100, frame: null });
      continue;
    }
    if (!knowsVerb(res.dictionary, syntax.words[g.head]!)) continue;
    const read = clauseReading(res.dictionary, syntax, g);
    // An act noun the own patterns know ("began cooperation", "launched a strike") is the event already.
    const ownAct = out.some((m) => m.first > h && m.first < clauseEndOf(syntax, g) - first && !m.dictionary && !m.pattern.speech);
    const found = (ownAct ? undefined : begunAct(res.dictionary, () => clauseFrame(syntax, g), read)) ?? read;
    if (own && !statement && own.cue === null && noEvent(found)) {
      out.splice(at, 1);
      continue;
    }
    if (!found?.code) continue;
    // "faced criticism" ([:112] FACE * CRITICISM): what the subject undergoes is no act of the subject's.
    if (found.subjectIsTarget) continue;
    if (own && !statement) {
      const recoding = recodes(res.dictionary, own, found) ? found : ownSenseReading(res.dictionary, own, found, () => clauseFrame(syntax, g));
      if (!recoding?.code) continue;
      out[at] = { ...own, pattern: { ...own.pattern, code: recoding.code }, dictionary: recoding };
      continue;
    }
    if (found.code === STATEMENT) continue;
    // A trip is its own event: a meeting after it is its purpose ("expected to go to Panama to meet with …"), not the event.
    const trip = travelsTo(found, () => clauseFrame(syntax, g));
    // A misread word the own patterns could not reach by its form ("rebels shot dead a …") takes the dictionary's bare verb.
    if (!(namesObject(found.pattern) || trip || (rescued.includes(g) && !ownVerbForm(res, toks[h]!))) || (!trip && ownInClause(out, h, clauseEndOf(syntax, g) - first, found.code))) continue;
    const pattern = eventPattern({ code: found.code, lemmas: [toks[h]!.lemma], pos: 'VERB' });
    const match: TriggerMatch = { pattern, first: h, last: h, cue: null, cueAt: null, cueEnd: null, score: 100, frame: null, dictionary: found };
    if (statement) out[at] = match;
    else out.push(match);
  }
  return out.sort((a, b) => a.first - b.first);
}
