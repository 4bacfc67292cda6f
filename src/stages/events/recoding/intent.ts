import type { FrameName } from '../../../lexicons/events/event-lexicons.ts';
import { frameCode } from '../frames.ts';
import type { EventRule } from './rule.ts';

/**
 * An event only supposed ("would", "could"): cooperation (04–08) is an intent to cooperate (03), force (14–20) a
 * threat (13), as is one planned ("plans to X"). An event announced for the future ("will X", "is to X") is X
 * (guidelines: frame verbs).
 */
export const intent: EventRule = {
  id: 'intent',
  apply(c, { res, m, read }) {
    const planned = c.modality === 'future' && res.lexicons.modality.intent.includes((read.cue ?? '').toLowerCase());
    if ((c.modality !== 'hypothetical' && !planned) || m.pattern.frame) return;
    const root = Number(c.code.slice(0, 2));
    const frame: FrameName | null = root >= 4 && root <= 8 ? 'intent' : root >= 14 ? 'threaten' : null;
    if (!frame) return;
    const shifted = frameCode(res, frame, c.code);
    c.shift = `; ${read.modality} ${c.code} coded as ${frame} ${shifted}`;
    c.code = shifted;
  },
};
