import { checkRule } from './check-rule.ts';

checkRule('attendance', /attendance, no meeting among the attendees/, [
  ['Chinese President Hu Jintao and Japanese Prime Minister Junichiro Koizumi will attend the talks in Chile.', '042'],
  ['The Chinese president will attend the summit in Chile.', '042'],
], [
  // talks held are a meeting of the parties
  'Chinese President Hu Jintao and Japanese Prime Minister Junichiro Koizumi held talks in Chile.',
  'The Chinese president met the Japanese prime minister in Chile.',
]);
