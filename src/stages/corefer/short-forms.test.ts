import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';
import { givenNamesOf, shortFormOf } from './short-forms.ts';

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

test('givenNamesOf: the leading words of a longer name are its given names; other runs of its words are not', () => {
  const cases: [string, string, boolean][] = [
    ['ismail sabri yaakob', 'ismail sabri', true],
    ['mohammed bin zayed al nahyan', 'mohammed bin zayed', true],
    ['tamim bin hamad al-thani', 'tamim bin hamad', true],
    // negative: one word (shortFormOf's), the whole name, trailing or inner words, another order
    ['ismail sabri yaakob', 'ismail', false],
    ['ismail sabri yaakob', 'ismail sabri yaakob', false],
    ['ismail sabri yaakob', 'sabri yaakob', false],
    ['mohammed bin zayed al nahyan', 'zayed al', false],
    ['george w. bush', 'george bush', false],
  ];
  for (const [name, short, expected] of cases) assert.equal(givenNamesOf(name.split(' '), short.split(' ')), expected, `${short} of ${name}`);
});

test('a person named with courtesy titles keeps one identity through title + given name, the given names and the full name', () => {
  const pipeline = buildPipeline(stagesThrough('corefer'));
  const people = (text: string) => pipeline.analyze({ text }).entities.filter((e) => e.type === 'PERSON').map((e) => `${e.name}:${e.mentions.length}`);
  const cases: [string, string[]][] = [
    // Malaysian: the given names stand for the name
    ['Datuk Seri Ismail Sabri Yaakob was sworn in. Ismail Sabri thanked the king.', ['Ismail Sabri Yaakob:2']],
    // Gulf: title + given name after the full name
    ['The Emir of Qatar Sheikh Tamim Hamad Al-Thani called. Sheikh Tamim invited him to Doha.', ['Tamim Hamad Al-Thani:2']],
    ['H.E. Sheikh Mohammed bin Zayed Al Nahyan arrived. Sheikh Mohammed bin Zayed met the envoy.', ['Mohammed bin Zayed Al Nahyan:2']],
    // Iranian
    ['Supreme Leader Ayatollah Ali Khamenei spoke. Ayatollah Khamenei said the talks failed.', ['Ali Khamenei:2']],
    // Thai: a rank of office, then the given name
    ['Thai Prime Minister Gen. Prayut Chan-ocha met the envoy. Prayut said the talks went well.', ['Prayut Chan-ocha:2']],
    // negative: two persons sharing given names are not merged into the later one's name
    ['Sheikh Mohammed bin Rashid Al Maktoum met Sheikh Mohammed bin Zayed Al Nahyan.', ['Mohammed bin Rashid Al Maktoum:1', 'Mohammed bin Zayed Al Nahyan:1']],
  ];
  for (const [text, want] of cases) assert.deepEqual(people(text), want, text);
});
