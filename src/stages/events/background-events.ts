/**
 * Coded events a wire coder still leaves out (guidelines: "Background is not coded"; statements are not events):
 * what someone is able to do, acts named as the topic of a preposition, acts between states with a government
 * nobody could place, acts the text dates to an earlier year, acts it only guesses may happen. Each test is a small
 * named unit over one coded event; `dropBackgroundEvents` removes the events one of them names, before the sentence's
 * events are weighed against each other (prune.ts), so a dropped verb no longer crowds out the sentence's own nominal.
 */
import { WORD, has, type Event, type Timex, type Word } from '../../model/index.ts';
import { type SentenceCtx, clauseEnd, clauseStart, isRelativePronoun, triggerAt, wordAt } from './sentence.ts';
import { GOVERNMENT } from './parties.ts';
import { receivingVerb } from './received-acts.ts';

/** Prepositions of means and manner: "responded by firing tear gas", "quoted as denying" name the act done. */
const MEANS = new Set(['by', 'as']);
/** CAMEO 03–07, 09, 10, 13: intent to cooperate, consultation, diplomatic and material cooperation, aid, inquiry, demands, threats. */
const BETWEEN_STATES = /^(0[3-7]|09|10|13)/;

/**
 * "the government can refuse entry to foreign citizens if …": what someone is able to do is a standing rule, a
 * generic statement, not an act (guidelines: statements are not events). "cannot accept" refuses and is left to
 * the coder's negation rules.
 */
