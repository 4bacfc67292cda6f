import { GOVERNMENT } from '../parties.ts';
import { dictionaryReading } from './code-pair.ts';
import type { EventRule } from './rule.ts';
import type { SentenceCtx, FoundActor } from '../sentence.ts';

/**
 * "Vietnam has protested against China's activities", "the ministry strongly protested against Tokyo's claims": a
 * state does not demonstrate; its protest is diplomatic, verbal disapproval (110), or the 11x the dictionary reads
 * in the clause (PROTEST * STRONGLY [114], OFFICIAL * [114]). Only a verb a state protests with ("protest", not
 * "demonstrate": "hundreds of Iraqis demonstrated" is a rally whoever the actor reads as); protesters with any other
 * role (citizens, the opposition, workers) or of no country keep the protest (14x).
 */
/**
 * "Vietnam", "Moscow": a country read from a name that is the whole of what protests, a singular proper noun heading
 * its phrase. A people is no state: "thousands of Iraqis", "Indian Christians", "Iraqi Kurds", "supporters of
 * Pakistan's parties" read as the country too, but protest in the street.
 */
function namesState(ctx: SentenceCtx, s: FoundActor): boolean {
  const k = ctx.toks.findIndex((w) => w.index === s.last);
  const word = ctx.toks[k];
  if (!word || word.pos !== 'PROPN' || word.lemma !== word.lower) return false;
  const next = ctx.toks[k + 1];
  const before = ctx.toks[s.first === s.last ? k - 1 : ctx.toks.findIndex((w) => w.index === s.first) - 1];
  return !['NOUN', 'PROPN', 'PART'].includes(next?.pos ?? '') && before?.pos !== 'ADP';
}

export const stateProtest: EventRule = {
  id: 'state-protest',
  apply(c, { ctx, m, sources }) {
    const { from, to } = ctx.lex.codes.stateProtest;
    const verb = ctx.toks[m.first]!;
    if (!c.code.startsWith(from) || verb.pos !== 'VERB' || !ctx.lex.words.diplomaticProtestVerbs.has(verb.lemma)) return;
    if (!sources.every((s) => s.country !== null && (s.role === GOVERNMENT || (s.role === null && namesState(ctx, s))))) return;
    const read = dictionaryReading(ctx, m)?.code;
    const code = read?.startsWith(to.slice(0, 2)) ? read : to;
    c.shift += `; a state's protest is diplomatic, verbal disapproval ${code}`;
    c.code = code;
  },
};
