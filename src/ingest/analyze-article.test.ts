import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPipeline } from '../pipeline/presets.ts';
import { analyzeArticle } from './analyze-article.ts';

const pipeline = defaultPipeline();

describe('analyzeArticle', () => {
  it('runs the English stages on an English article and signs it', () => {
    const r = analyzeArticle(pipeline, {
      id: 'en', published: '2020-10-22',
      text: 'The foreign minister said on Tuesday that the talks with the neighbouring country would continue next week in the capital, despite the protests.',
    });
    assert.equal(r.language, 'eng');
    assert.equal(r.english, true);
    assert.deepEqual(r.doc.stages, pipeline.stages);
    assert.ok(r.doc.sentences.length > 0);
    assert.equal(r.minhash.length, 64);
  });

  it('stores a French article unanalysed, with a message that says why', () => {
    const r = analyzeArticle(pipeline, {
      id: 'fr', published: null,
      text: 'Le ministre des affaires étrangères a déclaré mardi que les pourparlers avec le pays voisin se poursuivraient la semaine prochaine dans la capitale, malgré les manifestations.',
    });
    assert.equal(r.language, 'fra');
    assert.equal(r.english, false);
    assert.deepEqual(r.doc.stages, []);
    assert.deepEqual(r.doc.sentences, []);
    assert.equal(r.doc.messages[0]?.rule, 'not-english');
    assert.match(r.doc.messages[0]!.text, /fra, not English/);
  });
});
