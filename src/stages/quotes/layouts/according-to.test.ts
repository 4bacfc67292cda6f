import { checkLayout } from './check-layout.ts';

checkLayout(['according-to'], [
  ['The plan is sound, according to the World Bank.', ['according-to', 'The plan is sound', 'the World Bank', 'according to']],
  ['According to the police, three people died.', ['according-to', 'three people died', 'the police', 'According to']],
  ['Exports rose 5 percent last year, according to official figures.', ['according-to', 'Exports rose 5 percent last year', 'official figures', 'according to']],
], [
  'The ministry acted according to plan.',
  'According to.',
]);
