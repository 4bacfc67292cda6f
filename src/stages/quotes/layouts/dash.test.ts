import { checkLayout } from './check-layout.ts';

checkLayout(['dash'], [
  ['"We are ready to sign the deal." — Jane Doe', ['dash', '"We are ready to sign the deal."', 'Jane Doe', null]],
  ['"We are ready." — Jane Doe, a negotiator', ['dash', '"We are ready."', 'Jane Doe', null]],
], [
  '"We are ready" — a phrase heard often — was repeated by officials at the talks.',
  'The talks — long delayed — began.',
]);
