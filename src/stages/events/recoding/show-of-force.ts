import { clauseEnd, clauseStart } from '../sentence.ts';
import type { EventRule } from './rule.ts';

const SHOW_OF_FORCE = '150';
const JOINT_EXERCISE = '062';
/** Weapons whose launch into the sea is a test, and the waters that make it one (README decision 11). */
const MISSILES = new Set(['missile', 'rocket', 'projectile']);
const WATERS = new Set(['sea', 'waters', 'ocean']);

/**
 * A show of force is not force and not cooperation (guidelines: "unilateral drills near B → 150, 062 only for joint
 * drills"; decision 11: a missile test launch into the sea is 150, so a report of it is no accusation): fire with a
 * missile into the sea at no one, or "joint" drills with no partner named after "with", is 150. Drills whose doers are
 * two or more countries ("Washington and Seoul are holding joint exercises") name their partners in the subject.
 */
export const showOfForce: EventRule = {
  id: 'show-of-force',
  apply(c, { ctx, m, sources, targets }) {
    const start = clauseStart(ctx, m.first);
    const end = clauseEnd(ctx, m.last);
    const clause = ctx.toks.slice(start, end);
    if (c.code.startsWith('19') && targets.every((t) => t.code === '---')) {
      if (!clause.some((t) => MISSILES.has(t.lemma)) || !clause.some((t) => WATERS.has(t.lower))) return;
      c.shift += `; a missile fired into the sea at no one is a show of force ${SHOW_OF_FORCE}`;
      c.code = SHOW_OF_FORCE;
    } else if (c.code === JOINT_EXERCISE) {
      const partner = ctx.groups.some((g) => g.first > m.last && g.first < end && ctx.toks[g.first - 1]?.lower === 'with');
      if (partner || new Set(sources.map((a) => a.country)).size > 1) return;
      c.shift += `; drills with no partner named are a show of force ${SHOW_OF_FORCE}`;
      c.code = SHOW_OF_FORCE;
    }
  },
};
