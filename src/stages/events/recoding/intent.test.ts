import { checkRule } from './check-rule.ts';

checkRule('intent', /coded as (?:intent|threaten)/, [
  ['India plans to meet Pakistan next week.', '036'],
  ['Iran could attack Iraq.', '138'],
], [
  'India will meet Pakistan next week.',
  'India met Pakistan last week.',
  'Iran attacked Iraq.',
]);
