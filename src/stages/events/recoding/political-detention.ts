import type { EventRule } from './rule.ts';

/**
 * "Police detained the demonstrators", "arrested protesters": the dictionary's protest patterns of ARREST and DETAIN
 * code repression with the protesters' protest back ([175:141]), which would have the arrested protest their own
 * arrest. CAMEO's 173 covers political detentions (decision BM of the wire set); 175 stays for force (tear gas,
 * beatings), which the detention verbs do not name.
 */
export const politicalDetention: EventRule = {
  id: 'political-detention',
  apply(c, { ctx, m }) {
    const { from, to } = ctx.lex.codes.politicalDetention;
    if (c.code !== from || !ctx.lex.words.detentionVerbs.has(ctx.toks[m.first]!.lemma)) return;
    c.shift += `; an arrest is ${to}, not repression`;
    c.code = to;
  },
};
