import { isVerb, lower } from '../unit-view.ts';
import { claimed, foundAt, type CueLayout } from './layout.ts';

/**
 * "what he said was …", "programs he says will improve …": the cue's subject comes before it and the content
 * starts with its verb. A cue with no subject here claims nothing: no later layout has a speaker for it.
 */
export const relative: CueLayout = {
  id: 'relative',
  read(u, c, cue) {
    // A cue that never takes a clause has no clause after it ("called for phased redeployment").
    if (cue.frame === 'object') return null;
    const subject = u.subjectOf(c);
    if (!subject) return claimed();
    const { toks, u1 } = u;
    let k = c + cue.width;
    while (k <= u1 && (u.isTime(toks[k]) || toks[k]!.pos === 'ADV') && !u.timeSubject(k)) k++;
    if (!isVerb(toks[k]) || /ing$/.test(toks[k]!.text) || lower(toks[k]) === 'that') return null;
    const end = u.clauseEnd(k);
    return claimed(end >= k ? foundAt(c, cue, { type: u.typeOf(k, end), content: [u.charRange(k, end)] }, subject, 'relative') : null);
  },
};
