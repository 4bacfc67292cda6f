import { checkLayout } from './check-layout.ts';

checkLayout(['quote-then-speaker'], [
  ['The relationship is intended to benefit China, Li Lifan said.', ['quote-then-speaker', 'The relationship is intended to benefit China', 'Li Lifan', 'said']],
  ['“The talks failed,” the minister told reporters.', ['quote-then-speaker', '“The talks failed,”', 'the minister', 'told']],
  ['"We will win," he said on Sunday.', ['quote-then-speaker', '"We will win,"', 'he', 'said']],
], [
  'The minister said the talks failed.',
  'After the talks, the minister left.',
  'Tired and hungry, the soldiers said nothing.',
]);
