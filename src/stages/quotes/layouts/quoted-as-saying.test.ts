import { checkLayout } from './check-layout.ts';

checkLayout(['quoted-as-saying'], [
  ['The agency quoted an unnamed source as saying the talks had failed.', ['quoted-as-saying', 'the talks had failed', 'an unnamed source', 'saying']],
  ['Officials were quoted as saying the border was closed.', ['quoted-as-saying', 'the border was closed', 'Officials', 'saying']],
], [
  'He was seen as saying too little, too late.',
  'The minister spoke as saying goes.',
]);
