import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '../../model/index.ts';
import { translationScore } from './translation-score.ts';

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
    const s = translationScore(messages);
    assert.ok(ok(s), `${messages.map((m) => m.rule).join(', ')} → ${s}`);
  }
});
