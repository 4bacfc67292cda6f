import { checkLayout } from './check-layout.ts';

checkLayout(['sourceless'], [
  ['The vote is expected to split the country.', ['sourceless', 'The vote | to split the country', null, 'is expected']],
  ['Many militants are believed to have fled.', ['sourceless', 'Many militants | to have fled', null, 'are believed']],
  // Passives without their agent: the subject and what follows the cue (a phrase, a participle, a that-clause).
  ['A new outbreak is reported in southern China.', ['sourceless', 'A new outbreak | in southern China', null, 'is reported']],
  ['Seven militants were reported captured Tuesday.', ['sourceless', 'Seven militants | captured Tuesday', null, 'were reported']],
  ['The transfers have been criticized because some prisoners were mistreated.', ['sourceless', 'The transfers', null, 'been criticized']],
  ['It was reported that the minister will visit China.', ['sourceless', 'that the minister will visit China', null, 'was reported']],
], [
  // Without an infinitive, or active, it is no source-less raising.
  'Final results are expected Monday.',
  'The area was reported quiet.',
  'Officials expected the vote to pass.',
  // A passive with its agent, a naming participle, a future passive.
  'The plan was criticized by the mayor.',
  'The policy is called the Trust-Building Process.',
  'No new stations would be approved unless they capture carbon.',
]);
