import { checkLayout } from './check-layout.ts';

checkLayout(['apposition'], [
  ['Thoi, an international relations expert at the university, the plan was likely to "capitalize on the discord".', ['apposition', 'the plan was likely to "capitalize on the discord"', 'Thoi', null]],
  // The name slot need not hold a name (a garbled one, a dropped "according to"): the apposition makes it a source.
  ['During the Reform, a senior analyst at the Institute of Economics, the deal would "change everything".', ['apposition', 'the deal would "change everything"', 'During the Reform', null]],
  // Reported content without quotation marks: a clause with its own subject.
  ['Maria Costa, a professor of law at the University of Lisbon, the ruling will be appealed.', ['apposition', 'the ruling will be appealed', 'Maria Costa', null]],
  // The whole rest quoted.
  ['Ahmed Saleh, a spokesman for the ministry, "we will not sign this deal."', ['apposition', '"we will not sign this deal."', 'Ahmed Saleh', null]],
], [
  // No role in the apposition, or no reported content after it.
  'Paris, a city of lights, was "very quiet" today.',
  'Thoi, an expert at the university, thinks the plan will fail.',
  'Meanwhile, a senior official at the ministry, the plan…',
  'John Smith, a spokesman for the ministry, will visit Paris on Monday.',
  'Florian Mayer, the sixth seed at the tournament, ousted Oliver Marach of Austria.',
  // No noun in the slot: a sentence adverb is no source.
  'Meanwhile, a senior official at the ministry, the plan was "dead on arrival".',
]);
