/** One sentence, few events: repeats and background nouns are dropped once a sentence is coded. */
import type { Event } from '../../model/index.ts';
import { phraseAt } from '../../lexicons/phrase-index.ts';
import type { SentenceCtx } from './sentence.ts';
import type { EventResources } from './resources.ts';

/**
 * An event with no target named (`---`) is the sentence's own only when nothing in it names whom it acts on: beside
 * an event with a target it is a clause the other governs ("killed …, forcing them to flee").
 */
export function dropUntargetedBesideTargeted(out: Event[]): void {
  const untargeted = (e: Event) => e.targets.every((a) => a.code === '---');
  if (!out.some((e) => !untargeted(e))) return;
  for (let k = out.length - 1; k >= 0; k--) if (untargeted(out[k]!)) out.splice(k, 1);
}

/**
 * One clause, one event per pair: a later trigger on the same parties sits in what the first one governs
 * ("will not end their strike unless their demands are met", "return weapons seized from them") and is
 * dropped, unless it is a verb coordinated with the first ("met X and signed a deal with X").
 */
export function oneEventPerDyad(ctx: SentenceCtx, out: Event[]): void {
  const at = (e: Event) => ctx.toks.findIndex((t) => t.start === e.trigger.start);
  const coordinated = (k: number) => {
    if (ctx.toks[k]?.pos !== 'VERB') return false;
    for (let j = k - 1; j >= 0; j--) {
      const t = ctx.toks[j]!;
      if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') continue;
      return t.lower === 'and' || t.lower === 'then';
    }
    return false;
  };
  const pair = (e: Event) => `${e.sources.map((a) => a.code).sort()}>${e.targets.map((a) => a.code).sort()}`;
  const live = out.filter((e) => e.modality !== 'negated').sort((a, b) => a.trigger.start - b.trigger.start);
  const first = new Map<string, Event>();
  const drop = new Set<Event>();
  for (const e of live) {
    if (!first.has(pair(e))) first.set(pair(e), e);
    else if (!coordinated(at(e))) drop.add(e);
  }
  for (let k = out.length - 1; k >= 0; k--) if (drop.has(out[k]!)) out.splice(k, 1);
}

/**
 * A sentence's verb says what happened; nouns around it ("in recognition of", "its support of") are
 * background. A noun event stays only when no verb was coded, or when it is a light verb's object
 * ("held talks", "staged a hunger strike").
 */
export function dropNominalsBesideVerbs(ctx: SentenceCtx, res: EventResources, out: Event[]): void {
  const isNominal = (e: Event) => {
    const k = ctx.toks.findIndex((t) => t.start === e.trigger.start);
    const t = ctx.toks[k];
    if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const v = ctx.toks[j]!;
      if (v.pos === 'VERB') return !phraseAt(ctx.toks, j, res.light);
    }
    return true;
  };
  const verbs = out.filter((e) => e.modality !== 'negated' && !isNominal(e));
  if (verbs.length === 0) return;
  // "US Predator attacks have killed eight al-Qaeda leaders": a nominal naming the same act more precisely
  // (a drone strike, not just force) stays; the later repetition of its kind goes (dropSameKind).
  const sharper = (n: Event) => n.cameo.code.length > 3 || !n.cameo.code.endsWith('0');
  const restates = (n: Event) => sharper(n) && verbs.some((v) => v.trigger.start > n.trigger.start && family(v.cameo.code) === family(n.cameo.code) && v.cameo.code !== n.cameo.code && sameParties(v, n));
  for (let k = out.length - 1; k >= 0; k--) if (isNominal(out[k]!) && !restates(out[k]!)) out.splice(k, 1);
}

function sameParties(a: Event, b: Event): boolean {
  const key = (e: Event) => `${e.sources.map((x) => x.country ?? x.code).sort()}>${e.targets.map((x) => x.country ?? x.code).sort()}`;
  return key(a) === key(b);
}

/** Material conflict (17–20) is one kind of act: "opened fire to disperse them, killing one" is one event. */
function family(code: string): string {
  const root = Number(code.slice(0, 2));
  return root >= 17 ? '17-20' : code.slice(0, 2);
}

/** Later events of the same kind between the same parties repeat the first one. */
export function dropSameKind(out: Event[]): void {
  const seen = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const e = out[k]!;
    const key = `${family(e.cameo.code)}|${e.sources.map((a) => a.code).sort()}|${[...new Set(e.targets.map((a) => a.country))].sort()}`;
    if (seen.has(key)) out.splice(k--, 1);
    else seen.add(key);
  }
}
