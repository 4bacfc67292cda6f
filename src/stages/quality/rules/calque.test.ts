import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { calques } from './calque.ts';

const lex = loadTranslationLexicons();

test('calque: flags an idiom rendered word by word, and the English uses of the same words', () => {
  const cases: [string, string[]][] = [
    ['discussed cooperation at a meeting in the fields of the 76th session of the UN General Assembly', ['in the fields of the 76th session']],
    ['The Chinese side notified WHO in the first time.', ['in the first time']],
    ['For his side, the minister said', ['For his side']],
    ['a resource said the cell was dismantled', ['a resource said']],
    // the needs are looked for case aside, as the patterns match
    ['Talks were held IN THE FRAME OF the summit', ['IN THE FRAME OF']],
    // English: fields as domains, "for the first time", "on his side", "a resource for"
    ['cooperation was possible in the fields of trade, tourism and sports', []],
    ['They met for the first time. The law is on his side, a resource for all.', []],
    // the Turkish close of a quotation, a Russian visit "with" its kind
    ['“We will go on,” used the phrases.', ['” used the phrases']],
    ['Minister Zandanshatar, in China with the official visit, met Zhou.', ['in China with the official visit']],
    ['She used the phrases "red line" and "no deal" in the speech.', []],
    ['The talks coincided with the official visit of the king.', []],
    ['Bayramov, who is in official visit in Russia, met Lavrov.', ['in official visit in']],
    ['He was in Moscow during an official visit to Russia.', []],
    // Korean 북미 and 보도, Italian appuntamento
    ['He emphasized the need for North American dialogue.', ['North American dialogue']],
    ['urging to resume dialogue in North America.', ['dialogue in North America']],
    ['Reporter Hak-hui Kim on the sidewalk.', ['Reporter Hak-hui Kim on the sidewalk']],
    ['said the spokesman in the usual appointment with the press', ['usual appointment with the press']],
    ['North American trade talks resumed; protesters stood on the sidewalk; he has an appointment with the dentist.', []],
    // the Chinese foreign ministry briefing's 如何评论, asked of the spokesperson in the third person or the second
    ['How does the speaker comment on the outcome of the meeting?', ['How does the speaker comment on']],
    ['How do you comment on that?', ['How do you comment on']],
    ['What is your comment on the outcome? He declined to comment on it.', []],
    // Indonesian and Malay kunjungan kehormatan, a courtesy call; an honorary title or degree is English
    ['In a press conference after the honorary visit, Retno said', ['honorary visit']],
    ['He paid a courtesy call on the president and received an honorary doctorate; the honorary consul visited.', []],
    // Japanese 反発 and Korean 반발 (push back) read as a bounce or a repulsion: a side or country doing it with no object
    ['export control in Japan, where Korea rebounded. On the export controls, which the Korean side is repelling.', ['Korea rebounded', 'side is repelling']],
    ['Seoul has strongly repelled against the measure.', ['Seoul has strongly repelled']],
    ['Korea rebounded from the crisis; shares in Tokyo rebounded 2%. Troops repelled the attack, and the Nikkei rebounded.', []],
  ];
  for (const [text, expected] of cases) {
    const found = calques.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
