import { checkRule } from './check-rule.ts';

// Guidelines (frame verbs): "seek / want to X" is intent (03x), or a threat (13x) when X is force.
checkRule('intent', /coded as (?:intent|threaten)/, [
  ['India plans to meet Pakistan next week.', '036'],
  ['Iran could attack Iraq.', '138'],
  ['Iran wants to invade Iraq.', '138'],
  ['Iran wanted to attack Iraq.', '138'],
  ['Iran is seeking to impose sanctions on Iraq.', '1312'],
  ['India seeks to meet Pakistan next week.', '036'],
], [
  'India will meet Pakistan next week.',
  'India met Pakistan last week.',
  'Iran attacked Iraq.',
  // no infinitive right after the verb: what one wants another to do is no intent of one's own
  'Iran wants Iraq to release the prisoners.',
]);
