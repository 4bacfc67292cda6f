import type { EventRule } from './rule.ts';

/** How far after the condemnation its terrorist act may stand ("condemnation and denunciation of the terrorist attack"). */
const OBJECT_REACH = 7;
/** Words of the condemnation's object phrase before the act: "and denunciation of the [deadly] terrorist attack". */
const OBJECT_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'CCONJ', 'ADP', 'ADV']);

/**
 * "Kuwait condemned the terrorist attack in Kandahar Province", "expressed its strong condemnation of the terrorist
 * attack": condemning a terrorist act is sympathy with its victims (CAMEO 018; the dictionary's CONDEMN * {TERRORIST
 * ATTACK} [018]), not disapproval of a party. Condemning an attack by a party named ("the brutal attack of the Israeli
 * regime on Gaza") stays a condemnation.
 */
export const condemnedTerror: EventRule = {
  id: 'condemned-terror',
  apply(c, { ctx, m }) {
    const { from, to } = ctx.lex.codes.condemnedTerror;
    if (c.code !== from) return;
    const acts = ctx.lex.words.terrorActs;
    for (let j = m.last + 1; j < Math.min(ctx.toks.length - 1, m.last + OBJECT_REACH); j++) {
      const [a, b] = [ctx.toks[j]!, ctx.toks[j + 1]!];
      if (acts.has(`${a.lower} ${b.lemma}`)) {
        c.shift += `; a terrorist act ("${a.text} ${b.text}") condemned: sympathy with its victims ${to}`;
        c.code = to;
        return;
      }
      if (!OBJECT_LEAD_POS.has(a.pos)) return;
    }
  },
};
