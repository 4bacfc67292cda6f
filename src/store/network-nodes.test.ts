import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { foldGovernment, networkEdges, notSelfLoopSql, type NodeEntity, type RawEdge } from './network-nodes.ts';

const E = (id: string, type: string, actorCode: string | null, mentions: number): NodeEntity => ({ id, type, actorCode, country: actorCode?.slice(0, 3) ?? null, mentions });
const entities = new Map([
  E('ent_us', 'GPE', 'USA', 40), E('ent_united_states', 'GPE', 'USA', 12), E('ent_washington', 'GPE', 'USA', 9),
  E('ent_white_house', 'ORG', 'USAGOV', 5), E('ent_pentagon', 'ORG', 'USAMIL', 3), E('ent_china', 'GPE', 'CHN', 30),
  E('ent_russia', 'GPE', 'RUS', 20), E('ent_biden', 'PERSON', 'USAGOV', 8), E('ent_blinken', 'PERSON', 'USAGOV', 4),
].map((e) => [e.id, e]));
const edge = (s: [string | null, string | null], t: [string | null, string | null], count = 1, tone: number | null = 1, kind: RawEdge['kind'] = 'event'): RawEdge =>
  ({ source: { entity: s[0], code: s[1] }, target: { entity: t[0], code: t[1] }, kind, count, toneSum: tone === null ? null : tone * count, toned: tone === null ? 0 : count });

test('foldGovernment: the bare government role folds into its country; other roles and IGOs stay', () => {
  const cases: [string, string][] = [['USAGOV', 'USA'], ['USA', 'USA'], ['USAMIL', 'USAMIL'], ['USAGOVMIL', 'USAGOVMIL'], ['IGOGOV', 'IGOGOV']];
  for (const [code, folded] of cases) assert.equal(foldGovernment(code), folded, code);
});

test('networkEdges: "US", "United States", Washington and the White House are one node; people stay apart; no self-loops', () => {
  const edges = networkEdges([
    edge(['ent_us', 'USA'], ['ent_china', 'CHN'], 2, -2),
    edge(['ent_united_states', 'USA'], ['ent_china', 'CHN'], 1, 1),
    edge(['ent_washington', 'USAGOV'], ['ent_china', 'CHN'], 1, null),
    edge([null, 'USAGOV'], ['ent_china', 'CHN'], 1, 4),
    edge(['ent_white_house', 'USAGOV'], ['ent_us', 'USA'], 3),
    edge(['ent_russia', 'RUS'], ['ent_russia', 'RUS'], 2),
    edge(['ent_pentagon', 'USAMIL'], ['ent_us', 'USA'], 1),
    edge(['ent_biden', 'USAGOV'], ['ent_blinken', 'USAGOV'], 1),
    edge(['ent_biden', 'USAGOV'], ['ent_biden', 'USAGOV'], 1),
    edge(['ent_biden', null], ['ent_united_states', null], 2, 0.5, 'quote'),
  ], entities);
  assert.deepEqual(edges.map((e) => [e.source, e.target, e.kind, e.count, e.tone]), [
    ['ent_biden', 'ent_blinken', 'event', 1, 1],
    ['ent_biden', 'ent_us', 'quote', 2, 0.5],
    ['ent_pentagon', 'ent_us', 'event', 1, 1],
    ['ent_us', 'ent_china', 'event', 5, (-4 + 1 + 4) / 4],
  ]);
});

test('networkEdges: a code node with no entity keeps its code; minCount applies after merging', () => {
  const edges = networkEdges([edge([null, 'IRNMIL'], [null, 'IRQ'], 1), edge([null, 'IRNMIL'], [null, 'IRQGOV'], 1)], new Map(), 2);
  assert.deepEqual(edges.map((e) => [e.source, e.target, e.count]), [['IRNMIL', 'IRQ', 2]]);
});

test('notSelfLoopSql: the same entity, or the same folded code with no person, is one node', () => {
  const db = new Database(':memory:');
  db.exec("CREATE TABLE entities (id TEXT, type TEXT); INSERT INTO entities VALUES ('ent_biden', 'PERSON'), ('ent_blinken', 'PERSON'), ('ent_us', 'GPE');");
  const cases: [[string | null, string], [string | null, string], boolean][] = [
    [['ent_us', 'USA'], [null, 'USAGOV'], false],
    [['ent_us', 'USA'], ['ent_us', 'USA'], false],
    [[null, 'RUS'], [null, 'RUS'], false],
    [['ent_biden', 'USAGOV'], ['ent_blinken', 'USAGOV'], true],
    [['ent_biden', 'USAGOV'], ['ent_us', 'USA'], true],
    [[null, 'USAMIL'], ['ent_us', 'USA'], true],
  ];
  const sql = `SELECT ${notSelfLoopSql('s', 't', "SELECT id FROM entities WHERE type = 'PERSON'")} AS ok FROM
    (SELECT ? AS entity, ? AS code) s, (SELECT ? AS entity, ? AS code) t`;
  for (const [s, t, apart] of cases) assert.equal(db.prepare(sql).pluck().get(...s, ...t), apart ? 1 : 0, `${s} ${t}`);
});
