import { complementOf, frameMaps } from '../frames.ts';
import type { TriggerRule } from './rule.ts';

/**
 * "rejected the proposal for a ceasefire": a one-word trigger that is also a frame verb is read as the frame
 * when an event it can govern follows.
 */
export const frameReading: TriggerRule = {
  id: 'frame-reading',
  apply(c, { ctx, res, matches }) {
    const { m } = c;
    if (!m.frame || m.pattern === m.frame || m.first !== m.last) return;
    const complement = complementOf(ctx, { ...m, pattern: m.frame }, matches);
    if (!complement || !frameMaps(res, m.frame.frame!, complement.pattern.code)) return;
    c.m = { ...m, pattern: m.frame, cue: null, cueAt: null, cueEnd: null };
    c.code = m.frame.code;
  },
};
