import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { skipWithoutData } from '../util/shared-data.ts';
import { buildDocuments, FIXTURE_DIR, locate, paragraphsOf, parseAnnotation, splitDocuments, toLine, type GoldDoc } from './build-quotes-set.ts';
import { GoldDocSchema } from './quotes.ts';

const read = (name: string): GoldDoc[] => readFileSync(path.join(FIXTURE_DIR, name), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

test('locate: a literal string must be found once as whole words, @N picks one of several', () => {
  const [p] = paragraphsOf('He said the plan failed, he said.');
  const cases: [string, [number, number] | RegExp][] = [
    ['plan failed', [12, 23]],
    ['said@2', [28, 32]],
    ['said', /ambiguous/],
    ['said@3', /occurs 2 times/],
    ['he@1', [25, 27]],
    ['lan', /not found/],
    ['budget', /not found/],
  ];
  for (const [needle, want] of cases) {
    if (want instanceof RegExp) assert.throws(() => locate(p!, needle), want, needle);
    else assert.deepEqual(locate(p!, needle), want, needle);
  }
});

test('parseAnnotation: spans, fragments across paragraphs, classes, nesting; malformed lines are refused', () => {
  const text = 'Headline: Minister says talks failed\n"We tried," the minister said in a statement. "They refused."\nShe said the rebels want a truce.';
  const paragraphs = paragraphsOf(text);
  const direct = parseAnnotation('2 | d | "We tried," ++ "They refused." | the minister=Ana Ruiz | said in a statement | s:say | quote-then-speaker', text, paragraphs, 0);
  assert.deepEqual(direct.content_text, ['"We tried,"', '"They refused."']);
  assert.equal(text.slice(...direct.content), '"We tried," the minister said in a statement. "They refused."');
  assert.deepEqual([direct.speaker_text, direct.speaker_entity, direct.cue_text, direct.cue_class, direct.form, direct.speech_cue, direct.content_form], ['the minister', 'Ana Ruiz', 'said in a statement', 'speech', 'statement', true, 'direct']);
  const nested = parseAnnotation('3 | i:np | a truce | the rebels | want | a:want | speaker-cue-content | in=-1', text, paragraphs, 2);
  assert.deepEqual([nested.nested_in, nested.cue_class, nested.form, nested.speech_cue, nested.content_form], [1, 'attitude', 'belief', false, 'np']);
  const across = parseAnnotation('2 | m | "We tried," ++ ¶3 the rebels … truce | the minister | said in a statement | s:say | x', text, paragraphs, 0);
  assert.equal(across.content_spans.length, 2);
  const bad: [string, RegExp][] = [
    ['2 | d | We tried | the minister | said in a statement | s:say | x', /quotation marks/],
    ['3 | i | the rebels want a truce. | She | said | s:say | x', /period/],
    ['3 | x | the rebels … truce | She | said | s:say | x', /type x/],
    ['3 | i | the rebels … truce | She | said | q:say | x', /class/],
    ['3 | i | the rebels … truce | She | said | s:say | x | in=-1', /extra field/],
    ['3 | i | the rebels … truce | She | said | 0:say | sourceless', /no speaker/],
    ['3 | i | the rebels … truce | She | - | s:say | x', /lemma/],
    ['9 | i | the rebels … truce | She | said | s:say | x', /no paragraph/],
    ['3 | i | the rebels … truce | She | said', /7 or 8 fields/],
  ];
  for (const [line, message] of bad) assert.throws(() => parseAnnotation(line, text, paragraphs, 0), message, line);
});

test('quotes development set: committed halves parse as scorer gold, slice back to their strings, and reach the size', () => {
  const tune = read('tune.jsonl');
  const frozen = read('frozen.jsonl');
  const docs = [...tune, ...frozen];
  assert.equal(new Set(docs.map((d) => d.id)).size, docs.length, 'a document in both halves');
  for (const doc of docs) {
    assert.ok(GoldDocSchema.safeParse(doc).success, doc.id);
    assert.ok(doc.outlet && doc.style, doc.id);
    if (!doc.id.startsWith('gmb-')) assert.match(doc.url ?? '', /^https?:\/\//, doc.id);
    for (const q of doc.quotes) {
      assert.deepEqual(q.content_spans.map((s) => doc.text.slice(...s)), q.content_text, doc.id);
      assert.deepEqual([q.content[0], q.content[1]], [q.content_spans[0]![0], q.content_spans.at(-1)![1]], doc.id);
      if (q.speaker) assert.equal(doc.text.slice(...q.speaker), q.speaker_text, doc.id);
      if (q.cue) assert.equal(doc.text.slice(...q.cue), q.cue_text, doc.id);
      if (q.nested_in !== null) assert.ok(q.nested_in >= 0 && q.nested_in < doc.quotes.length, doc.id);
    }
  }
  const n = docs.reduce((k, d) => k + d.quotes.length, 0);
  assert.ok(docs.length >= 60 && n >= 1500, `${docs.length} articles, ${n} attributions`);
});

test('quotes development set: rebuilding from the annotations gives the committed halves', { skip: skipWithoutData('gmb/train.jsonl') }, () => {
  const { tune, frozen } = splitDocuments(buildDocuments());
  assert.deepEqual(tune.map(toLine), read('tune.jsonl').map(toLine));
  assert.deepEqual(frozen.map(toLine), read('frozen.jsonl').map(toLine));
});
