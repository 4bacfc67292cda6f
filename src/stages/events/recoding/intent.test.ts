import { checkRule } from './check-rule.ts';

checkRule('intent', /coded as (?:intent|threaten)/, [
  ['India will meet Pakistan next week.', '036'],
  ['Iran will attack Iraq.', '138'],
], [
  'India met Pakistan last week.',
  'Iran attacked Iraq.',
]);
