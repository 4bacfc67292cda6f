import { checkRule } from './check-rule.ts';

checkRule('purpose', /purpose frame over/, [
  ['The United Nations has sent 21 military and civilian personnel to Yugoslavia on Wednesday to investigate the feasibility of a peacekeeping force.', '090'],
], [
  // A sending for another purpose, or no purpose, stays a sending.
  'The United Nations has sent 21 military personnel to Yugoslavia on Wednesday.',
  'The United Nations has sent 21 military personnel to Yugoslavia to attack the rebels.',
]);
