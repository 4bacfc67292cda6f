import { checkRule } from './check-rule.ts';

checkRule('protest-violence', /force by protesters is violent protest/, [
  ['Hundreds of protesters stormed the U.S. Embassy compound in Sanaa on Thursday.', '145'],
  ['Protesters also set fire to an American school.', '145'],
  ['Opposition supporters clashed with police in Nairobi.', '145'],
], [
  // Armed doers keep the force; protesters who protest keep the protest.
  'Rebels stormed the town of Goma.',
  'Israeli soldiers killed several militants in Gaza.',
  'Police fired tear gas at protesters in Nairobi.',
  'Thousands of protesters marched to the parliament in Tbilisi.',
]);
