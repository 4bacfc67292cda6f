import { checkRule } from './check-rule.ts';

checkRule('command', /command frame over/, [
  ['Museveni ordered the newspaper to suspend publication.', '1721'],
], [
  'Museveni ordered a review of the budget.',
  'The newspaper suspended publication.',
]);
