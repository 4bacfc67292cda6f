import { checkRule } from './check-rule.ts';

checkRule('third-country-meeting', /a third country: coded as 044/, [
  ['U.S. and Soviet negotiators return to Geneva this week for talk on limiting the number of European-based nuclear missiles.', '044'],
], [
  'U.S. and Soviet negotiators held talks on limiting nuclear missiles.',
  // ("Soviet officials in Moscow" would read Moscow as RUS, not SUN: the host's own capital is written in today's country)
  'U.S. negotiators held talks with Russian officials in Moscow this week.',
]);
