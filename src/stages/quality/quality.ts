import { defineStage } from '../../pipeline/stage.ts';
import { truncatedParagraphs } from './rules/truncated.ts';
import { unbalancedQuotes } from './rules/unbalanced-quote.ts';
import { suspectNames } from './rules/suspect-name.ts';
import { unintroducedSpeakers } from './rules/unintroduced-speaker.ts';
import type { QualityRule } from './rules/rule.ts';

/** The rules quality runs, in report order. Each is a small function over the finished document. */
const RULES: readonly QualityRule[] = [truncatedParagraphs, unbalancedQuotes, suspectNames, unintroducedSpeakers];

/** Last stage: flags what makes the text (or what was read from it) doubtful. */
export const quality = defineStage({
  name: 'quality',
  needs: ['paragraphs', 'quotes', 'entities', 'entities.role', 'entities.affiliation'],
  gives: [],
  run(doc, _resources, context) {
    for (const rule of RULES) {
      for (const finding of rule.check(doc)) {
        context.report('warning', rule.id, finding.text, finding.start, finding.end);
      }
    }
  },
});
