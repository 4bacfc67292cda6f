import { checkLayout } from './check-layout.ts';

checkLayout(['relative'], [
  ['It was an incident they say has been covered up.', ['relative', 'has been covered up', 'they', 'say']],
  ['The programs he says will improve schools were cut.', ['relative', 'will improve schools were cut', 'he', 'says']],
  ['What he said was that the talks failed.', ['relative', 'was that the talks failed', 'he', 'said']],
], [
  'Officials say the programs will improve schools.',
  'Officials say this is the first such charge.',
  'The group hopes the coming year will be calmer.',
  'The members agreed to hold more talks.',
]);
