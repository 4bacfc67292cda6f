import { checkRule } from './check-rule.ts';

checkRule('refusal', /coded as refusal/, [
  ['Israel did not release Palestinian prisoners.', '1243'],
], [
  'Israel released Palestinian prisoners.',
  // A negated attack is no refusal: the event is just not asserted.
  'Chile did not attack Peru.',
]);

checkRule('refusal (acceptance)', /refused acceptance: the rejection itself/, [
  ['The opposition will not accept the election results.', '120'],
  ['The rebels said they would not sign.', '120'],
  ['The U.S. delegation did not approve the Canadian proposal.', '120'],
], [
  // a negated rejection stays negated: it is no event
  'The opposition did not reject the proposal.',
  'The opposition accepted the election results.',
  // a signature the own patterns code is refused by them (127), an approval given is none
  'The rebels would not sign the peace agreement.',
  'The parliament approved the budget.',
]);
