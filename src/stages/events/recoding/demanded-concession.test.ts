import { checkRule } from './check-rule.ts';

checkRule('demanded-concession', /with "demands?" → 083; demand frame over/, [
  ['Iraq accepted the demand to release Kuwaiti prisoners.', '0841'],
  ['Israel would not meet demands to release Palestinian prisoners.', '1243'],
], [
  'Iraq accepted the proposal.',
  'Iraq released Kuwaiti prisoners.',
]);
