import { checkLayout } from './check-layout.ts';

checkLayout(['sourceless'], [
  ['The vote is expected to split the country.', ['sourceless', 'The vote | to split the country', null, 'is expected']],
  ['Many militants are believed to have fled.', ['sourceless', 'Many militants | to have fled', null, 'are believed']],
], [
  // Without an infinitive, or active, it is no source-less raising.
  'Final results are expected Monday.',
  'The area was reported quiet.',
  'Officials expected the vote to pass.',
]);
