import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPetrarchDictionary } from '../../../lexicons/events/petrarch-dictionary.ts';
import { transformEvent, type CodedEvent, type OuterClause } from './transform.ts';

const rules = loadPetrarchDictionary().verbs.transformations;
const say = (source: string | null): OuterClause => ({ source, block: 'EXPLAIN_VERBAL', code: '010' });

test('a clause reporting an event is recoded as the speaker’s act by the dictionary’s transformations', () => {
  const cases: [string, OuterClause, CodedEvent, [string | null, string | null, string] | null][] = [
    ['A said it struck camps in B: claims responsibility', say('ISR'), { source: 'ISR', target: 'LBN', code: '195' }, ['ISR', 'LBN', '015']],
    ['A said B shelled its border post: accuses', say('ISR'), { source: 'LBN', target: 'ISR', code: '190' }, ['ISR', 'LBN', '112']],
    ['A claimed B attacked: CLAIM is in the ALLEGE block', { source: 'ISR', block: 'ALLEGE', code: '110' }, { source: 'LBN', target: 'ISR', code: '1951' }, ['ISR', 'LBN', '112']],
    ['A said it would help B: any code of the speaker passes through', say('USA'), { source: 'USA', target: 'KEN', code: '070' }, ['USA', 'KEN', '070']],
    ['A wants to attack B: threatens', { source: 'RUS', block: 'DEMAND', code: '030' }, { source: null, target: 'UKR', code: '190' }, ['RUS', 'UKR', '138']],
    ['A attempted to assassinate B', { source: 'REB', block: 'ATTEMPT', code: null }, { source: null, target: 'GOV', code: '186' }, ['REB', 'GOV', '185']],
    // none applies:
    ['A said B helped C: no rule for another actor’s cooperation', say('ISR'), { source: 'USA', target: 'KEN', code: '070' }, null],
    ['an unnamed speaker', say(null), { source: 'LBN', target: 'ISR', code: '190' }, null],
    ['A hoped B would attack: HOPE has no rule', { source: 'ISR', block: 'HOPE', code: null }, { source: 'LBN', target: 'SYR', code: '190' }, null],
  ];
  for (const [name, outer, inner, want] of cases) {
    const got = transformEvent(rules, outer, inner);
    assert.deepEqual(got && [got.event.source, got.event.target, got.event.code], want, name);
  }
});
