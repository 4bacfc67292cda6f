/** A second target named by a phrase joined by "and" to the one the act is aimed at: a prepositional or a noun phrase. */
import { RELATIVE_PRONOUNS, inGroup, sameActor, type ActorGroup, type Found, type FoundActor, type SentenceCtx } from './sentence.ts';
import type { TriggerMatch } from './match-triggers.ts';

/** Prepositions that name whom an act is aimed at ("sanctions on", "an attack against", "aid to", "talks with"). */
const TARGET_PREPS: ReadonlySet<string> = new Set(['on', 'against', 'to', 'with', 'at', 'toward', 'towards', 'upon']);
/** How far after the trigger the joined phrase may stand (a relative clause may stand between the two phrases). */
const REACH = 25;
/** How far into the joined phrase its actor may stand ("on a Hezbollah-controlled financial institution"). */
const INTO_PHRASE = 4;

/**
 * "imposed sanctions on Russian banks and on Belarusian officials", "imposed sanctions against a network that
 * smuggles oil, and on a Hezbollah-controlled bank": "and" + a target preposition after the trigger's own
 * target phrase joins a second phrase of the same act, and the actor in it is a target too (one row each).
 * Only where a target preposition follows the trigger before the "and"; a clause stop ("but", "while", ";", a
 * reporting verb) ends the search, a relative clause on the first phrase's noun does not ("that smuggles oil"); a
 * phrase that opens a clause of its own ("and with China signed a pact") is no target of the act.
 */
export function conjoinedTargets(ctx: SentenceCtx, m: TriggerMatch, found: Found): Found {
  const { toks } = ctx;
  if (found.sources === found.targets || found.sources.length === 0) return found;
  const end = Math.min(ctx.tail, toks.length, m.last + 1 + REACH);
  let aimed = false;
  for (let k = m.last + 1; k < end - 1; k++) {
    const t = toks[k]!;
    if ((ctx.lex.words.triggerStops.has(t.lower) && !RELATIVE_PRONOUNS.has(t.lower) && t.lower !== 'that') || ctx.reporting.has(k)) return found;
    if (t.pos === 'ADP' && TARGET_PREPS.has(t.lower) && toks[k - 1]?.lower !== 'and') {
      aimed = true;
      continue;
    }
    if (!aimed || t.lower !== 'and' || toks[k + 1]!.pos !== 'ADP' || !TARGET_PREPS.has(toks[k + 1]!.lower)) continue;
    const at = k + 2;
    const group = ctx.groups.find((g) => g.first >= at && g.first <= at + INTO_PHRASE && !toks.slice(at, g.first).some((w) => w.pos === 'VERB' || w.pos === 'ADP'));
    if (!group || opensClause(ctx, at)) return found;
    const added = group.members.filter((a) => !found.targets.some((x) => x.code === a.code) && !found.sources.some((x) => x.code === a.code));
    if (added.length === 0) return found;
    return { ...found, targets: [...found.targets, ...added], how: `${found.how}; and target ${added.map((a) => a.code).join(', ')} (the phrase joined by "and ${toks[k + 1]!.lower}")` };
  }
  return found;
}

/** Does a finite verb follow the phrase at `at` before a comma or the sentence's end: "and with China signed a pact"? */
function opensClause(ctx: SentenceCtx, at: number): boolean {
  for (let j = at; j < ctx.toks.length; j++) {
    const t = ctx.toks[j]!;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    // "a Hezbollah-controlled institution": a participle written against a hyphen describes the noun.
    if (t.pos === 'VERB' && ctx.toks[j - 1]?.text !== '-' && ctx.syntax.verbGroupAt(t.index)?.finite) return true;
  }
  return false;
}

/** Words of the first conjunct's noun phrase after its actor: "the EU [foreign policy chief] and …". */
const PHRASE_REST: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
/** How many such words may follow the actor before "and". */
const PHRASE_REACH = 4;
/** Words that may open the second conjunct before its actor: "and [the] foreign ministers of …", "and [the] Russian navy". */
const CONJUNCT_LEAD: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);

/**
 * "condemned the statements made by the EU foreign policy chief and the foreign ministers of the USA, Canada and
 * Australia": the target's noun phrase, its actor followed by nouns of its own ("foreign policy chief"), joined by
 * "and" to a noun phrase whose actor stands in it with no preposition, names a second target (guidelines: compound
 * actors expand). The groups link reads stand apart because the first phrase goes on past its actor; phrases joined
 * right after the actor are one group already. Not when the second phrase opens a clause of its own ("… chief, and
 * the ministers said …") or its actor is the source's.
 */
export function conjoinedPhrase(ctx: SentenceCtx, found: Found): Found {
  const { toks } = ctx;
  if (found.sources === found.targets || found.targets.length === 0) return found;
  let first: ActorGroup | null = null;
  for (const g of ctx.groups) {
    if (!holdsAll(g, found.targets)) continue;
    first = g;
    break;
  }
  if (!first) return found;
  let k = first.last + 1;
  const rest = k;
  while (k < toks.length && k - rest < PHRASE_REACH && PHRASE_REST.has(toks[k]!.pos) && !inGroup(ctx.groups, k)) k++;
  if (k === rest || toks[k]?.lower !== 'and') return found;
  const at = k + 1;
  let j = at;
  while (j < toks.length && j - at < PHRASE_REACH && CONJUNCT_LEAD.has(toks[j]!.pos)) j++;
  // The second phrase's actor may take in its leading words ("the [foreign ministers of …]").
  const second = ctx.groups.find((g) => g.first >= at && g.first <= j);
  if (!second || second.governor !== null || opensClause(ctx, second.last + 1)) return found;
  const added = second.members.filter((a) => !found.targets.some((x) => x.code === a.code) && !found.sources.some((x) => x.code === a.code));
  if (added.length === 0) return found;
  return { ...found, targets: [...found.targets, ...added], how: `${found.how}; and target ${added.map((a) => a.code).join(', ')} (the noun phrase joined by "and")` };
}

/** Every actor is a member of the group. */
function holdsAll(g: ActorGroup, actors: readonly FoundActor[]): boolean {
  for (const a of actors) {
    let held = false;
    for (const b of g.members) if (sameActor(a, b)) held = true;
    if (!held) return false;
  }
  return true;
}
