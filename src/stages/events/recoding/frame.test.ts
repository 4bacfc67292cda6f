import { checkRule } from './check-rule.ts';

checkRule('frame', /frame over|frame, aim/, [
  ['Israel threatened to impose sanctions on Syria.', '1312'],
  ['Iran rejected a call for talks with Iraq.', '125'],
  ['Human rights organization Amnesty International demanded that the Sudanese government end curbs on press freedom.', '1051'],
], [
  'Israel imposed sanctions on Syria.',
  'Iran held talks with Iraq.',
]);
