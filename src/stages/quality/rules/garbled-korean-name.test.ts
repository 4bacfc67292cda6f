import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../index.ts';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { garbledKoreanNames, unkoreanSyllables } from './garbled-korean-name.ts';

const lex = loadTranslationLexicons();

// Through the whole pipeline: the country that ties the person to Korea comes from the entities and link layers.
test('garbled-korean-name: flags a Korean person whose hyphenated given name has a syllable Korean romanisation never writes', () => {
  const cases: [string, string[]][] = [
    ['Taro Kono met with Foreign Minister of South Korea Kang Kiung-ha in Davos on Monday.', ['Kang Kiung-ha']],
    ["South Korean President Yoon Sek-yue's remarks drew criticism in Seoul on Monday.", ['Yoon Sek-yue']],
    // the romanisations English copy writes: Revised, McCune-Reischauer, the North's, the names' own spellings
    ['South Korean Foreign Minister Kang Kyung-wha met North Korean leader Kim Jong-un on Monday.', []],
    ["South Korean President Roh Moo-hyun and North Korea's Kim Yong-nam met Jang Song-thaek on Monday.", []],
    ['South Korean envoy Wi Sung-lac and Chung Eui-yong met Choe Son-hui and Pak Ui-ch\'un in Seoul on Monday.', []],
    ['South Korean President Yoon Suk-yeol met Lee Jae-myung and Ahn Cheol-soo in Seoul on Monday.', []],
    // Wade-Giles and Cantonese names are hyphenated too: no Korea, no flag
    ["Taiwan's President Ma Ying-jeou met Hong Kong's Leung Chun-ying and Lee Hsien-loong on Monday.", []],
    ['Taiwanese President Chen Shui-bian spoke in Taipei on Monday.', []],
  ];
  for (const [text, expected] of cases) {
    const found = garbledKoreanNames.check(analyze({ text }), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('unkoreanSyllables: the syllables no romanisation of Korean writes, accents folded', () => {
  const cases: [string[], string[]][] = [
    [['Kiung', 'ha'], ['Kiung']],
    [['Sek', 'yue'], ['yue']],
    [['jeou', 'Hsien'], ['jeou', 'Hsien']],
    [['Kyung', 'wha'], []],
    [['Gyeong', 'hwan'], []],
    [['Ch\'ŏl', 'ch\'un'], []],
    [['Thaek', 'yop'], []],
    [['Young', 'soo'], []],
    [['Eui', 'yong'], []],
    [['Sung', 'lac'], []],
  ];
  for (const [syllables, expected] of cases) assert.deepEqual(unkoreanSyllables(syllables, lex), expected, syllables.join('-'));
});
