import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '../../model/index.ts';
import { loadTranslationLexicons } from '../../lexicons/translation/translation-lexicons.ts';
import { articleProfile, translationScore } from './translation-score.ts';

const lex = loadTranslationLexicons();

const flag = (rule: string, start = 0): Message => ({ level: 'warning', rule, stage: 'quality', text: '', start, end: start + 1 });

test('translation score: one rule alone does not make a text look translated; several kinds of artifact do', () => {
  const cases: [Message[], (s: number) => boolean][] = [
    [[], (s) => s === 0],
    // a native story's one slip: a misspelt name, an echoed noun
    [[flag('name-variant')], (s) => s > 0 && s < 0.5],
    [[flag('echoed-phrase'), flag('echoed-phrase', 9)], (s) => s >= 0.5],
    // two kinds of artifact
    [[flag('name-variant'), flag('echoed-phrase')], (s) => s >= 0.8],
    [[flag('literal-name-gloss')], (s) => s >= 0.5],
    // a document-level message or another rule's counts nothing
    [[{ ...flag('name-variant'), start: null, end: null }, flag('no-publication-date')], (s) => s === 0],
  ];
  for (const [messages, ok] of cases) {
    const s = translationScore(messages, '', lex);
    assert.ok(ok(s), `${messages.map((m) => m.rule).join(', ')} → ${s}`);
  }
});

test('article profile: "the" where native copy writes "a" leans a text toward translated; native proportions and short texts do not', () => {
  const native = 'The minister met a delegation in the capital on Monday, a day after the talks. An aide said the meeting was a success. ';
  const translated = 'The two sides exchanged views on the bilateral relations and the regional situation. The minister said the cooperation is the priority of the government. ';
  const cases: [string, (p: number) => boolean][] = [
    ['', (p) => p === 0],
    // the / (a + an) of native copy, however long: no lean
    [native.repeat(5), (p) => p === 0],
    // "the" alone: a lean that grows with the text, the prior holding a short one back
    [translated, (p) => p > 0 && p < 0.5],
    [translated.repeat(5), (p) => p > 0.7],
    // words that only start or end with an article count nothing
    ['Theory of another thing, anthem, theatre, bathe, Athena, Sean', (p) => p === 0],
  ];
  for (const [text, ok] of cases) {
    const p = articleProfile(text, lex);
    assert.ok(ok(p), `${text.slice(0, 40)} → ${p}`);
  }
  // an article in capitals counts as in lower case; a short word starting otherwise, in any case, counts nothing
  const leaning = 'the talks and the visit of the minister to the capital. ';
  assert.equal(articleProfile(leaning.toUpperCase(), lex), articleProfile(leaning, lex));
  assert.equal(articleProfile(`${leaning} Of IN to HIM ÉTÉ`, lex), articleProfile(leaning, lex));
  assert.ok(articleProfile('A An THE the. ', lex) < articleProfile('the THE The tHe. ', lex));
});

test('translation score: a text leaning to "the" scores above the same flags in native proportions, and below a flagged one', () => {
  const native = 'The minister met a delegation in the capital on Monday, a day after the talks. An aide said the meeting was a success. '.repeat(4);
  const translated = 'The two sides exchanged views on the bilateral relations and the regional situation. The minister said the cooperation is the priority of the government. '.repeat(4);
  assert.equal(translationScore([], native, lex), 0);
  const leaning = translationScore([], translated, lex);
  assert.ok(leaning > 0 && leaning < 0.5, `no flag, leaning: ${leaning}`);
  assert.ok(translationScore([flag('name-variant')], translated, lex) > translationScore([flag('name-variant')], native, lex));
  // page furniture is the page's, on native stories as often: it adds nothing
  assert.equal(translationScore([flag('page-furniture'), flag('page-furniture', 5)], native, lex), 0);
});
