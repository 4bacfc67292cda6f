import { checkLayout } from './check-layout.ts';

checkLayout(['noun'], [
  ['The court heard her claim that the vote was rigged.', ['noun', 'that the vote was rigged', 'her', 'claim']],
  ["Moscow studied Washington's proposal to build missile defense sites.", ['noun', 'to build missile defense sites', 'Washington', 'proposal']],
  ['The ruling party faces allegations of fraud in the vote.', ['noun', 'fraud in the vote', null, 'allegations of']],
  ['Seoul rebuffed a North Korean demand to lift sanctions.', ['noun', 'to lift sanctions', 'North Korean', 'demand']],
  ['Israel ignored their demands for prisoner releases.', ['noun', 'prisoner releases', 'their', 'demands for']],
  // The noun phrase ends before the finite auxiliary of the clause it is the subject of.
  ['Reports of torture at the prison angered the public.', ['noun', 'torture at the prison', null, 'Reports of']],
], [
  // A relative clause after the noun, a name after "of" (who wrote it), a noun with no content after it,
  // "to" before a noun, and a noun inside a verb's cue.
  'The report that was released on Monday is long.',
  'The annual report of the APEC Business Advisory Council is out.',
  'The statement was issued late on Friday.',
  'The decision to the surprise of many was final.',
  'Officials expressed concern about the vote.',
  'There were no immediate claims of responsibility.',
]);
