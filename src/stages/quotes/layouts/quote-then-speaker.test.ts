import { checkLayout } from './check-layout.ts';

checkLayout(['quote-then-speaker'], [
  ['The relationship is intended to benefit China, Li Lifan said.', ['quote-then-speaker', 'The relationship is intended to benefit China', 'Li Lifan', 'said']],
  ['“The talks failed,” the minister told reporters.', ['quote-then-speaker', '“The talks failed,”', 'the minister', 'told']],
  ['"We will win," he said on Sunday.', ['quote-then-speaker', '"We will win,"', 'he', 'said']],
  // A trailing adjunct of the cue (gave nothing before): the cue's setting, never content.
  ['"The vote was fair," Whitfield said in an interview Monday.', ['quote-then-speaker', '"The vote was fair,"', 'Whitfield', 'said']],
  ['"We lost," the senator said after the vote.', ['quote-then-speaker', '"We lost,"', 'the senator', 'said']],
  ['"Prices will rise," the minister said while visiting a market in Hanoi.', ['quote-then-speaker', '"Prices will rise,"', 'the minister', 'said']],
  // ... and a comma after the setting ends the attribution: an apposition follows (gave nothing before).
  ['"We urge China to release him," Kishida told the committee of the upper house, the chamber of parliament.', ['quote-then-speaker', '"We urge China to release him,"', 'Kishida', 'told']],
  ['"We urge China to release him," Kishida said at the committee, the upper chamber of parliament.', ['quote-then-speaker', '"We urge China to release him,"', 'Kishida', 'said']],
  // A dateline is framing, not content (gave it in the content before).
  ['BEIJING (Reuters) - China will retaliate if tariffs rise, the ministry warned on Thursday.', ['quote-then-speaker', 'China will retaliate if tariffs rise', 'the ministry', 'warned']],
  // A description as speaker, a cue's past form the tagger reads as an adjective at the clause end (gave nothing before).
  ['"Steps were taken to rig the vote," the 62-year-old alleged.', ['quote-then-speaker', '"Steps were taken to rig the vote,"', 'the 62-year-old', 'alleged']],
  ['"We will not attend," the former president alleged.', ['quote-then-speaker', '"We will not attend,"', 'the former president', 'alleged']],
], [
  // An adjective before its noun, or after "be", is no cue.
  '"We will not attend," the alleged leader of the group wrote nothing.',
  'The alleged attack killed two people, the ministry reported nothing.',
  '"The vote was rigged," the charges were alleged.',
  // An adjunct holding a finite verb is a clause of its own, not the cue's setting.
  '"We lost," the senator said after the vote was counted twice.',
  '"We lost," the senator said after the vote was counted, and the count was fair.',
  'The minister said the talks failed.',
  'After the talks, the minister left.',
  'Tired and hungry, the soldiers said nothing.',
]);
