import { checkRule } from './check-rule.ts';

checkRule('state-protest', /a state's protest is diplomatic/, [
  ['Vietnam has protested against China’s activities in the Spratly islands.', '110'],
  ['The Japanese government protested against the Chinese naval drills.', '110'],
], [
  // Street protest: the verb, or who protests, says so.
  'Hundreds of Iraqis demonstrated in Basra against the British troop presence.',
  'Students protested against the government in Dhaka.',
  'Opposition supporters protested against the election results.',
]);
