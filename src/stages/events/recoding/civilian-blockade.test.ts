import { checkRule } from './check-rule.ts';

checkRule('civilian-blockade', /civilians blocking a place protest/, [
  // reported: an unreported "would" is a plan, no event (background.ts, unreportedWould)
  ['French farmers said they would blockade Paris.', '144'],
], [
  'Israeli troops blockaded Gaza.',
  'French farmers marched in Paris.',
]);
