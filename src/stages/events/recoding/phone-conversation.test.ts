import { checkRule } from './check-rule.ts';

checkRule('phone-conversation', /discussion by telephone/, [
  ['The top nuclear envoys of South Korea and the United States held phone talks on Tuesday.', '041'],
  ['Turkish Foreign Minister Mevlut Cavusoglu held a telephonic conversation with U.S. Secretary of State Rex Tillerson.', '041'],
  ['Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed Syria over the phone.', '041'],
  ['Chinese Premier Li Keqiang held a telephonic meeting with Pakistani Prime Minister Imran Khan.', '041'],
], [
  // Talks in person, or the phone outside the talks' clause.
  'The top nuclear envoys of South Korea and the United States held talks in Seoul on Tuesday.',
  'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.',
  'In a telephone interview, the minister said Iran would never give up enrichment.',
  'Indonesian Foreign Minister Retno Marsudi held bilateral meetings with her counterparts from Norway and China.',
]);
