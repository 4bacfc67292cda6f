import { defineStage, type Stage } from '../../pipeline/stage.ts';
import { loadEventLexicons } from '../../lexicons/events/event-lexicons.ts';
import { loadQuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import { loadPetrarchDictionary } from '../../lexicons/events/petrarch-dictionary.ts';
import { indexDictionary } from './dictionary/dictionary-index.ts';
import { sentenceDiscards } from './dictionary/sentence-discard.ts';
import { indexPatterns } from './match-triggers.ts';
import { codeEvents, type UncodedObserver } from './code-events.ts';
import { eventIndexes, type EventResources } from './resources.ts';
import { dyadsOf } from './dyads.ts';
import { loadEventConfidence } from '../../lexicons/events/event-confidence.ts';
import { confidenceModel, type ConfidenceModel } from './confidence/confidence.ts';

/**
 * The events stage; `observe` hears of each trigger that gave no event (the evaluation tells a missing trigger
 * from a missing actor with it). The output is the same with or without it. `confidence` replaces the committed
 * learned filter (null: none, every coded event kept, as the filter's training script reads them).
 */
export function eventsStage(observe?: UncodedObserver, confidence?: ConfidenceModel | null): Stage<EventResources> {
  return defineStage({
    name: 'events',
    needs: ['syntax', 'actors', 'timexes', 'quotes'],
    gives: ['events', 'dyads'],
    setup(): EventResources {
      const lexicons = loadEventLexicons();
      const dictionary = indexDictionary(loadPetrarchDictionary());
      return {
        lexicons,
        index: indexPatterns(lexicons.patterns),
        dictionary,
        discards: sentenceDiscards(dictionary.dictionary.discards),
        ...eventIndexes(lexicons),
        confidence: confidence === undefined ? confidenceModel(loadEventConfidence()) : confidence,
        personRoles: loadQuoteLexicons().personRoles,
      };
    },
    run(doc, resources, context) {
      doc.events = codeEvents(doc, resources, context, observe);
      doc.dyads = dyadsOf(doc.events);
    },
  });
}

/**
 * Political events: a trigger (verb or nominalisation) from the pattern lexicon, source and target actors
 * chosen among the actors link read, CAMEO code with Goldstein and quad class, PLOVER event,
 * modality, date, and the reason it was coded; a learned filter (confidence/) drops the events its model doubts.
 * Dyads add the events up per ordered actor pair.
 */
export const events = eventsStage();
