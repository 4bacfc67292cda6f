import { claimed, cueFields, type CueLayout } from './layout.ts';

/**
 * Subject, cue, content: "X said that …" (said-that), "X said …" (said-bare), "X said, "…"" (said-quote),
 * "X said: …" (colon); "the commander, who said …" is relative.
 */
export const said: CueLayout = {
  id: 'said',
  read(u, c, cue) {
    const subject = u.subjectOf(c);
    if (!subject) return claimed();
    const start = u.contentStart(c, cue.object);
    const body = u.contentFrom(start.k, cue.lemma === 'say' || start.layout === 'said-that');
    if (!body) return claimed();
    const whoSaid = /^(?:who|which|that)$/i.test(u.toks[c - 1]?.text ?? '');
    const layout = whoSaid ? 'relative' : body.type === 'direct' && start.layout === 'said-bare' ? 'said-quote' : start.layout;
    return claimed({ ...body, speaker: subject, ...cueFields(c, cue), layout });
  },
};
