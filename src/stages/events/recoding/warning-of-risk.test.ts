import { checkRule } from './check-rule.ts';

checkRule('warning-of-risk', /a warning of a risk/, [
  ['German Chancellor Merkel warned that the plan poses difficult challenges.', '012'],
  ['The Iranian foreign minister warned today that the region faces a crisis.', '012'],
  ['In a radio address, President Bush repeated his warning that the system will soon run short of money.', '012'],
], [
  'In a radio address, President Bush repeated his warning that Iran would attack Iraq.',
  'Iran warned that it would attack Iraq.',
  'Iran warned Iraq against an attack.',
  'Iran threatened Iraq.',
  'The Iranian minister warned that Tehran has drawn up defensive plans.',
]);
