import { checkRule } from './check-rule.ts';

// The frame reading shows as the frame's own pattern in the reason ("promise|pledge|vow|…" → 030, intent frame).
checkRule('frame-reading', /→ 030; intent frame over/, [
  ['British Defence Secretary Tom King has promised to continue military aid to war-torn Mozambique.', '0332'],
], [
  'Yugoslavia and Slovenia agreed on Monday.',
  'Britain sent military aid to Mozambique.',
]);
