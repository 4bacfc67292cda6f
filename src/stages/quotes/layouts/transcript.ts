import { has, WORD } from '../../../model/index.ts';
import type { ParagraphView, RawAttribution } from '../attribution-model.ts';

// "Mao Ning: This is not …", "Q: Will you run?": a short capitalised label, a colon, unquoted words.
const LABEL = /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,4}: +[^\s"“”'‘«]/u;
const MAX_LABEL = 8;

/**
 * The paragraphs that are speaker turns of an interview or briefing transcript. One paragraph opening
 * "Note: …" or "Brexit: …" is a label, not a speaker; a layout is a transcript when two paragraphs or more
 * open that way.
 */
export function transcriptTurns(paragraphs: readonly { text: string }[]): Set<number> {
  const turns = new Set<number>();
  for (const [p, paragraph] of paragraphs.entries()) if (LABEL.test(paragraph.text)) turns.add(p);
  return turns.size >= 2 ? turns : new Set();
}

/** A speaker turn: the label is the speaker, the colon the cue, the rest of the paragraph direct content. */
export function transcriptTurn(view: ParagraphView): RawAttribution | null {
  const { toks } = view;
  let k = 0;
  while (k < toks.length && k < MAX_LABEL && toks[k]!.text !== ':' && (has(toks[k], WORD.CAPITAL) || toks[k]!.text === '.')) k++;
  if (k === 0 || toks[k]?.text !== ':' || k + 1 >= toks.length) return null;
  return {
    type: 'direct', content: [[toks[k + 1]!.start, toks.at(-1)!.end]], speaker: { first: 0, last: k - 1 }, sameSpeakerAs: null,
    cue: { first: k, last: k }, lemma: ':', speech: false, cueClass: null, layout: 'transcript', apposition: null, unit: 0,
  };
}
