import { subjectGroup } from '../actor-groups.ts';
import type { TriggerRule } from './rule.ts';

/** "Radical French farmers would blockade Paris": civilians blocking a place protest by obstruction (144), not a military blockade. */
export const civilianBlockade: TriggerRule = {
  id: 'civilian-blockade',
  apply(c, { ctx, recent }) {
    const { from, to } = ctx.lex.codes.civilianBlockade;
    if (c.code !== from) return;
    const civilian = (role: string | null) => role !== null && (ctx.lex.roles.civilian.has(role) || role === 'OPP');
    if (!subjectGroup(ctx, c.m.first, recent)?.group.members.every((a) => civilian(a.role))) return;
    c.code = to;
    c.note = `civilians blocking a place protest (${to})`;
  },
};
