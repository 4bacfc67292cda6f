import { checkRule } from './check-rule.ts';

checkRule('force-against-civilians', /force against civilians/, [
  ['Serbian troops attacked ethnic Albanian refugees.', '180'],
  ['Iraqi insurgents have threatened to kill a kidnapped U.S. journalist.', '1383'],
], [
  'Serbian troops attacked Albanian rebels.',
  'Serbian troops attacked Kosovo.',
  'Iraqi insurgents have threatened to attack U.S. troops.',
]);
