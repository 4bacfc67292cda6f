import type { EventRule } from './rule.ts';
import type { ActorGroup, SentenceCtx } from '../sentence.ts';

/** Prepositions that say what a regret is over. */
const OVER: ReadonlySet<string> = new Set(['over', 'about', 'at']);
/** How far after the preposition the party whose doing is regretted may stand ("over the Russo-phobic obsession of our American colleagues"). */
const PHRASE_REACH = 8;
/** Words between "of" and the party ("of [our] American colleagues"). */
const OF_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ']);

/**
 * The party is named as the doer of what the phrase names: the subject of a verb ("Japan continuing its claims"), a
 * possessor ("China's decision"), or what follows "of" after a noun of conduct ("the obsession of our American
 * colleagues"), not of a loss ("the deaths of Chinese sailors": they suffered it).
 */
function doer(ctx: SentenceCtx, g: ActorGroup): boolean {
  const next = ctx.toks[g.last + 1];
  if (next && (next.pos === 'VERB' || next.lower === "'s" || next.lower === '’s')) return true;
  let k = g.first - 1;
  while (k >= 0 && OF_LEAD_POS.has(ctx.toks[k]!.pos)) k--;
  const noun = ctx.toks[k - 1];
  return ctx.toks[k]?.lower === 'of' && noun?.pos === 'NOUN' && !ctx.lex.words.lossNouns.has(noun.lemma) && !ctx.lex.words.doneActs.has(noun.lemma);
}

/**
 * "expressed deep regret over Japan continuing its unilateral claims", "voiced regret about the Russo-phobic obsession
 * of our American colleagues": regret is an apology (055) only for one's own doing; regret over what another country
 * does is criticism of it (111).
 */
export const regrettedConduct: EventRule = {
  id: 'regretted-conduct',
  apply(c, { ctx, m, sources, targets }) {
    const { from, to } = ctx.lex.codes.regrettedConduct;
    if (c.code !== from || m.cueAt === null || !OVER.has(ctx.toks[m.cueAt + 1]?.lower ?? '')) return;
    const p = m.cueAt + 1;
    const other = (g: ActorGroup) => g.members.every((a) => a.country !== null && !sources.some((s) => s.country === a.country));
    const party = ctx.groups.find((g) => g.first > p && g.first <= p + PHRASE_REACH && other(g) && doer(ctx, g) && g.members.some((a) => targets.some((t) => t.code === a.code)));
    if (!party) return;
    c.shift += `; regret over what ${party.members.map((a) => a.code).join(' and ')} does: criticism ${to}`;
    c.code = to;
  },
};
