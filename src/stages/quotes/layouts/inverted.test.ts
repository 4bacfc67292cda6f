import { checkLayout } from './check-layout.ts';

checkLayout(['inverted', 'interrupted'], [
  ['China remains a member of the group, said the expert.', ['inverted', 'China remains a member of the group', 'the expert', 'said']],
  ['"Putin is trying to show strength," said Li Lifan, from the Institute.', ['inverted', '"Putin is trying to show strength,"', 'Li Lifan', 'said']],
  ['"The talks failed," said Li again.', ['inverted', '"The talks failed,"', 'Li', 'said']],
  ['"Two sons have come back," said his mother Nurbika Mamatuyeva.', ['inverted', '"Two sons have come back,"', 'his mother Nurbika Mamatuyeva', 'said']],
  // Speakers with modifiers and complements (gave nothing before).
  ['"We are exhausted," said a visibly tired Whitfield.', ['inverted', '"We are exhausted,"', 'a visibly tired Whitfield', 'said']],
  ['"The bridge is unsafe," said one engineer on the team.', ['inverted', '"The bridge is unsafe,"', 'one engineer', 'said']],
  ['"You see," said the Lightning, as it crept past him, "I can travel faster."', ['interrupted', '"You see," | "I can travel faster."', 'the Lightning', 'said']],
  // A dash opening the paragraph marks the speech and stays in the content (gave nothing before).
  ['– These documents are proof of guilt, says an IDF statement.', ['inverted', '– These documents are proof of guilt', 'an IDF statement', 'says']],
], [
  // The speaker must end the unit, or a comma must follow it.
  'Sletten, a caretaker for 30 years, said the communities visit frequently, competing at soccer.',
  'The talks failed, said to be the last round.',
  'He left, saying nothing.',
  'The plan failed, said a visibly tired.',
  'Mr. Tung, who is 67, announced his resignation on Monday.',
  // Words with no verb before the comma are the subject of the cue, not content.
  'A spokesman for the embassy, Ashraf Haidari, told VOA Thursday that the talks failed.',
  '– The minister, said the spokesman.',
]);
