import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { docJsonSchema } from './json-schema.ts';
import { DocSchema } from './doc.ts';
import { analyze } from '../index.ts';
import { REPO_ROOT } from '../util/shared-data.ts';

const committed = readFileSync(path.join(REPO_ROOT, 'schema/doc.schema.json'), 'utf8');
const seed = readFileSync(path.join(REPO_ROOT, 'examples/seed-article.txt'), 'utf8');

test('the committed JSON Schema matches the zod model (run `npm run schema` when this fails)', () => {
  assert.equal(committed, docJsonSchema());
});

test('an analyzed document validates against the committed JSON Schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed));
  const doc = JSON.parse(JSON.stringify(analyze({ text: seed, id: 'seed', published: '2020-10-23' })));
  assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
});

test('a document survives a JSON round trip through its zod schema unchanged', () => {
  const doc = analyze({ text: seed, published: null });
  assert.deepEqual(DocSchema.parse(JSON.parse(JSON.stringify(doc))), doc);
});

test('the JSON Schema rejects a document whose span is not a number', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed));
  const doc = JSON.parse(JSON.stringify(analyze({ text: 'Hello there.', published: null })));
  doc.sentences[0].start = 'zero';
  assert.equal(validate(doc), false);
});
