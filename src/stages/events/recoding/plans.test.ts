import { checkRule } from './check-rule.ts';

checkRule('plans', /are intent/, [
  ['Georgia\'s president has announced plans for his country to get emergency natural gas supplies from Iran.', '030'],
], [
  'Georgia\'s president has announced a state of emergency.',
  'Georgia has imposed sanctions on Iran.',
]);
