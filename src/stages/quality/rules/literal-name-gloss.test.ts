import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { literalNameGloss } from './literal-name-gloss.ts';

const lex = loadTranslationLexicons();

test('literal-name-gloss: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['Douglas Paal, vice president of the Carnegie International Peace Foundation, said', ['Carnegie International Peace Foundation']],
    ['said Li Lifan, from the Upper Institute of Social Sciences.', ['Upper Institute of Social Sciences']],
    ['[global network comprehensive report] recently', ['global network']],
    ['the Taiwan Affairs Place Of Work said', ['Place Of Work']],
    ['the Carnegie Endowment for International Peace said', []],
    ['a global network of suppliers', []],
    ['the "Timeline for Responding to the New Coronary Pneumonia Outbreak"', ['New Coronary Pneumonia']],
    ['as reported by observer network on Monday', ['observer network']],
    ['the Chinese Academy of Sciences and the Upper House', []],
    ['according to phoenix network, the talks failed', ['phoenix network']],
    ['Li Wei, a professor at the Tsinghua College, said', []],
    ['Chen Qi, a professor at the Fudan Institute of International Studies, said', []],
    ['a researcher at the Atlantic Council Institute said', []],
    ['Ivanov of the Institute of World Economy and International Affairs said', ['Institute of World Economy and International Affairs']],
    ['the Peking University Press and the National Defense Authorization Act', []],
    ['the union news agency reported on Monday', ['union news agency']],
    ['the trade union news agency of the workers', []],
    // 新冠 read as "new crown" before the epidemic or the vaccine; a crown that is new is English
    ['Since the outbreak of the new crown epidemic, China has donated a new crown vaccine against new crown pneumonia.', ['new crown epidemic', 'new crown vaccine', 'new crown pneumonia']],
    ['The king wore a new crown at the epidemic\'s end.', []],
  ];
  for (const [text, expected] of cases) {
    const found = literalNameGloss.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('literal-name-gloss: flags a country\'s office under a title it has no office of, once per phrase, with the office it has', () => {
  const cases: [string, string[]][] = [
    ['Jokowi met US Foreign Minister Antony Blinken in Jakarta; US Foreign Minister Antony Blinken later left.', ['US Foreign Minister']],
    ['The ambassador was summoned to the U.S. Ministry of Foreign Affairs on Monday.', ['U.S. Ministry of Foreign Affairs']],
    ['American Defense Minister Lloyd Austin met Japanese Defense Minister Nobuo Kishi.', ['American Defense Minister']],
    ['US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov.', []],
    ['U.S. Defense Secretary Lloyd Austin spoke with the Foreign Minister of Japan.', []],
    ['The US foreign minister and the British Foreign Minister did not meet.', []],
  ];
  for (const [text, expected] of cases) {
    const found = literalNameGloss.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
  const [finding] = literalNameGloss.check(paragraphDoc('He met US Foreign Minister Antony Blinken.'), lex);
  assert.match(finding!.text, /likely Secretary of State$/);
});
