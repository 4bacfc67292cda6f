import { checkRule } from './check-rule.ts';

checkRule('message-content', /message content/, [
  ['Costa Rican President Oscar Arias sent a letter to Chinese President Hu Jintao, expressing sincere condolences over the quake.', '018'],
], [
  'Costa Rican President Oscar Arias sent a letter to Chinese President Hu Jintao.',
  'Chinese troops crossed into Vietnam, attacking border posts.',
  'Costa Rica sent troops to Panama, expressing concern over the riots.',
]);
