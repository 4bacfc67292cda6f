import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { emptyDoc, spanOf, type Doc, type Speaker } from '../../../model/index.ts';
import { suspectNames } from './suspect-name.ts';

/** A document with one quote whose speaker mention is `mention` (found in `text`). */
function docWith(text: string, mention: string, speaker: Partial<Speaker> = {}): Doc {
  const doc = emptyDoc(text);
  const at = text.indexOf(mention);
  doc.quotes.push({
    ...spanOf(text, 0, text.length), id: 'q1', type: 'mixed', content: [spanOf(text, 0, 5)], cue: null, layout: 'apposition', nestedIn: null, stance: null,
    speaker: { kind: 'person', name: mention, mention: spanOf(text, at, at + mention.length), entity: null, resolved: false, countries: [], role: null, affiliation: null, ...speaker },
  });
  return doc;
}

const lex = loadTranslationLexicons();

test('suspect-name: flags a person speaker whose name slot starts like a phrase, not a name', () => {
  const cases: [string, string, Partial<Speaker>, string[]][] = [
    ['During the Enlightenment, an expert, said "x".', 'During the Enlightenment', {}, ['During the Enlightenment']],
    ['After the meeting, an analyst at X, said "y".', 'After the meeting', {}, ['After the meeting']],
    ['Li Lifan said "x".', 'Li Lifan', {}, []],
    ['In Beijing officials said "x".', 'In Beijing officials', { kind: 'group' }, []],
    ['During the talks he said "x".', 'During the talks', { resolved: true }, []],
  ];
  for (const [text, mention, speaker, expected] of cases) {
    const found = suspectNames.check(docWith(text, mention, speaker), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('suspect-name: no quotes, no findings', () => {
  assert.deepEqual(suspectNames.check(emptyDoc('Nothing quoted here.'), lex), []);
});
