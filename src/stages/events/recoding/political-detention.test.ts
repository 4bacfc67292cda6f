import { checkRule } from './check-rule.ts';

checkRule('political-detention', /an arrest is 173, not repression/, [
  ['Police detained the demonstrators near the parliament.', '173'],
  ['Riot police detained dozens of demonstrators in Minsk on Sunday.', '173'],
], [
  // Force on protesters stays repression; an arrest the own patterns already code 173 needs no recoding.
  'Police fired tear gas at protesters in Nairobi.',
  'Police dispersed the protesters with water cannon.',
  'Police arrested dozens of protesters on Monday.',
]);
