import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalEntityId, compareNames, mergeEntities, type EntityContent } from './entity-merge.ts';

describe('compareNames: which of two names names the entity', () => {
  const cases: [string, string, string, 'first' | 'second'][] = [
    ['PERSON', 'Vladimir Putin', 'Putin', 'first'],
    ['PERSON', 'V. Putin', 'Vladimir Putin', 'second'],
    ['PERSON', 'President Putin', 'Putin', 'second'],
    ['PERSON', 'Vladimir Vladimirovich Putin', 'Vladimir Putin', 'first'],
    ['PERSON', 'Li Wei', 'Li Na', 'second'],
    ['ORG', 'UN', 'United Nations', 'second'],
    ['ORG', 'the United Nations', 'United Nations', 'second'],
    ['GPE', 'Russia', 'Russia', 'first'],
  ];
  for (const [type, a, b, expected] of cases) {
    it(`${type} ${a} / ${b} → ${expected === 'first' ? a : b}`, () => {
      assert.equal(compareNames(type, a, b) <= 0 ? 'first' : 'second', expected);
      assert.equal(Math.sign(compareNames(type, b, a)) + Math.sign(compareNames(type, a, b)), 0, 'the order is antisymmetric');
    });
  }
});

describe('mergeEntities: the order of merges does not matter', () => {
  const entity = fc.record({
    name: fc.constantFrom('Putin', 'Vladimir Putin', 'V. Putin', 'President Putin', 'Mr Putin'),
    type: fc.constant('PERSON'),
    aliases: fc.uniqueArray(fc.constantFrom('Putin', 'Vova', 'Vladimir Putin', 'V.V. Putin'), { maxLength: 3 }),
    country: fc.constantFrom(null, 'RUS', 'UKR'),
    actorCode: fc.constantFrom(null, 'RUS', 'RUSGOV', 'UKRGOV'),
    role: fc.constantFrom(null, 'president', 'Russian President', 'minister'),
  }) as fc.Arbitrary<EntityContent>;
  const norm = (e: EntityContent) => mergeEntities(e, e);

  it('commutes, associates and is idempotent; the id follows from the merged content', () => {
    fc.assert(fc.property(entity, entity, entity, (a, b, c) => {
      assert.deepEqual(mergeEntities(a, b), mergeEntities(b, a));
      assert.deepEqual(mergeEntities(mergeEntities(a, b), c), mergeEntities(a, mergeEntities(b, c)));
      const ab = mergeEntities(a, b);
      assert.deepEqual(mergeEntities(ab, ab), ab);
      assert.deepEqual(mergeEntities(ab, a), ab, 'taking in a part again changes nothing');
      assert.equal(canonicalEntityId(mergeEntities(b, a)), canonicalEntityId(ab));
      assert.ok(!norm(a).aliases.includes(norm(a).name));
    }), { seed: 17, numRuns: 500 });
  });

  it('keeps every name, the fullest as the name, and the more specific actor code', () => {
    const merged = [
      { name: 'Putin', type: 'PERSON', aliases: [], country: 'RUS', actorCode: 'RUS', role: null },
      { name: 'Vladimir Putin', type: 'PERSON', aliases: ['President Putin'], country: null, actorCode: 'RUSGOV', role: 'president' },
    ].reduce((x, y) => mergeEntities(x, y) as typeof x);
    assert.deepEqual(merged, { name: 'Vladimir Putin', type: 'PERSON', aliases: ['President Putin', 'Putin'], country: 'RUS', actorCode: 'RUSGOV', role: 'president' });
  });
});
