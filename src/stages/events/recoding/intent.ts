import type { FrameName } from '../../../lexicons/events/event-lexicons.ts';
import { frameCode } from '../frames.ts';
import type { EventRule } from './rule.ts';

/** An event still to come: cooperation (04–08) is an intent to cooperate (03), force (14–20) a threat (13). */
export const intent: EventRule = {
  id: 'intent',
  apply(c, { res, m, read }) {
    if ((c.modality !== 'future' && c.modality !== 'hypothetical') || m.pattern.frame) return;
    const root = Number(c.code.slice(0, 2));
    const frame: FrameName | null = root >= 4 && root <= 8 ? 'intent' : root >= 14 ? 'threaten' : null;
    if (!frame) return;
    const shifted = frameCode(res, frame, c.code);
    c.shift = `; ${read.modality} ${c.code} coded as ${frame} ${shifted}`;
    c.code = shifted;
  },
};
