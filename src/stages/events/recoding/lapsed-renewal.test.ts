import { checkRule } from './check-rule.ts';

checkRule('lapsed-renewal', /not renewed lapse/, [
  ['The United States failed to renew sanctions against Iran.', '085'],
  // the time of the act stands in the negation's verb chain
  ['The European Union failed Wednesday to renew sanctions against Zimbabwe.', '085'],
], [
  'The United States renewed sanctions against Iran.',
  'The United States did not impose sanctions against Iran.',
]);
