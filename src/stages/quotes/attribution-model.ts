/**
 * The shapes attribution finding works with: a paragraph's view, the quoted segments placed on it, a cue found
 * at a token, and what a layout reports. Apart from attribution.ts so that the layouts it runs can use them
 * without importing it back.
 */
import type { LocalRange as Range, Syntax, TimeTest, Word } from '../../model/index.ts';
import type { CueClass, CueWord } from '../../lexicons/quotes/quotes-lexicons.ts';
import type { QuotedSegment } from './quote-marks.ts';

export type { Range };

/** A quoted segment placed on the paragraph's tokens. */
export interface PlacedSegment extends QuotedSegment {
  /** First and last token inside the segment (marks included), -1 when it holds none. */
  firstTok: number;
  lastTok: number;
  used: boolean;
}

/** What one attribution layout found, before the speaker is resolved against the document. */
export interface RawAttribution {
  type: 'direct' | 'indirect' | 'mixed';
  content: [number, number][];
  speaker: Range | null;
  /** The speaker is the one of an earlier attribution (participle, "but said", continuation). */
  sameSpeakerAs: RawAttribution | null;
  cue: Range | null;
  lemma: string | null;
  speech: boolean;
  /** the cue's class (attribution.md), null without a cue */
  cueClass: CueClass | null;
  layout: string;
  /** Apposition after the speaker (", from the Upper Institute …"), for role and affiliation. */
  apposition: Range | null;
  unit: number;
}

/** What a layout reports: an attribution of its unit, the unit number left to the unit. */
export type Found = Omit<RawAttribution, 'unit' | 'apposition' | 'sameSpeakerAs' | 'cueClass'> & Partial<Pick<RawAttribution, 'apposition' | 'sameSpeakerAs' | 'cueClass'>>;

export interface ParagraphView {
  text: string;
  syntax: Syntax;
  /** words of the document's time expressions ("Sunday", "last week") */
  isTime: TimeTest;
  toks: readonly Word[];
  segments: PlacedSegment[];
  /** Per token, the index of the top-level segment holding it, or -1. */
  segmentOf: Int32Array;
  /** Units: sentences, joined where a quote runs across a sentence break. */
  units: Range[];
}

/** A reporting cue found at a token: its lexicon entry and how many words it spans (a particle included). */
export interface CueMatch extends CueWord {
  width: number;
}
