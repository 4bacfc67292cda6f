import { checkRule } from './check-rule.ts';

checkRule('held-responsible', /an accusation → 112/, [
  ['ECOWAS said it held the soldiers responsible for the wellbeing of the president.', '112'],
], [
  'Syrian police held the opposition leader for three days.',
  'Soldiers held the president responsibly.',
]);
