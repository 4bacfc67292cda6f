import { GOVERNMENT } from '../parties.ts';
import { dictionaryReading } from './code-pair.ts';
import type { EventRule } from './rule.ts';
import { type SentenceCtx, type FoundActor, verbBeforeNoun } from '../sentence.ts';
import { phraseAt } from '../../../lexicons/phrase-index.ts';
import type { EventResources } from '../resources.ts';

/**
 * "Vietnam has protested against China's activities", "the ministry strongly protested against Tokyo's claims": a
 * state does not demonstrate; its protest is diplomatic, verbal disapproval (110), or the 11x the dictionary reads
 * in the clause (PROTEST * STRONGLY [114], OFFICIAL * [114]). Only a verb a state protests with ("protest", not
 * "demonstrate": "hundreds of Iraqis demonstrated" is a rally whoever the actor reads as); protesters with any other
 * role (citizens, the opposition, workers) or of no country keep the protest (14x). The noun a light verb does
 * ("I made a protest against the detention", "launched a strong protest with Kabul") is the same act (decision I).
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

/** The trigger is a verb a state protests with, or that verb's noun done by a light verb ("lodged a protest"). */
function protestWord(ctx: SentenceCtx, res: EventResources, k: number): boolean {
  const t = ctx.toks[k]!;
  if (!ctx.lex.words.diplomaticProtestVerbs.has(t.lemma)) return false;
  if (t.pos === 'VERB') return true;
  const v = verbBeforeNoun(ctx, k);
  if (t.pos !== 'NOUN' || v < 0 || phraseAt(ctx.toks, v, res.light) === null) return false;
  // The verb's own object: only its modifiers stand between ("announced that the protests would resume" is none).
  return ctx.toks.slice(v + 1, k).every((w) => NOUN_MODIFIERS.has(w.pos) || w.text === '“' || w.text === '"');
}

/** Words that may stand between a light verb and its object noun: "lodged a strong protest". */
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

export const stateProtest: EventRule = {
  id: 'state-protest',
  apply(c, { ctx, res, m, sources }) {
    const { from, to } = ctx.lex.codes.stateProtest;
    if (!c.code.startsWith(from) || !protestWord(ctx, res, m.first)) return;
    if (!sources.every((s) => s.country !== null && (s.role === GOVERNMENT || (s.role === null && namesState(ctx, s))))) return;
    const read = dictionaryReading(ctx, m)?.code;
    const code = read?.startsWith(to.slice(0, 2)) ? read : to;
    c.shift += `; a state's protest is diplomatic, verbal disapproval ${code}`;
    c.code = code;
  },
};
