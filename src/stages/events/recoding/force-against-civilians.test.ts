import { checkRule } from './check-rule.ts';

checkRule('force-against-civilians', /force against civilians/, [
  ['Serbian troops attacked ethnic Albanian refugees.', '180'],
], [
  'Serbian troops attacked Albanian rebels.',
  'Serbian troops attacked Kosovo.',
]);
