import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../../model/index.ts';
import { confidenceModel, confidenceOf, confidentEvents } from './confidence.ts';

const model = confidenceModel({ bias: 0, threshold: 0.5, weights: { 'in-quote': -2, 'modality:asserted': 1 } });

test('confidenceOf: the logistic of the bias and the weights of the features present', () => {
  const cases: [string, string[], number][] = [
    ['no feature with a weight', ['root:11'], 0.5],
    ['one feature', ['modality:asserted'], 1 / (1 + Math.exp(-1))],
    ['weights add', ['modality:asserted', 'in-quote'], 1 / (1 + Math.exp(1))],
    // negative: a feature the model never saw weighs nothing
    ['an unknown feature', ['never-seen'], 0.5],
  ];
  for (const [what, features, want] of cases) assert.ok(Math.abs(confidenceOf(model, features) - want) < 1e-12, what);
});

const event = (id: string, quote: string | null): Event => ({
  id,
  trigger: { start: 0, end: 3, text: 'hit', lemma: 'hit' },
  sentence: 0,
  sources: [{ code: 'CHN', country: 'CHN', role: null, entity: null, mention: null }],
  targets: [{ code: 'JPN', country: 'JPN', role: null, entity: null, mention: null }],
  cameo: { code: '111', name: '', root: '11', goldstein: null, quadClass: 3 },
  plover: { event: null, mode: null, context: [] },
  modality: 'asserted',
  date: { value: null, timex: null },
  quote,
  reason: 'trigger "hit" matched "hit" → 111',
});

test('confidentEvents: events under the threshold are dropped and heard of; no model keeps all', () => {
  const toks = [{ start: 0, pos: 'VERB' }];
  const asserted = event('a', null);
  const quoted = event('b', 'q1');
  const cases: [string, typeof model | null, string[], string[]][] = [
    ['the quoted event scores under 0.5', model, ['a'], ['b']],
    // negative: with no model every event stays and none is heard of
    ['no model', null, ['a', 'b'], []],
  ];
  for (const [what, m, kept, dropped] of cases) {
    const heard: string[] = [];
    const out = confidentEvents(m, [asserted, quoted], toks, 0, (e) => heard.push(e.id));
    assert.deepEqual(out.map((e) => e.id), kept, what);
    assert.deepEqual(heard, dropped, what);
  }
});
