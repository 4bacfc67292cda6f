import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STORE_ADAPTERS } from '../store/test-adapters.ts';
import { fixtureArticle } from '../store/test-fixtures.ts';
import { findOriginal, minhashSignature, NEAR_DUPLICATE_THRESHOLD, SIGNATURE_SIZE, similarity } from './near-duplicate.ts';

const STORY = Array.from({ length: 12 }, (_, i) => `Sentence ${i} tells how the delegation from the northern province reached agreement number ${i * 7} on water sharing.`).join(' ')
  + ' The minister said the deal would be signed next month in the capital after a final review by both parliaments.';

describe('minhashSignature and similarity', () => {
  it('is deterministic and of fixed size', () => {
    assert.equal(minhashSignature(STORY).length, SIGNATURE_SIZE);
    assert.deepEqual(minhashSignature(STORY), minhashSignature(STORY));
    assert.deepEqual(minhashSignature(''), []);
  });

  const cases: [string, string, boolean][] = [
    ['a byline added', `By Jane Doe (Reuters) ${STORY}`, true],
    ['case and punctuation changed', STORY.toUpperCase().replaceAll('.', '!'), true],
    ['one word edited', STORY.replace('final review', 'last review'), true],
    ['the last sentence dropped', STORY.slice(0, STORY.lastIndexOf(' The minister')), true],
    ['a different story on the same topic', 'The delegation from the southern province walked out of talks on water sharing, saying no agreement was possible this year.', false],
    ['the words shuffled', STORY.split(' ').reverse().join(' '), false],
  ];
  for (const [name, text, copy] of cases) {
    it(`${copy ? 'matches' : 'does not match'} ${name}`, () => {
      const s = similarity(minhashSignature(STORY), minhashSignature(text));
      assert.equal(s >= NEAR_DUPLICATE_THRESHOLD, copy, `similarity ${s}`);
    });
  }
});

for (const adapter of STORE_ADAPTERS) describe(`findOriginal (${adapter.name})`, () => {
  it('finds the stored original of a copy, and nothing for an unrelated text', async () => {
    const store = await adapter.open();
    const original = fixtureArticle({ text: STORY, published: '2020-01-01', minhash: minhashSignature(STORY) });
    await store.putArticle(original);
    const found = await findOriginal(store, minhashSignature(`(AP) ${STORY}`));
    assert.equal(found?.id, original.id);
    assert.ok(found!.similarity >= NEAR_DUPLICATE_THRESHOLD);
    assert.equal(await findOriginal(store, minhashSignature('Completely unrelated words about a football match that ended in a draw last night.')), null);
    assert.equal(await findOriginal(store, []), null);
    await store.close();
  });
});
