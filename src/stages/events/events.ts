import { defineStage } from '../../pipeline/stage.ts';
import { loadEventLexicons } from '../../lexicons/events/event-lexicons.ts';
import { agentIndex } from './find-actors.ts';
import { indexPatterns } from './match-triggers.ts';
import { codeEvents } from './code-events.ts';
import { eventIndexes, type EventResources } from './resources.ts';
import { dyadsOf } from './dyads.ts';
import { placeIndex } from './place-readings.ts';

/**
 * Political events: a trigger (verb or nominalisation) from the pattern lexicon, source and target actors
 * from linked entities, CAMEO code with Goldstein and quad class, PLOVER event,
 * modality, date, and the reason it was coded. Dyads add the events up per ordered actor pair.
 */
export const events = defineStage({
  name: 'events',
  needs: ['sentences', 'tokens', 'syntax', 'entities', 'links', 'timexes'],
  gives: ['events', 'dyads'],
  setup(): EventResources {
    const lexicons = loadEventLexicons();
    return {
      lexicons,
      index: indexPatterns(lexicons.patterns),
      actors: { agents: agentIndex(lexicons.agents), describers: lexicons.describers, pastimes: lexicons.pastimes, followers: lexicons.followers, roles: new Set([...lexicons.agents.values()].map((r) => r.slice(0, 3))) },
      places: placeIndex(lexicons.places, lexicons.regions),
      ...eventIndexes(lexicons),
    };
  },
  run(doc, resources, context) {
    doc.events = codeEvents(doc, resources, context);
    doc.dyads = dyadsOf(doc.events);
  },
});
