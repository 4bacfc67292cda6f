import { claimed, foundAt, type CueLayout } from './layout.ts';

/**
 * Subject, cue, content: "X said that …" (said-that), "X said …" (said-bare), "X said, "…"" (said-quote),
 * "X said: …" (colon); "the commander, who said …" is relative.
 */
export const said: CueLayout = {
  id: 'said',
  read(u, c, cue) {
    const subject = u.subjectOf(c);
    if (!subject) return claimed();
    const after = u.contentAfterCue(c, cue);
    if (!after) return claimed();
    const { body, layout: startLayout } = after;
    const whoSaid = /^(?:who|which|that)$/i.test(u.toks[c - 1]?.text ?? '');
    const layout = whoSaid ? 'relative' : body.type === 'direct' && startLayout === 'said-bare' ? 'said-quote' : startLayout;
    return claimed(foundAt(c, cue, body, subject, layout));
  },
};
