import { checkRule } from './check-rule.ts';

checkRule('civilian-blockade', /civilians blocking a place protest/, [
  ['French farmers would blockade Paris.', '144'],
], [
  'Israeli troops blockaded Gaza.',
  'French farmers marched in Paris.',
]);
