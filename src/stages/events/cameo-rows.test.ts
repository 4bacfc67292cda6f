import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Event } from '../../model/index.ts';
import { cameoRows } from './cameo-rows.ts';
import { dyadsOf } from './dyads.ts';

const actor = (code: string): Actor => ({ code, country: code.slice(0, 3), role: code.length > 3 ? code.slice(3, 6) : null, entity: null, mention: null });

function event(sources: string[], targets: string[], over: Partial<Event> = {}): Event {
  return {
    id: 'v1',
    trigger: { start: 0, end: 6, text: 'signed', lemma: 'sign' },
    sentence: 0,
    sources: sources.map(actor),
    targets: targets.map(actor),
    cameo: { code: '057', name: 'Sign formal agreement', root: '05', goldstein: 8, quadClass: 1 },
    plover: { event: 'SUPPORT', mode: null, context: ['diplomatic'] },
    modality: 'asserted',
    date: { value: '1950', timex: 't1' },
    quote: null,
    reason: 'test',
    ...over,
  };
}

test('one row per source member and target member', () => {
  const rows = cameoRows(event(['IRQGOV', 'EGYGOV'], ['SYRMIL']));
  assert.deepEqual(rows.map((r) => `${r.source}>${r.target}`), ['IRQGOV>SYRMIL', 'EGYGOV>SYRMIL']);
  assert.equal(rows[0]!.code, '057');
  assert.equal(rows[0]!.date, '1950');
});

test('a reciprocal record gives both directions and never an actor on itself', () => {
  const rows = cameoRows(event(['CHN', 'SUN'], ['CHN', 'SUN']));
  assert.deepEqual(rows.map((r) => `${r.source}>${r.target}`), ['CHN>SUN', 'SUN>CHN']);
});

test('a compound with a member on both sides gives no row from that member to itself', () => {
  const rows = cameoRows(event(['RUS', 'CHN'], ['RUS', 'USA']));
  assert.deepEqual(rows.map((r) => `${r.source}>${r.target}`), ['RUS>USA', 'CHN>RUS', 'CHN>USA']);
  assert.ok(dyadsOf([event(['RUS', 'CHN'], ['RUS', 'CHN'])]).every((d) => d.source !== d.target));
});

test('codes stay strings with their leading zero', () => {
  const [row] = cameoRows(event(['USA'], ['MEX'], { cameo: { code: '010', name: 'Make statement', root: '01', goldstein: 0, quadClass: 1 } }));
  assert.equal(row!.code, '010');
  assert.equal(row!.root, '01');
});

test('negated events give no rows', () => {
  assert.deepEqual(cameoRows(event(['USA'], ['MEX'], { modality: 'negated' })), []);
});

test('dyads add up count, mean Goldstein and quad classes per ordered pair', () => {
  const fight = { code: '190', name: 'Use conventional military force', root: '19', goldstein: -10, quadClass: 4 };
  const dyads = dyadsOf([
    event(['RUS'], ['UKR']),
    event(['RUS'], ['UKR'], { id: 'v2', cameo: fight }),
    event(['UKR'], ['RUS'], { id: 'v3', cameo: fight }),
    event(['RUS'], ['UKR'], { id: 'v4', modality: 'negated' }),
  ]);
  assert.deepEqual(dyads, [
    { source: 'RUS', target: 'UKR', events: 2, meanGoldstein: -1, quadClasses: [1, 0, 0, 1] },
    { source: 'UKR', target: 'RUS', events: 1, meanGoldstein: -10, quadClasses: [0, 0, 0, 1] },
  ]);
});

test('a dyad whose codes have no Goldstein value has a null mean', () => {
  const cyber = { code: '176', name: 'Attack cybernetically', root: '17', goldstein: null, quadClass: 4 };
  assert.equal(dyadsOf([event(['PRK'], ['KOR'], { cameo: cyber })])[0]!.meanGoldstein, null);
});
