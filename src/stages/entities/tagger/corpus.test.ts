import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inFrozenTenth, LABELS, labelIndex, readNerCorpus, repairBio, spansOf } from './corpus.ts';
import { NerFileError } from './errors.ts';

test('gold tags map onto the tagger labels (GMB mapped as the eval defines)', () => {
  const cases: [string, string | null][] = [
    ['O', 'O'], ['B-PER', 'B-PER'], ['I-MISC', 'I-MISC'], ['B-per', 'B-PER'], ['I-org', 'I-ORG'], ['B-geo', 'B-LOC'],
    ['B-gpe', 'B-LOC'], ['B-art', 'B-MISC'], ['I-eve', 'I-MISC'], ['B-nat', 'B-MISC'], ['B-tim', 'O'], ['I-tim', 'O'],
    ['B-FOO', null], ['PER', null], ['', null],
  ];
  for (const [tag, want] of cases) {
    const got = labelIndex(tag);
    assert.equal(got === null ? null : LABELS[got], want, tag);
  }
});

test('an I- that starts an entity is read as B-, as conlleval does', () => {
  const I_PER = LABELS.indexOf('I-PER');
  const B_PER = LABELS.indexOf('B-PER');
  const I_ORG = LABELS.indexOf('I-ORG');
  assert.deepEqual(repairBio([I_PER, I_PER, 0, I_ORG]), [B_PER, I_PER, 0, LABELS.indexOf('B-ORG')]);
  assert.deepEqual(repairBio([B_PER, I_ORG]), [B_PER, LABELS.indexOf('B-ORG')]);
});

test('spans are read off BIO labels, adjacent B- starting a new one', () => {
  const l = (s: string) => s.split(' ').map((t) => LABELS.indexOf(t));
  assert.deepEqual(spansOf(l('B-PER I-PER O B-LOC B-LOC')), [[0, 2, 'PER'], [3, 4, 'LOC'], [4, 5, 'LOC']]);
  assert.deepEqual(spansOf(l('O O')), []);
  assert.deepEqual(spansOf(l('B-MISC I-MISC')), [[0, 2, 'MISC']]);
});

test('a training file in the wrong format fails with one line naming the file and the fix', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-corpus-'));
  const cases: [string, string | null, RegExp][] = [
    ['missing.jsonl', null, /cannot read the training file; check the path/],
    ['not-json.jsonl', 'tokens\tner\n', /line 1 is not JSON; expected JSON Lines/],
    ['wrong-shape.jsonl', '{"id":"a","text":"x"}\n', /line 1 is not an NER document/],
    ['bad-tag.jsonl', '{"id":"a","sentences":[{"tokens":["x"],"ner":["B-XYZ"]}]}\n', /unknown tag "B-XYZ"/],
    ['length.jsonl', '{"id":"a","sentences":[{"tokens":["x","y"],"ner":["O"]}]}\n', /2 tokens but 1 tags/],
    ['empty.jsonl', '\n', /holds no documents/],
  ];
  for (const [name, content, message] of cases) {
    const file = path.join(dir, name);
    if (content !== null) writeFileSync(file, content);
    assert.throws(() => readNerCorpus(file), (e: unknown) => {
      assert.ok(e instanceof NerFileError, name);
      assert.equal(e.exitCode, 2);
      assert.ok(e.message.startsWith(file), e.message);
      assert.match(e.message, message);
      assert.doesNotMatch(e.message, /\n/);
      return true;
    });
  }
});

test('CoNLL and GMB files are told apart by their tags', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-corpus-'));
  const file = path.join(dir, 'mixed.jsonl');
  writeFileSync(file, ['{"id":"c","sentences":[{"tokens":["Paris"],"ner":["B-LOC"]}]}', '{"id":"g","sentences":[{"tokens":["Paris"],"ner":["B-geo"]}]}'].join('\n'));
  assert.deepEqual(readNerCorpus(file).map((d) => d.convention), ['conll', 'gmb']);
});

test('the frozen tenth is every CoNLL-2003 train article numbered a multiple of ten, nothing else', () => {
  const cases: [string, boolean][] = [
    ['conll2003-train-0010', true], ['conll2003-train-0940', true], ['conll2003-train-0100', true],
    ['conll2003-train-0001', false], ['conll2003-train-0009', false], ['conll2003-train-0946', false],
    ['conll2003-dev-0010', false], ['gmb-000001-000050', false], ['doc-10', false], ['conll2003-train-0010x', false],
  ];
  for (const [id, frozen] of cases) assert.equal(inFrozenTenth(id), frozen, id);
});
