import { checkRule } from './check-rule.ts';

checkRule('state-protest', /a state's protest is diplomatic/, [
  ['Vietnam has protested against China’s activities in the Spratly islands.', '110'],
  ['Moscow protested the interview to U.S. officials.', '110'],
  ['The Japanese government protested against the Chinese naval drills.', '110'],
  // A protest noun a light verb does (decision I).
  ['Japan made a protest against the detention of a Japanese person in Beijing.', '110'],
], [
  'Opposition supporters staged a protest against the government in Dhaka.',
  'The Japanese government criticized protests against the Chinese naval drills.',
  'The Kenyan government announced that the protests would resume.',
  // Street protest: the verb, or who protests, says so.
  'Hundreds of Iraqis demonstrated in Basra against the British troop presence.',
  'Thousands of Iraqis have protested in the streets, demanding his release.',
  'Hundreds of Iraqi Kurds protested in Sulaimaniya against the proposal.',
  'Indian Christians had protested the film.',
  'Supporters of Pakistan’s religious parties have marched in Islamabad to protest a crackdown.',
  'Students protested against the government in Dhaka.',
  'Opposition supporters protested against the election results.',
]);
