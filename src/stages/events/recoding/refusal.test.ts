import { checkRule } from './check-rule.ts';

checkRule('refusal', /coded as refusal/, [
  ['Israel did not release Palestinian prisoners.', '1243'],
], [
  'Israel released Palestinian prisoners.',
  // A negated attack is no refusal: the event is just not asserted.
  'Chile did not attack Peru.',
]);
