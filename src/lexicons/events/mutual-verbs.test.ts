// coding.json words.mutualVerbs: a compound subject of these verbs with no target named acts on each other
// ("China and Japan exchanged views": each side toward the other), as agreeing binds both sides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoRows } from '../../stages/events/cameo-rows.ts';
import { rulesPipeline } from '../../stages/events/rules-pipeline.ts';

const pipeline = rulesPipeline();
const triples = (text: string) => [...new Set(pipeline.analyze({ text }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();

test('exchanging with no target named is mutual between the members of a compound subject; with a named partner, or another verb, it is not', () => {
  const cases: [string, string[]][] = [
    // EXCHANGE * IDEAS [046:046], * VIEWS [046], * MESSAGES [040:040]
    ['Chinese and Japanese officials exchanged ideas on trade.', ['CHNGOV>JPNGOV:046', 'JPNGOV>CHNGOV:046']],
    ['The Chinese and Japanese foreign ministers exchanged views on regional security.', ['CHNGOV>JPNGOV:046', 'JPNGOV>CHNGOV:046']],
    ['Chinese and Japanese officials exchanged messages on Monday.', ['CHNGOV>JPNGOV:040', 'JPNGOV>CHNGOV:040']],
    // negatives: a named partner is the target (the dictionary's * VIEWS [046] is one way); a verb that is not mutual
    ['Russia\'s foreign minister exchanged views with his Chinese counterpart.', ['RUSGOV>CHNGOV:046']],
    ['Chinese and Japanese officials praised the agreement.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(triples(text), want.sort(), text);
});
