import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadEventLexicons } from './event-lexicons.ts';
import { sharedDataFile, skipWithoutData } from '../../util/shared-data.ts';

const lex = loadEventLexicons();

test('every CAMEO code is a string of 2–4 digits whose root and quad class follow the code', () => {
  for (const [code, c] of lex.codes) {
    assert.match(code, /^\d{2,4}$/);
    assert.equal(c.root, code.slice(0, 2));
    const root = Number(c.root);
    const quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    assert.equal(c.quadClass, quad, code);
  }
  assert.equal(lex.codes.get('010')?.name, 'Make statement, not specified below');
  assert.equal(lex.codes.has('10'), true, 'root 10 DEMAND exists');
  assert.notEqual(lex.codes.get('010'), lex.codes.get('10'));
});

test('every pattern and frame names a code of the table', () => {
  for (const p of lex.patterns) assert.ok(lex.codes.has(p.code), `pattern code ${p.code}`);
  for (const [name, f] of Object.entries(lex.frames)) {
    assert.ok(lex.codes.has(f.default), `${name} default`);
    for (const code of Object.values(f.map)) assert.ok(lex.codes.has(code), `${name} → ${code}`);
  }
});

test('PLOVER rows map CAMEO codes to PLOVER events', () => {
  assert.equal(lex.plover.get('057')?.event, 'SUPPORT');
  assert.equal(lex.plover.get('190')?.event, 'ASSAULT');
  assert.equal(lex.plover.has('010'), false, 'root 01 has no PLOVER equivalent');
});

test('the derived code table matches its source in the shared data', { skip: skipWithoutData('cameo/cameo_eventcodes.tsv') }, () => {
  const rows = readFileSync(sharedDataFile('cameo/cameo_eventcodes.tsv')!, 'utf8').trim().split('\n').slice(1);
  assert.equal(lex.codes.size, rows.length);
  for (const row of rows) {
    const [code, , , , , , quad, , goldstein] = row.split('\t');
    const c = lex.codes.get(code!)!;
    assert.equal(c.quadClass, Number(quad));
    assert.equal(c.goldstein, goldstein === '' ? null : Number(goldstein));
  }
});

test('every code the re-coding rules read or write is a code of the table', () => {
  const { codes } = lex.coding;
  const listed = [
    codes.concessionDemand, ...codes.protestBases, ...codes.standDown, ...codes.visits, ...codes.placeTargets,
    ...Object.values({ a: codes.lapsedRenewal, b: codes.civilianBlockade, c: codes.forceAgainstCivilians }).flatMap((r) => [r.from, r.to]),
    ...codes.thirdCountryMeeting.from, codes.thirdCountryMeeting.to,
  ];
  for (const code of listed) assert.ok(lex.codes.has(code), code);
  for (const root of [codes.statementRoot, codes.protestRoot, codes.concessionRoot, codes.repressionRoot, ...codes.purposeRoots]) assert.ok(lex.codes.has(root), root);
});