function genericAbility(ctx: SentenceCtx, e: Event): boolean {
  const k = triggerAt(ctx, e);
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = ctx.toks[j]!;
    // Walking back from the trigger, a negation after "can" ("can not") was met first.
    if (has(t, WORD.NEGATOR)) return false;
    if (t.pos === 'AUX' && t.lemma === 'can' && t.lower !== 'could') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/**
 * "a move aimed at restoring ties", "talks on ending the programme", "accused of killing": an "-ing" form a
 * preposition governs names an act as a topic, not the act done (guidelines: purpose and background are not coded).
 */
function topicGerund(ctx: SentenceCtx, e: Event): boolean {
  const k = triggerAt(ctx, e);
  const t = ctx.toks[k];
  const p = ctx.toks[k - 1];
  return t !== undefined && p !== undefined && t.pos === 'VERB' && t.lower.endsWith('ing') && p.pos === 'ADP' && !MEANS.has(p.lower);
}

/**
 * "arrived here today for a two-day official visit to Brunei", "was also there to welcome the prime minister",
 * "demanded that the government release …": an act one state does toward another — an intent, a meeting, a visit,
 * diplomatic or material cooperation, an inquiry, a demand, a threat (CAMEO 03–07, 09, 10, 13) — has a wire coder
 * know whose government takes part. A government no country was found for (`---GOV`) is a reference the coder failed
 * to resolve, and the event names a party nobody can use. A government named by its role alone is an actor in
 * statements and appeals (01–02: "the government urged calm"), in what it yields to or faces at home (08: "the junta
 * pardoned prisoners"; 11–12: "faced criticism", "the government refused entry"), in protests and force (14–20:
 * "anti-government demonstrations", "government forces battled militants"); those are left alone.
 */
function unplacedGovernment(_ctx: SentenceCtx, e: Event): boolean {
  return BETWEEN_STATES.test(e.cameo.code) && [...e.sources, ...e.targets].some(unplacedTitle);
}

type Party = Event['sources'][number];
const unplacedTitle = (a: Party) => a.country === null && a.role === GOVERNMENT;

/**
 * "Deputy Prime Minister and Foreign Minister Pham Binh Minh hosted a reception for the Lao ambassador": a bare title
 * (no article, no name of its own) joined by "and" to a placed member's titled name is that official's other title,
 * not a second party; read as a list, it is a government nobody placed and unplacedGovernment would drop the act. The
 * title leaves the side instead. "The president and Chancellor Merkel met …" names two people and stays as it is.
 */
export function withoutUnplacedTitles(ctx: SentenceCtx, e: Event): Event {
  if (!BETWEEN_STATES.test(e.cameo.code)) return e;
  const otherTitle = (a: Party, side: readonly Party[]) => {
    if (!unplacedTitle(a) || !a.mention) return false;
    const first = wordAt(ctx.toks, a.mention!.start);
    const and = ctx.toks.findIndex((t) => t.start >= a.mention!.end);
    if (first < 0 || and < 0 || ctx.toks[and]!.lower !== 'and' || ctx.toks[first - 1]?.pos === 'DET' || !/^\p{Lu}/u.test(ctx.toks[first]!.text)) return false;
    const next = ctx.toks[and + 1];
    return next !== undefined && side.some((b) => !b.code.startsWith('---') && b.mention?.start === next.start);
  };
  const [sources, targets] = [e.sources, e.targets].map((side) => side.filter((a) => !otherTitle(a, side)));
  return sources!.length === e.sources.length && targets!.length === e.targets.length ? e : { ...e, sources: sources!, targets: targets! };
}

/** A date that names a year and nothing finer ("in 2000"). */
const YEAR_ONLY = /^\d{4}$/;
/** Words before a time that make it a bound of a span ("since 2012", "from 1990 to 2000"), not the act's date. */
const SPAN_BOUNDS: ReadonlySet<string> = new Set(['since', 'from', 'to', 'until', 'till', 'through', 'between', 'and']);

/**
 * "Talks between Syria and Israel broke down in 2000", "Israel seized the Golan Heights in 1967": in a text with no
 * publication date, an act whose clause's time adverbials name only years is history (guidelines: background; an
 * event dated last year or earlier is not coded): wire copy dates its own weeks' news by day or month, not by the
 * year alone. A year that only modifies a noun ("the 1998 accord") dates the noun, a span's bound ("for the first
 * time since 2012") dates no act, and "signed an agreement today … compared with last year" has today's date too.
 * Where the publication date is known the act keeps its date and is coded: the seed golden article codes the 1950
 * treaty its 2020 story recalls.
 */
function history(ctx: SentenceCtx, e: Event, published: string | null): boolean {
  if (published !== null || e.date.timex === null) return false;
  const dates = clauseDates(ctx, e);
  // "today" with no publication date to anchor it has no value, yet still dates the act to the present.
  return dates.length > 0 && dates.every((x) => x.value !== null && YEAR_ONLY.test(x.value));
}

/** The time adverbials of an event's clause: dates and times, not a span's bounds. */
export function clauseDates(ctx: SentenceCtx, e: Event): Timex[] {
  const k = triggerAt(ctx, e);
  const from = ctx.toks[clauseStart(ctx, k)]!.start;
  const to = ctx.toks[clauseEnd(ctx, k) - 1]!.end;
  return ctx.index.timexesWithin(from, to).filter((x) => {
    let w = 0;
    while (w < ctx.toks.length && !(ctx.toks[w]!.start >= x.start && ctx.toks[w]!.end <= x.end)) w++;
    if (w === ctx.toks.length) w = -1;
    return (x.type === 'DATE' || x.type === 'TIME') && w >= 0 && ctx.isTime(ctx.toks[w]!) && !SPAN_BOUNDS.has(ctx.toks[w - 1]?.lower ?? '');
  });
}

/** "last year", "three years ago": dated back from the day of writing to an earlier year, whatever that day is. */
const EARLIER_YEAR_TEXT = /^(last year|(a|an|\w+) years? ago)$/i;

/**
 * "brought his party into the coalition last year", "the militants seized the two in October" (in a January story):
 * an act the text dates back from the day of writing to an earlier year is the story's history (guidelines:
 * background; an event dated last year or earlier is not coded). The dates of the clause must all be such, so
 * "signed today … compared with last year" stays. A year written out is left to the reader's date (history above;
 * the seed golden article codes the 1950 treaty its 2020 story recalls), and "last year's election" dates a noun,
 * not the act.
 */
function earlierYear(ctx: SentenceCtx, e: Event, published: string | null): boolean {
  const k = triggerAt(ctx, e);
  const dates = clauseDates(ctx, e).filter((x) => !verbBetween(ctx, k, x));
  return dates.length > 0 && dates.every((x) => !x.stated.includes('year') && !possessive(ctx, x) && datesEarlierYear(x, published));
}

function datesEarlierYear(x: Timex, published: string | null): boolean {
  if (EARLIER_YEAR_TEXT.test(x.text)) return true;
  const year = /^\d{4}/.exec(x.value ?? '')?.[0];
  // "a few years later" after "in 1950" counts from the story's history, not from the day of writing.
  return published !== null && x.anchor.kind === 'published' && year !== undefined && year < published.slice(0, 4) && !sameWeek(x.value!, published);
}

const DAY_MS = 86_400_000;
/** "on Monday" in a story of Thursday 2 January: a day of the week before the day of writing is this week's news, whatever its year. */
function sameWeek(value: string, published: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const days = (Date.parse(published.slice(0, 10)) - Date.parse(value)) / DAY_MS;
  return days >= 0 && days < 7;
}

/** "will return weapons seized last year": a verb after the trigger and before the time is the one it dates. */
function verbBetween(ctx: SentenceCtx, k: number, x: Timex): boolean {
  for (let j = k + 1; j < ctx.toks.length && ctx.toks[j]!.start < x.start; j++) if (ctx.toks[j]!.pos === 'VERB') return true;
  return false;
}

/** "last year's election": the time modifies the noun after it. */
function possessive(ctx: SentenceCtx, x: Timex): boolean {
  const after = ctx.toks.find((t) => t.start >= x.end);
  return after !== undefined && (after.lower === "'s" || after.lower === '’s');
}

/** Auxiliaries of epistemic possibility: what the writer or a source guesses may happen, not what did. */
const GUESSED = new Set(['might', 'may']);

/**
 * "terrorists might attack the country", "voters may be ready to change the party in control": an act under "may" or
 * "might" is a guess about what may happen, not something that happened (guidelines: hopes, predictions and
 * hypotheticals are not events). Only the auxiliary of the trigger's own verb chain counts (a predicate adjective may
 * stand in it: "may be ready to"), on an act the modality
 * rules found hypothetical. "could" is left alone: it also names what a party is able or free to do, and "Russia and
 * China could form a military alliance" is coded as intent by the frame rules (the seed golden article).
 */
function guessedAct(ctx: SentenceCtx, e: Event): boolean {
  if (e.modality !== 'hypothetical') return false;
  const k = triggerAt(ctx, e);
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = ctx.toks[j]!;
    if (t.pos === 'AUX' && GUESSED.has(t.lower)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * "both countries should jointly oppose protectionism, he said", "their governments should withdraw statements": an
 * act under "should" or "must" is what someone holds a party ought to do, not something done (guidelines: statements,
 * hopes and plans are not events); when it is said of another party the statement itself is the appeal or demand,
 * which the frame rules code on the speech verb (coding.json contentModals). Only the auxiliary of the trigger's own
 * verb chain counts.
 */
function prescribedAct(ctx: SentenceCtx, e: Event): boolean {
  const k = triggerAt(ctx, e);
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = ctx.toks[j]!;
    if (t.pos === 'AUX' && ctx.lex.contentModals.has(t.lower)) return true;
    // 'should "withdraw …"': a quotation opening inside the chain.
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && !has(t, WORD.QUOTE_MARK)) return false;
  }
  return false;
}

/** CAMEO 03–07: intent to cooperate, consultation, diplomatic and material cooperation, aid. */
const COOPERATION = /^0[3-7]/;

/**
 * "pledged nearly $37 million in additional relief", "met with teargas", "is investing considerable sums": cooperation
 * (intent, meetings, ties, aid) is done with someone; one whose recipient neither the sentence nor the places it
 * names could give (`---`) is a statement of policy or a figure of speech, which wire coders leave out (statements
 * and hopes are not events). Verbal and hostile acts, yielding and force keep `---` (guidelines: an event with no
 * target gets the target `---`): "the junta pardoned prisoners", "Syria denied it".
 */
function unreceivedCooperation(ctx: SentenceCtx, e: Event): boolean {
  // "the Amir received a cable of congratulations from King Abdullah": the receiving verb's subject is the recipient,
  // there even when no actor was read for it (receivedAct gives it `---`).
  return COOPERATION.test(e.cameo.code) && e.targets.every((a) => a.code === '---') && receivingVerb(ctx, { first: triggerAt(ctx, e) }) < 0;
}

/**
 * "The commercial, which shows pictures of the rebel leader, offers a reward", "shipments across ports from Maine to
 * Texas, in a disruption analysts warned …": a source named before the trigger, and a comma before it, only inside
 * a relative clause or as the object of a preposition of place, is not the subject of the act; the coder found no
 * doer, and an act with none is not coded (decision 3: no-actor).
 */
function sourceNotSubject(ctx: SentenceCtx, e: Event): boolean {
  const k = triggerAt(ctx, e);
  return e.sources.every((a) => {
    const at = a.mention ? wordAt(ctx.toks, a.mention.start) : -1;
    // "people in Nairobi protested": a place that closes the subject's own phrase gives the subject its country.
    if (at <= 0 || at >= k || !ctx.toks.slice(at + 1, k).some((t) => t.lower === ',')) return false;
    return (ctx.lex.governors.sourcePlace.has(ctx.toks[at - 1]!.lower) || inRelative(ctx, at)) && !subjectAppositive(ctx, at, k);
  });
}

/**
 * "Seo Min-jung, director general at Seoul's foreign ministry, brought in …": word `at` stands in an appositive set
 * off by commas between a bare name that opens the clause and the trigger; the appositive says whose official the
 * subject is, so the place in it gives the subject its country. Neither the name nor the appositive holds a verb (a
 * relative clause, "which shows …", does).
 */
function subjectAppositive(ctx: SentenceCtx, at: number, k: number): boolean {
  const { toks } = ctx;
  let open = at - 1;
  while (open >= 0 && toks[open]!.lower !== ',') open--;
  let close = at + 1;
  while (close < k && toks[close]!.lower !== ',') close++;
  if (open <= 0 || close >= k) return false;
  // The trigger follows the closing comma, adverbs and auxiliaries between.
  for (let j = close + 1; j < k; j++) if (toks[j]!.pos !== 'ADV' && toks[j]!.pos !== 'AUX') return false;
  let start = open - 1;
  while (start >= 0 && toks[start]!.lower !== ',') start--;
  const name = toks.slice(start + 1, open);
  const noVerb = (ws: readonly Word[]) => ws.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !isRelativePronoun(t));
  return name.length > 0 && name.every((t) => t.pos !== 'ADP' && t.pos !== 'DET') && /^\p{Lu}/u.test(name[0]!.text) && noVerb(name) && noVerb(toks.slice(open + 1, close));
}

