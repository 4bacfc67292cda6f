import { checkRule } from './check-rule.ts';

checkRule('regretted-conduct', /regret over what .* does: criticism/, [
  ['The defense ministry of South Korea expressed deep regret over Japan continuing its unilateral claims.', '111'],
  ['Lavrov voiced regret about the Russo-phobic obsession of our American colleagues.', '111'],
  ["Japan expressed regret over China's decision to cancel the talks.", '111'],
], [
  // what another country suffered, and one's own doing, stay as read
  'The Japanese prime minister expressed regret over the deaths of Chinese sailors.',
  'Japan expressed regret to China over its wartime conduct.',
]);
