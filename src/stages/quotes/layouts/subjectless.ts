import type { LocalRange as Range, Word } from '../../../model/index.ts';
import { isComma, isQuoteMark, lower, type UnitView } from '../unit-view.ts';
import { claimed, foundAt, type CueLayout } from './layout.ts';

/**
 * Cues without a subject of their own: "…, saying that …" (participial), "… but said …", "…, and insist …":
 * the speaker is that of the attribution they follow, of the nearest clause, or of the main clause.
 */
export const subjectless: CueLayout = {
  id: 'subjectless',
  read(u, c, cue) {
    const { toks, u0 } = u;
    let p = c - 1;
    // "…, but has insisted", "and then called": auxiliaries and adverbs stand between the conjunction and the cue.
    while (p >= u0 && (toks[p]!.pos === 'ADV' || toks[p]!.pos === 'AUX' || lower(toks[p]) === 'also')) p--;
    const participle = /ing$/.test(toks[c]!.text);
    const hangs = p >= u0 && (isComma(toks[p]) || toks[p]!.pos === 'CCONJ' || (participle && toks[p]!.pos === 'NOUN'));
    if (!hangs || !(participle || toks[p]!.pos === 'CCONJ')) return null;
    const previous = u.here.findLast((a) => a.cue !== null && a.cue.last < c);
    const prevEndsHere = previous !== undefined && previous.content.at(-1)![1] <= toks[c]!.start && noWordsBetween(toks, previous.content.at(-1)![1], p);
    // "the gunmen saying …" hangs on the phrase before it; "…, saying" on the nearest clause's subject;
    // "…, and insist …" on the main clause's subject.
    const speaker = prevEndsHere
      ? previous.speaker
      : participle && toks[p]!.pos === 'NOUN'
        ? participleHost(u, p)
        : participle
          ? u.syntax.nearestSubject(toks, p, u0)
          : u.syntax.mainSubject(toks, u0, p, (w) => u.isTime(w));
    const after = u.contentAfterCue(c, cue);
    if (!after || !(speaker || prevEndsHere)) return claimed();
    return claimed(foundAt(c, cue, after.body, speaker, participle ? 'participial' : after.layout, { sameSpeakerAs: prevEndsHere ? previous : null }));
  },
};

/**
 * The speaker of a participle hanging on the noun at `p`: that noun phrase ("remarks by a top official linking
 * …", "the group supporting …"), unless it is a medium put out by someone, the object of a verb or of its
 * preposition ("the ministry issued a statement saying …", "appeared in a new videotape threatening …"): the
 * speaker is then who put it out (attribution.md), the subject of that verb.
 */
function participleHost(u: UnitView, p: number): Range | null {
  const { toks, u0 } = u;
  const np = u.syntax.phraseEndingAt(toks, p, u0);
  if (!np || !isMedium(u, toks[p]!.lower)) return np;
  let before = np.first - 1;
  if (toks[before]?.pos === 'ADP' && lower(toks[before]) !== 'by') before--;
  // After a cue the medium may open the reported clause ("said the statements criticizing it were false"); a new
  // one ("has written an article criticizing …") is put out by the cue's subject.
  if (before < u0 || toks[before]!.pos !== 'VERB' || (u.isCue(before) && !/^an?$/.test(lower(toks[np.first])))) return np;
  return u.syntax.nearestSubject(toks, before + 1, u0) ?? np;
}

const isMedium = (u: UnitView, w: string) => u.lex.settings.has(w) || (w.endsWith('s') && u.lex.settings.has(w.slice(0, -1)));

/** Only punctuation, conjunctions and adverbs between a character offset and a token: the cue follows on. */
function noWordsBetween(toks: readonly Word[], fromChar: number, toIndex: number): boolean {
  for (let i = toIndex; i >= 0 && toks[i]!.start >= fromChar; i--) {
    const t = toks[i]!;
    if (!(t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADV' || isQuoteMark(t))) return false;
  }
  return true;
}
