import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../index.ts';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { pinyinNames } from './pinyin-name.ts';

const lex = loadTranslationLexicons();

// Through the whole pipeline: the country that ties the person comes from the entities and link layers.
test('pinyin-name: flags a person of a country that does not write Chinese whose name is pinyin alone', () => {
  const cases: [string, string[]][] = [
    // a title with a nationality, a country code's title, an apposition; the surname alone is pinyin too
    ['South Korean President Yin Xiyue arrived in Tokyo on Monday. Yin said talks went well.', ['Yin Xiyue', 'Yin']],
    ['US Secretary of State Bu Linqin met officials in Seoul on Monday.', ['Bu Linqin']],
    ['US Secretary of State Pu Ting Na met officials in Seoul on Monday.', ['Pu Ting Na']],
    ['Lin Fangzheng, the Japanese foreign minister, arrived in Seoul on Monday.', ['Lin Fangzheng']],
    // a scholar tied to a body of a country by the apposition; a Chinese body's scholar is written in pinyin
    ['Hao Zhijian, professor at Missouri State University, said the ship would come.', ['Hao Zhijian']],
    ['Hao Zhijian, professor at Peking University, said the ship would come.', []],
    // Chinese, Taiwanese, Singaporean, Malaysian people: pinyin (or Wade-Giles) is how they are written
    ['Chinese Foreign Minister Wang Yi and Chinese Vice Premier Liu He met in Beijing on Monday.', []],
    ["Singapore's Prime Minister Lee Hsien Loong and Taiwanese President Tsai Ing-wen spoke on Monday.", []],
    ['Malaysian Vice Minister Xu Qiang spoke in Kuala Lumpur on Monday.', []],
    // Korean and Japanese romanisation: not pinyin, or no spelling only pinyin writes
    ['South Korean President Moon Jae-in met North Korean leader Kim Jong Un on Monday.', []],
    ['South Korean President Yoon Suk Yeol met Japanese Chief Cabinet Secretary Hayashi Yoshimasa on Monday.', []],
    // ethnic Chinese of other countries with an English given name, Vietnamese x
    ['US Energy Secretary Steven Chu and US Labor Secretary Elaine Chao spoke on Monday.', []],
    ['Vietnamese Prime Minister Nguyen Xuan Phuc and Vietnamese official Le Xuan spoke in Hanoi on Monday.', []],
    // Japanese and Western names that write pinyin's letters across syllables (ya-su-o, su-gi-u-ra, e-n-ri-que), one word alone
    ['Japanese Prime Minister Yasuo Fukuda met Justice Minister Seiken Sugiura in Tokyo on Monday.', []],
    ['Mexican President Enrique Pena Nieto met US Governor Cuomo in New York on Monday.', []],
    // where names are written a syllable a word
    ['South Korean Vice Minister Han Min Su and Vietnamese official Le Van Ha met in Hanoi on Monday.', []],
    // native news without such names
    ['German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.', []],
  ];
  for (const [text, expected] of cases) {
    const found = pinyinNames.check(analyze({ text }), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('pinyin-name: names the known person whose name sounds alike, and no one otherwise', () => {
  const [known] = pinyinNames.check(analyze({ text: 'US Secretary of State Antuoni Bulinqin met officials in Seoul on Monday.' }), lex);
  assert.match(known!.text, /likely Antony Blinken$/);
  const [unknown] = pinyinNames.check(analyze({ text: 'South Korean President Yin Xiyue arrived in Tokyo on Monday.' }), lex);
  assert.doesNotMatch(unknown!.text, /; likely/);
});
