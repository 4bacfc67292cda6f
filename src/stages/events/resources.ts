/** What the events stage loads once (lexicons, indexes, actor dictionaries) and the lookups it derives. */
import type { EventLexicons } from '../../lexicons/events/event-lexicons.ts';
import type { PatternIndex } from './match-triggers.ts';
import type { DictionaryIndex } from './dictionary/dictionary-index.ts';
import { phraseIndex, type PhraseIndex } from '../../lexicons/phrase-index.ts';
import type { DiscardTable } from './dictionary/discards.ts';
import type { ConfidenceModel } from './confidence/confidence.ts';

export interface EventResources {
  lexicons: EventLexicons;
  index: PatternIndex;
  /** modality cues, reporting verbs, protest aims (by last digit) and light verbs, indexed for lookup */
  cues: { negated: PhraseIndex; hypothetical: PhraseIndex; future: PhraseIndex; reporting: PhraseIndex };
  aims: [digit: string, index: PhraseIndex][];
  light: PhraseIndex;
  /** the compiled PETRARCH2 verb dictionary, indexed */
  dictionary: DictionaryIndex;
  /** the PETRARCH2 discard topics that keep a sentence or story from being coded */
  discards: DiscardTable;
  /** the learned filter over coded events; null keeps every event (the training script reads them all) */
  confidence: ConfidenceModel | null;
  /** the role nouns of people ("chief", "minister") that end a title the agent table lacks (groupActors) */
  personRoles: ReadonlySet<string>;
}

/** The lookup indexes the stage derives from its lexicons once, in setup. */
export function eventIndexes(lexicons: EventLexicons): Pick<EventResources, 'cues' | 'aims' | 'light'> {
  const m = lexicons.modality;
  const a = lexicons.protestAims;
  return {
    cues: { negated: phraseIndex(m.negated), hypothetical: phraseIndex(m.hypothetical), future: phraseIndex(m.future), reporting: phraseIndex(m.reportingVerbs) },
    // Leadership first, then institutions and rights, policy last: the more specific aim wins at one place.
    aims: (['1', '4', '3', '2'] as const).map((d) => [d, phraseIndex(a[d])]),
    light: phraseIndex(lexicons.lightVerbs),
  };
}
