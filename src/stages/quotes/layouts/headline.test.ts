import { checkLayout } from './check-layout.ts';

// A headline is the article's first line, without a final stop.
checkLayout(['headline', 'said-bare'], [
  ['Mayor: We were misled\nThe city council met on Monday.', ['headline', 'We were misled', 'Mayor', null]],
  ['Defense Minister: troops will stay in the north\nThe ministry gave no date.', ['headline', 'troops will stay in the north', 'Defense Minister', null]],
  ['Jane Doe: I will not resign\nThe vote is on Monday.', ['headline', 'I will not resign', 'Jane Doe', null]],
  // "X says …" headlines, verbless content included, read as the said layout reads them.
  ['Asefi says infiltration of US commandos into Iran a mere rumor\nThe ministry met on Monday.', ['said-bare', 'infiltration of US commandos into Iran a mere rumor', 'Asefi', 'says']],
  ["Israel's FM also says the talks are over\nThe ministry met on Monday.", ['said-bare', 'the talks are over', "Israel's FM", 'says']],
], [
  'Brexit: what happens next\nThe vote is on Monday.',
  'Analysis: the vote that changed everything\nThe vote is on Monday.',
  'The vote is on Monday.\nMayor: we were misled',
  'Mayor: we were misled.\nThe vote is on Monday.',
]);
