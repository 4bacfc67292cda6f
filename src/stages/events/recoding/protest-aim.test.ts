import { checkRule } from './check-rule.ts';

checkRule('protest-aim', /protest aim "/, [
  ['Thousands of Kenyan students demonstrated in Nairobi on Monday to demand political reforms.', '1412'],
], [
  'Thousands of Kenyan students demonstrated in Nairobi on Monday.',
  'Kenya demanded political reforms in Uganda.',
]);
