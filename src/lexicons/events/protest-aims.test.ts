import { checkRule } from '../../stages/events/recoding/check-rule.ts';

// frames.json protestAims "3": a protest against arrests is for rights (the manual's 1433: a general strike "in protest of
// last week's arrest of a number of activists"); a protest with no aim named keeps its base code.
checkRule('protest-aim', /protest aim "/, [
  ['Opposition parties in Nepal have organized a general strike in protest of last week\'s arrest of activists.', '1433'],
  ['Students demonstrated in the capital on Monday against the detention of their leaders.', '1413'],
], [
  'Students demonstrated in the capital on Monday.',
  'Police announced the arrest of two students.',
]);
