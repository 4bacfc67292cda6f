import { clauseEnd, clauseStart } from '../sentence.ts';
import { describe } from '../actor-groups.ts';
import type { EventRule } from './rule.ts';

/** "US and Soviet negotiators return to Geneva for talks": parties meeting in a third country meet at a third location (044). */
export const thirdCountryMeeting: EventRule = {
  id: 'third-country-meeting',
  apply(c, { ctx, m, sources, targets }) {
    const { from, to } = ctx.lex.codes.thirdCountryMeeting;
    if (!from.includes(c.code)) return;
    const parties = new Set([...sources, ...targets].map((a) => a.country));
    const start = clauseStart(ctx, m.first);
    const end = clauseEnd(ctx, m.last);
    // One place, next to the trigger ("talks in Vienna", "return to Geneva for talks"), not a topic further on.
    const venue = ctx.groups.find((g) => g.first >= start && g.first < end && Math.abs(g.first - m.first) <= 5 && g.members.length === 1 && !g.modifier && g.governor !== null && ctx.lex.governors.venue.has(g.governor) && g.members.every((a) => a.role === null && a.country && !parties.has(a.country)));
    if (!venue) return;
    c.shift += `; meeting in ${describe(venue)}, a third country: coded as ${to}`;
    c.code = to;
  },
};
