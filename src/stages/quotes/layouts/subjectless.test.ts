import { checkLayout } from './check-layout.ts';

checkLayout(['participial', 'said-bare', 'said-that'], [
  ['The senator spoke for an hour, saying it would cost too much.', ['participial', 'it would cost too much', 'The senator', 'saying']],
  ['Chinese experts were cautious about the remarks, saying that the idea was goodwill.', ['participial', 'that the idea was goodwill', 'Chinese experts', 'saying']],
], [
  'The company kept saying nothing.',
  'He enjoyed saying hello.',
]);
