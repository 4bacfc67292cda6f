import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS } from './corpus.ts';
import { DocumentMemory } from './decode.ts';
import { allDocumentFeatures, documentFeatures, isHeadline, taggingOrder, viewDocument, type FeatureGroup } from './features.ts';

const words = (s: string) => s.split(' ');
const labels = (s: string) => s.split(' ').map((t) => LABELS.indexOf(t));

test('a sentence in capitals is a headline; one lower-case word, or fewer than two words with letters, is not', () => {
  const cases: [string, boolean][] = [
    ['SOCCER - JAPAN GET LUCKY WIN', true], ['NEW YORK 1996-12-06', true], ['KREMLIN SAYS U.S. BASES', true],
    ['Japan get lucky win', false], ['NATO agrees Ukraine can join', false], ['TOKYO 1996-12-06', false], ['1996-12-06', false],
  ];
  for (const [sentence, headline] of cases) assert.equal(isHeadline(words(sentence)), headline, sentence);
});

test('with the headline group, sentences in capitals are tagged after the body, in their own order', () => {
  const doc = [words('JAPAN WIN'), words('NEW YORK 1996-12-06'), words('Japan won .'), words('It rained .')];
  assert.deepEqual(taggingOrder(doc, new Set<FeatureGroup>(['headline'])), [2, 3, 0, 1]);
  assert.deepEqual(taggingOrder(doc, new Set<FeatureGroup>(['document'])), [0, 1, 2, 3]);
  assert.deepEqual(taggingOrder([words('Japan won .')], new Set<FeatureGroup>(['headline'])), [0]);
});

test('the document view tells mixed-case forms apart from capitals and sentence starts', () => {
  const view = viewDocument([words('MOSCOW RESPONDS TO NATO'), words('Officials in Moscow said NATO troops moved .'), words('Troops left .')]);
  assert.ok(view.mixedCase.has('moscow'));
  assert.ok(!view.mixedCase.has('nato'), 'written only in capitals');
  assert.ok(!view.mixedCase.has('troops'), 'mixed case only at a sentence start');
  assert.ok(view.capitalisedInside.has('nato'));
  assert.ok(view.lowercase.has('troops'));
});

test('the document memory counts the labels of capitalised mentions and keeps the latest name type', () => {
  const memory = new DocumentMemory();
  memory.remember(words('Jordan said Jordan and jordan'), labels('B-PER O B-LOC O O'));
  memory.remember(words('Jordan May'), labels('O O'));
  const slot = memory.slotOf('JORDAN');
  assert.ok(slot >= 0);
  assert.equal(memory.total(slot), 3, 'the lower-case mention is not counted');
  assert.equal(memory.count(slot, LABELS.indexOf('B-PER')), 1);
  assert.equal(memory.count(slot, 0), 1);
  assert.equal(memory.latestType(slot), 2, 'LOC, the latest mention tagged as a name');
  assert.equal(memory.latestType(memory.slotOf('May')), -1, 'never tagged as a name');
  assert.equal(memory.slotOf('said'), -1);
  // Slots grow past the first allocation.
  const many = Array.from({ length: 300 }, (_, k) => `Name${k}`);
  memory.remember(many, many.map(() => LABELS.indexOf('B-ORG')));
  assert.equal(memory.latestType(memory.slotOf('name299')), 1);
  assert.equal(memory.latestType(slot), 2);
});

test('document features: latest type for any token, label history only for capitalised ones, headlines apart', () => {
  const memory = new DocumentMemory();
  memory.remember(words('Jordan Jordan Jordan'), labels('B-PER B-PER B-LOC'));
  const groups = new Set<FeatureGroup>(['document', 'history', 'headline']);
  const get = (token: string, headline: boolean, g = groups) => {
    const out: number[] = [];
    documentFeatures(memory, token, headline, g, out);
    return out;
  };
  assert.equal(get('Jordan', false).length, 3, 'latest type + B-PER (most) + B-LOC (fewer)');
  assert.equal(get('jordan', false).length, 1, 'lower case: the latest type only');
  assert.equal(get('Amman', false).length, 0);
  assert.notDeepEqual(get('JORDAN', true).slice(1), get('Jordan', false).slice(1), 'headline history has its own templates');
  assert.deepEqual(get('Jordan', false, new Set<FeatureGroup>(['document'])), get('Jordan', false).slice(0, 1));
  const every = new Set(allDocumentFeatures(LABELS.length, groups));
  for (const h of [...get('Jordan', false), ...get('JORDAN', true)]) assert.ok(every.has(h), 'registered for training');
  assert.equal(allDocumentFeatures(LABELS.length, new Set()).length, 0);
});
