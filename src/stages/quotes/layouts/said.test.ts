import { checkLayout } from './check-layout.ts';

checkLayout(['said-that', 'said-bare', 'said-quote'], [
  ['Li Lifan said that the alliance is very remote.', ['said-that', 'that the alliance is very remote', 'Li Lifan', 'said']],
  ['Police say the suspect confessed to the crime.', ['said-bare', 'the suspect confessed to the crime', 'Police', 'say']],
  ['The Ministry said in July the two countries were working together.', ['said-bare', 'the two countries were working together', 'The Ministry', 'said']],
  ['The minister told reporters Friday that the talks had failed.', ['said-that', 'that the talks had failed', 'The minister', 'told']],
  ['He said, "We are ready."', ['said-quote', '"We are ready."', 'He', 'said']],
], [
  'The company declined to say whether it would appeal.',
  'Mr. Fujimori has denied the charges.',
  'He did not say when the missiles will arrive.',
  'The area was reported quiet.',
  'The newspaper said in a commentary.',
]);
