import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';
import { shortFormOf } from './short-forms.ts';

test('shortFormOf: a first or last word stands for a name; an inner one of four letters or more in a longer name', () => {
  const cases: [string, string, 'edge' | 'inner' | null][] = [
    ['li lifan', 'li', 'edge'],
    ['vladimir putin', 'putin', 'edge'],
    ['moussa faki mahamat', 'faki', 'inner'],
    ['martin torrijos espino', 'torrijos', 'inner'],
    // negative: a particle or an initial inside the name, a word not in it, a one-word name
    ['osama bin laden', 'bin', null],
    ['george w. bush', 'w.', null],
    ['moussa faki mahamat', 'moussa faki', null],
    ['vladimir putin', 'medvedev', null],
    ['putin', 'putin', null],
  ];
  for (const [name, word, expected] of cases) assert.equal(shortFormOf(name.split(' '), word), expected, `${word} of ${name}`);
});

test('an inner word of a person\'s name joins that person; a name that starts or ends with the word wins', () => {
  const pipeline = buildPipeline(stagesThrough('corefer'));
  const people = (text: string) => pipeline.analyze({ text }).entities.filter((e) => e.type === 'PERSON').map((e) => `${e.name}:${e.mentions.length}`);
  assert.deepEqual(people('African Union chief Moussa Faki Mahamat spoke. Faki called on troops to stand down.'), ['Moussa Faki Mahamat:2']);
  // negative: "Abdullah" is the first word of King Abdullah's name, and the inner word of Ali Abdullah Saleh's
  assert.deepEqual(people('Ali Abdullah Saleh met Abdullah Gul. Abdullah said the talks went well.'), ['Ali Abdullah Saleh:1', 'Abdullah Gul:2']);
});
