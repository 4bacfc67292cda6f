/** The actors link read in a sentence, grouped into compound actors, as the coder chooses among them. */
import type { ActorReading, Syntax, Word } from '../../model/index.ts';

/** An actor link read, its token range local to the sentence (first -1 for an inferred actor). */
export type FoundActor = ActorReading;

/** Actors joined by "and", commas or hyphens ("China and the Soviet Union", "Russian-Chinese"). */
export interface ActorGroup {
  first: number;
  last: number;
  members: FoundActor[];
  /** the preposition or possessive that governs the group: "between", "by", "to", "'s", … or null */
  governor: string | null;
  /** the group only modifies a noun: "Damascus-based", "Syrian-backed" */
  modifier: boolean;
}

const JOINERS = new Set(['and', ',', '-', '/', '&']);

/** The sentence's actor readings with token ranges local to its words. */
export function sentenceActors(readings: readonly ActorReading[], first: number): FoundActor[] {
  return readings.map((a) => ({ ...a, first: a.first - first, last: a.last - first }));
}

/**
 * Group adjacent actors joined by "and", commas or hyphens. An agent after the last member applies to every
 * member ("Russian and US officials" → RUSGOV, USAGOV).
 */
export function groupActors(syntax: Syntax, toks: readonly Word[], actors: readonly FoundActor[], maxMembers: number): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (const a of actors) {
    const prev = groups[groups.length - 1];
    if (prev && prev.members.length < maxMembers && joined(toks, prev.last, a.first)) {
      prev.members.push(a);
      prev.last = a.last;
      continue;
    }
    groups.push({ first: a.first, last: a.last, members: [a], governor: syntax.governorOf(toks, a.first), modifier: false });
  }
  const out = groups.flatMap((g) =>
    g.members.length > 1 && !hasConjunction(toks, g)
      ? g.members.map((m) => ({ first: m.first, last: m.last, members: [m], governor: syntax.governorOf(toks, m.first), modifier: false }))
      : [g],
  );
  for (const g of out) {
    const next = toks[g.last + 2];
    g.modifier = toks[g.last + 1]?.text === '-' && next !== undefined && /ed$/.test(next.lower);
    const last = g.members[g.members.length - 1]!;
    if (g.members.length > 1 && last.role) {
      g.members = g.members.map((m) => (m.role || m.code.length !== 3 ? m : { ...m, code: m.code + last.code.slice(3), role: last.role, how: `${m.how} + shared agent` }));
    }
  }
  return out;
}

/** "A, B and C" is a compound; "Syria, Israel radio reported" is two actors. */
function hasConjunction(toks: readonly Word[], g: ActorGroup): boolean {
  for (let k = g.first; k <= g.last; k++) if (toks[k]!.lower !== ',' && JOINERS.has(toks[k]!.lower) && !g.members.some((m) => m.first <= k && k <= m.last)) return true;
  return false;
}

function joined(toks: readonly Word[], lastOfPrev: number, firstOfNext: number): boolean {
  const between = toks.slice(lastOfPrev + 1, firstOfNext);
  if (between.length === 0 || between.length > 3) return false;
  return between.every((t) => JOINERS.has(t.lower) || t.pos === 'DET') && between.some((t) => JOINERS.has(t.lower));
}
