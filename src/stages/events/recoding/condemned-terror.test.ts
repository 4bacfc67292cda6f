import { checkRule } from './check-rule.ts';

checkRule('condemned-terror', /terrorist act .* condemned: sympathy/, [
  ['Pakistan condemned the terrorist attack in Kabul.', '018'],
  ["The foreign ministry expressed Kuwait's strong condemnation and denunciation of the terrorist attack in Kandahar Province, southern Afghanistan.", '018'],
], [
  // an attack by a party named, and no terrorist act, stay condemnations
  "Iran's spokesman strongly condemned the brutal attack of the Israeli regime on Gaza.",
  'Russia condemned the new US sanctions.',
  // the act is no object of the condemnation
  'Pakistan condemned the decision, days after a terrorist attack in Kabul.',
]);
