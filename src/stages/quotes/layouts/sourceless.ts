import { claimed, foundAt, type CueLayout } from './layout.ts';

/**
 * Raising without a source: "X is expected to V", "X are believed to have fled". The content is the subject
 * and the infinitive, in two fragments; the speaker is null, never a guess (attribution.md).
 */
export const sourceless: CueLayout = {
  id: 'sourceless',
  read(u, c, cue) {
    if (cue.class !== 'sourceless') return null;
    const subject = u.subjectBefore(c - 1);
    const rest = u.otherContentFrom(c + 1);
    if (!subject || !rest) return claimed();
    return claimed(foundAt(c - 1, { ...cue, width: 2 }, { type: rest.type, content: [u.charRange(subject.first, subject.last), ...rest.content] }, null, 'sourceless'));
  },
};
