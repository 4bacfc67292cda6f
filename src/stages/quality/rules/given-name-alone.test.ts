import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { givenNamesAlone } from './given-name-alone.ts';

const lex = loadTranslationLexicons();

test('given-name-alone: a Chinese given name standing for the person, and nothing in plain English copy', () => {
  // the text, and the person names the entities stage read (each at its first place)
  const cases: [string, string[], string[]][] = [
    ['Professor Feng Yujun of Peking University predicted defeat. Yujun compared Ukraine to Vietnam.', ['Feng Yujun'], ['Yujun']],
    ["Xi Jinping spoke. Jinping's speech and what Jinping said", ['Xi Jinping'], ['Jinping', 'Jinping']],
    // the family name alone; Western order; a Western name; the given name inside another's name; a one-syllable
    // given name (as often a family name, maybe another person's); an English word
    ['Xi Jinping spoke. Xi said he would visit.', ['Xi Jinping'], []],
    ['Feng Yujun met Yujun Feng, and Professor Yujun Feng said', ['Feng Yujun'], []],
    ['Kai Eide met the Taliban. Eide said talks went well.', ['Kai Eide'], []],
    ['Wang Yujun met Yujun Gang; Yujun-ling came later.', ['Wang Yujun'], []],
    ['Wang Yi met Yi Gang. Wang Long arrived. Long before that, nobody knew.', ['Wang Yi', 'Wang Long'], []],
    ['Wessels beat Sun Peng, then lost to Peng and Sun.', ['Sun Peng'], []],
    ['Li Panda spoke. Panda bears were the theme.', ['Li Panda'], []],
  ];
  for (const [text, persons, expected] of cases) {
    const doc = paragraphDoc(text);
    persons.forEach((name, i) => {
      const start = text.indexOf(name);
      doc.mentions.push({ id: `m${i + 1}`, start, end: start + name.length, text: name, type: 'PERSON', entity: `e${i + 1}`, source: 'tagger', nominal: false });
    });
    const found = givenNamesAlone.check(doc, lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
