import type { LocalRange as Range } from '../../../model/index.ts';
import { lower } from '../unit-view.ts';
import { claimed, foundAt, type CueLayout } from './layout.ts';

/** "quoted X as saying …", "were quoted as saying …": the speaker is the one quoted, or the passive's subject. */
export const quotedAsSaying: CueLayout = {
  id: 'quoted-as-saying',
  read(u, c, cue) {
    const { toks, u0 } = u;
    if (lower(toks[c - 1]) !== 'as' || !/ing$/.test(toks[c]!.text)) return null;
    let q = c - 2;
    while (q >= u0 && !u.lex.quoting.has(lower(toks[q]))) q--;
    if (q < u0) return null;
    let speaker: Range | null = null;
    if (q + 1 <= c - 2) speaker = u.phraseStartingAt(q + 1, c - 2);
    if (!speaker || q + 1 > c - 2) speaker = u.subjectBefore(q);
    const after = u.contentAfterCue(c, { ...cue, object: false });
    return claimed(after && speaker && foundAt(c, cue, after.body, speaker, 'quoted-as-saying'));
  },
};
