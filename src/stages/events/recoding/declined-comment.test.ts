import { checkRule } from './check-rule.ts';

checkRule('declined-comment', /a comment refused/, [
  ['The British Home Office would not comment on the case.', '011'],
  ['Japanese officials say they can not comment.', '011'],
], [
  // a comment made is a plain statement, no event
  'The British Home Office commented on the case.',
  // the dictionary's own pattern already codes "declined to comment"
  'The Chinese foreign ministry declined to comment.',
  // another negated statement verb is no refusal to comment
  'The ministry did not say when talks would resume.',
]);
