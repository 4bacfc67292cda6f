import { checkLayout } from './check-layout.ts';

checkLayout(['quote-then-speaker'], [
  ['The relationship is intended to benefit China, Li Lifan said.', ['quote-then-speaker', 'The relationship is intended to benefit China', 'Li Lifan', 'said']],
  ['“The talks failed,” the minister told reporters.', ['quote-then-speaker', '“The talks failed,”', 'the minister', 'told']],
  ['"We will win," he said on Sunday.', ['quote-then-speaker', '"We will win,"', 'he', 'said']],
  // A trailing adjunct of the cue (gave nothing before): the cue's setting, never content.
  ['"The vote was fair," Whitfield said in an interview Monday.', ['quote-then-speaker', '"The vote was fair,"', 'Whitfield', 'said']],
  ['"We lost," the senator said after the vote.', ['quote-then-speaker', '"We lost,"', 'the senator', 'said']],
  ['"Prices will rise," the minister said while visiting a market in Hanoi.', ['quote-then-speaker', '"Prices will rise,"', 'the minister', 'said']],
], [
  // An adjunct holding a finite verb is a clause of its own, not the cue's setting.
  '"We lost," the senator said after the vote was counted twice.',
  'The minister said the talks failed.',
  'After the talks, the minister left.',
  'Tired and hungry, the soldiers said nothing.',
]);
