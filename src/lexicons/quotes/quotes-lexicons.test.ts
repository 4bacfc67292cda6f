import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflect, loadQuoteLexicons } from './quotes-lexicons.ts';

test('inflect makes the regular forms of a reporting verb', () => {
  const cases: [string, string[]][] = [
    ['say', ['say', 'says', 'sayed', 'saying']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['argue', ['argue', 'argues', 'argued', 'arguing']],
    ['admit', ['admit', 'admits', 'admited', 'admiting', 'admitted', 'admitting']],
  ];
  for (const [lemma, forms] of cases) assert.deepEqual(inflect(lemma), forms);
});

test('loadQuoteLexicons maps inflected and irregular forms to their lemma, and keeps cognition apart', () => {
  const lex = loadQuoteLexicons();
  const cases: [string, string, boolean][] = [
    ['said', 'say', true], ['told', 'tell', true], ['adding', 'add', true], ['warned', 'warn', true], ['thought', 'think', false], ['believes', 'believe', false],
  ];
  for (const [form, lemma, speech] of cases) assert.deepEqual([lex.cueForms.get(form)?.lemma, lex.cueForms.get(form)?.speech], [lemma, speech], form);
  assert.equal(lex.cueForms.get('table'), undefined);
  assert.ok(lex.cueForms.get('told')!.object);
  assert.deepEqual(lex.phraseStarts.get('according')!.map((p) => p.lemma), ['according to']);
  // A verb phrase's first word is inflected; its class and frame come with it.
  assert.deepEqual(lex.phraseStarts.get('expressed')!.map((p) => [p.lemma, p.class, p.frame]), [['express concern', 'light-verb', 'both'], ['express concern', 'light-verb', 'both'], ['express hope', 'light-verb', 'both'], ['express regret', 'light-verb', 'both']]);
  assert.deepEqual([lex.cueForms.get('criticized')?.class, lex.cueForms.get('criticized')?.frame], ['speech', 'object']);
  assert.deepEqual([lex.cueForms.get('supports')?.class, lex.cueForms.get('shows')?.class, lex.cueForms.get('wants')?.class], ['stance', 'evidential', 'attitude']);
  assert.ok(lex.cueForms.get('called')!.particles.has('for'));
});

test('loadQuoteLexicons keys stance phrases by their first word, longest first', () => {
  const lex = loadQuoteLexicons();
  const lengths = lex.stance.get('difficult')?.map((e) => e.words.length) ?? [];
  assert.deepEqual(lengths, [...lengths].sort((a, b) => b - a));
  assert.deepEqual(lex.stance.get('quite')!.map((e) => e.words.join(' ')), ['quite possible']);
  assert.ok(lex.negators.has('not'));
});
