import { checkLayout } from './check-layout.ts';

checkLayout(['apposition'], [
  ['Thoi, an international relations expert at the university, the plan was likely to "capitalize on the discord".', ['apposition', 'the plan was likely to "capitalize on the discord"', 'Thoi', null]],
], [
  // No role in the apposition, or no quoted words after it.
  'Paris, a city of lights, was "very quiet" today.',
  'Thoi, an expert at the university, thinks the plan will fail.',
]);