/** Word `at` stands in a relative clause ("which …", "who …") with no comma before it inside the clause. */
function inRelative(ctx: SentenceCtx, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && ctx.toks[j]!.lower !== ',' && !isRelativePronoun(ctx.toks[j])) j--;
  return j >= 0 && isRelativePronoun(ctx.toks[j]);
}

/**
 * "advised its citizens to temporarily avoid visiting Egypt": an act one keeps away from is not done (guidelines:
 * negated or hypothetical acts; statements and plans are not events). Only the "-ing" form right after the verb of
 * avoidance (adverbs between) counts; "refrain from" is a preposition's topic (topicGerund).
 */
function avoidedAct(ctx: SentenceCtx, e: Event): boolean {
  const k = triggerAt(ctx, e);
  const t = ctx.toks[k];
  if (!t || !t.lower.endsWith('ing')) return false;
  let j = k - 1;
  while (j >= 0 && ctx.toks[j]!.pos === 'ADV') j--;
  return j >= 0 && ctx.lex.words.avoidVerbs.has(ctx.toks[j]!.lemma);
}

/** The units in order, each with the short stable name the evaluation counts its drops by ("pruned by"). */
const RULES: readonly [string, (ctx: SentenceCtx, e: Event, published: string | null) => boolean][] = [
  ['generic ability', genericAbility],
  ['topic gerund', topicGerund],
  ['unplaced government', unplacedGovernment],
  ['history', history],
  ['earlier year', earlierYear],
  ['guessed act', guessedAct],
  ['prescribed act', prescribedAct],
  ['unreceived cooperation', unreceivedCooperation],
  ['source not the subject', sourceNotSubject],
  ['avoided act', avoidedAct],
];

/** Remove the events one of the rules names; returns each removed event with the name of the rule that removed it. */
export function dropBackgroundEvents(ctx: SentenceCtx, out: Event[], published: string | null): Map<Event, string> {
  const dropped = new Map<Event, string>();
  for (let k = out.length - 1; k >= 0; k--) {
    for (const [name, drops] of RULES) {
      if (!drops(ctx, out[k]!, published)) continue;
      dropped.set(out[k]!, name);
      out.splice(k, 1);
      break;
    }
  }
  return dropped;
}
