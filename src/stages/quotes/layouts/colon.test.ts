import { checkLayout } from './check-layout.ts';

checkLayout(['colon'], [
  ['Senator Jane Doe: "This bill is dead."', ['colon', '"This bill is dead."', 'Senator Jane Doe', null]],
], [
  'The agenda: trade, security and "other matters".',
  'Note: the bill is dead.',
]);
