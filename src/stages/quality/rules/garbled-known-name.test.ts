import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { dictionaryPerson, garbledKnownNames, pairs, PAIR, respelledPinyinName, respelledVowel } from './garbled-known-name.ts';
import { allMatches } from './rule.ts';

const lex = loadTranslationLexicons();

test('garbled-known-name: flags a known name spelled with other consonants, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['U.S. Secretary of State Antony Brinken arrived in Beijing. Brinken will meet Wang Yi.', ['Antony Brinken', 'Brinken']],
    ['According to reporters, John Cerby, spokesman for the National Security Council, said', ['John Cerby']],
    ['National Security Advisor Jake Surivan met Wang Wenpin.', ['Jake Surivan', 'Wang Wenpin']],
    ['Kremlin spokesman Dmitry Pescov said', ['Dmitry Pescov']],
    // native copy: the names as spelled, vowel-only variants, other people with the same given name
    ['Secretary of State Antony Blinken met Sergei Lavrov and Volodymyr Zelenskiy.', []],
    ['John Kerry and John Kirby spoke; Mike Pence and Joe Bidden too.', []],
    ['President Emmanuel Macron and Chancellor Olaf Scholz, Dmitri Peskov said.', []],
    ['Wang Yu and Wang Yi met in Beijing.', []],
    ['Judge John Bosco, Sun Laiyan, Mullah Mohammad Omar, Liu Chong Hing and Larisa Sayenko', []],
    // real people the actor dictionary holds, close to a known name: not garbled
    ['Chinese Premier Li Keqiang met Irish Prime Minister John Bruton.', []],
  ];
  for (const [text, expected] of cases) {
    const found = garbledKnownNames.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('garbled-known-name: a known name with a vowel respelled, or a Chinese name spelled out of pinyin, and not the spellings English copy uses', () => {
  const cases: [string, string[]][] = [
    ['Accompanying him is spokesman John Kerby. Kerby said the talks went well.', ['John Kerby', 'Kerby']],
    ['US Secretary of State Anthony Blinken met Turkish Foreign Minister Hakan Fidan.', ['Anthony Blinken']],
    ['Retno Marsudi met US Foreign Minister Anthoni Blinken in Washington.', ['Anthoni Blinken']],
    ['FOREIGN MINISTER RECEIVED BY ZHOU YOUNGKANG\nThe minister met Zhou Youngkang on Thursday.', ['ZHOU YOUNGKANG', 'Zhou Youngkang']],
    // transliteration English copy writes itself, other names, the names as known, another romanisation
    ['Sergey Lavrov met Mevlüt Çavuşoğlu and Ibrahim Raisi; Zelenskiy aide Andrii Yermak spoke.', []],
    ['Jon Bolton and John Kerr met Zhou Yongkang, Chen Shui-bian and Zhou Enlai.', []],
    ['Nasser Kanani and Hossein Hajizadeh spoke.', []],
    ['Dmitriy Peskov, Sergei Shoygu and Andrii Yermak spoke.', []],
  ];
  for (const [text, expected] of cases) {
    const found = garbledKnownNames.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('respelledVowel: one plain vowel swapped or an h after a consonant, first letter kept, i/y and doubled letters aside', () => {
  const cases: [string, string, boolean][] = [
    ['Kerby', 'Kirby', true],
    ['Anthony', 'Antony', true],
    ['Blinkan', 'Blinken', true],
    ['Antony', 'Anthony', true],
    ['Sergei', 'Sergey', false],
    ['Zelenskiy', 'Zelensky', false],
    ['Bidden', 'Biden', false],
    ['Hajizadeh', 'Hajizade', false],
    ['Ibrahim', 'Ebrahim', false],
    ['John', 'Jon', false],
    ['Kerry', 'Kerr', false],
    ['Kirby', 'Kirby', false],
    ['Cavusoglu', 'Çavuşoğlu', false],
    ['Blonken', 'Blinkan', false],
    // a respelling read past the spellings English copy varies between, which alone are none
    ['Anthoni', 'Antony', true],
    ['Kerbby', 'Kirby', true],
    ['Dmitriy', 'Dmitry', false],
    ['Andrii', 'Andriy', false],
    ['Kanaani', 'Kanani', false],
  ];
  for (const [word, known, expected] of cases) assert.equal(respelledVowel(word, known), expected, `${word} ${known}`);
});

test('dictionaryPerson: two words that are a person of the actor dictionary, case aside; not an organisation, not a garbled name', () => {
  const cases: [string, string, boolean][] = [
    ['Li', 'Keqiang', true],
    ['JOHN', 'BRUTON', true],
    ['John', 'Kerry', true],
    ['Antony', 'Brinken', false],
    ['Kirby', 'Corporation', false],
  ];
  for (const [given, surname, expected] of cases) assert.equal(dictionaryPerson(given, surname), expected, `${given} ${surname}`);
});

test('respelledPinyinName: a dictionary Chinese name one letter out of pinyin, not pinyin or another romanisation', () => {
  const cases: [string, string, string | null][] = [
    ['Zhou', 'Youngkang', 'Zhou Yongkang'],
    ['ZHOU', 'YOUNGKANG', 'ZHOU YONGKANG'],
    ['Zhou', 'Yongkang', null],
    ['Chen', 'Shui-bian', null],
    ['Kim', 'Youngkang', null],
    ['Zhou', 'Smith', null],
  ];
  for (const [family, given, expected] of cases) assert.equal(respelledPinyinName(family, given, lex), expected, `${family} ${given}`);
});

test('garbled-known-name: pairs reads from the spaces what PAIR finds at every character', () => {
  const texts = [
    'President Emmanuel Macaron met Olaf Scholz.',
    // hyphens and apostrophes inside a word, a capital inside a word, a lone capital, a word at the text's end
    "Amir-Abdollahian O'Brien met al-Sisi McDonald Jr and X Yz, then Ab",
    'Ab Cd Ef-Gh’Ij Kl',
    // no pair: lower-case words, a capital after a line break or two spaces, a name before a comma
    'the minister said\nLavrov Sergei  Lavrov, Moscow',
    // a text holding a surrogate is read by the pattern itself
    'Ab 𝐀bc Cd Ef',
  ];
  for (const text of texts) {
    const read = (found: RegExpExecArray[]) => found.map((m) => [m.index, m[1], m[2]]);
    assert.deepEqual(read(pairs(text)), read(allMatches(text, PAIR)), text);
  }
  assert.deepEqual(pairs('Hossein Amir-Abdollahian said').map((m) => m[0]), ['Hossein']);
  assert.deepEqual(pairs('he said so, twice'), []);
});
