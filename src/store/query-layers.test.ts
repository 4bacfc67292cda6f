import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryLayers } from './query-layers.ts';
import { fixtureDoc, putinArticle } from './test-fixtures.ts';

describe('queryLayers', () => {
  const doc = fixtureDoc(putinArticle('2020-10-22'));
  const layers = queryLayers(doc);

  it('counts every layer of the Doc and keeps its text', () => {
    assert.equal(layers.text, doc.text);
    assert.deepEqual(layers.counts, { mentions: 7, quotes: 1, events: 2, messages: 0 });
    assert.equal(layers.sentences.length, doc.sentences.length);
  });

  it('counts the mentions and quotes of each doc entity', () => {
    const cases: [string, number, number][] = [['Vladimir Putin', 2, 1], ['Russia', 3, 0], ['China', 1, 0], ['United States', 1, 0]];
    for (const [name, mentions, quotes] of cases) {
      const e = layers.entities.find((x) => x.name === name);
      assert.deepEqual([e?.mentions, e?.quotes], [mentions, quotes], name);
    }
  });

  it('lists the doc entities named inside a quote once each, and none outside it', () => {
    const [q] = layers.quotes;
    assert.equal(q?.content, 'We will never accept sanctions against Russia');
    assert.equal(q?.speakerEntity, 'e1');
    assert.deepEqual(q?.about, ['e2']);
  });

  it('gives events their sentence text and actors by doc entity', () => {
    const [v] = layers.events;
    assert.equal(v?.sentence, 'Russia consulted China on trade.');
    assert.deepEqual(v?.sources.map((a) => a.entity), ['e2']);
    assert.deepEqual(v?.targets.map((a) => a.entity), ['e3']);
  });
});

describe('queryLayers tone', () => {
  it('scores the document and each quote as GDELT scores document tone', () => {
    const layers = queryLayers(fixtureDoc(putinArticle('2020-10-22')));
    // "We will never accept sanctions against Russia": accept is positive, 1 word in 7.
    assert.ok(Math.abs(layers.quotes[0]!.tone! - 100 / 7) < 1e-9, String(layers.quotes[0]!.tone));
    // The article: "accept" (+) and "criticised" (-) in 27 words.
    assert.equal(layers.tone, 0);
    assert.equal(queryLayers(fixtureDoc({ text: 'The officials were killed.', published: null })).tone, -25);
  });
});
