import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { distance, endsOnStop, nameVariants, oneNameApart, typingSlip } from './name-variant.ts';

const lex = loadTranslationLexicons();

/** A document whose person mentions are the given names, found in order. */
function withPersons(text: string, names: string[]) {
  const doc = paragraphDoc(text);
  let from = 0;
  names.forEach((name, i) => {
    const at = text.indexOf(name, from);
    from = at + name.length;
    doc.mentions.push({ id: `m${i}`, start: at, end: at + name.length, text: name, type: 'PERSON', entity: null, source: 'tagger', nominal: false });
  });
  return doc;
}

test('name-variant: a surname spelled a second way, not two different names', () => {
  const cases: [string, string[], string[]][] = [
    ['Nasser Kanaani said so. Later Kanani added more.', ['Nasser Kanaani', 'Kanani'], ['Kanani']],
    ['Bashar Assad met Omar Bashir.', ['Bashar', 'Omar Bashir'], []],
    ['Kanaani said so. Kanaani added more.', ['Kanaani', 'Kanaani'], []],
    ['Jones met Jonas.', ['Jones', 'Jonas'], []],
  ];
  for (const [text, names, expected] of cases) {
    assert.deepEqual(nameVariants.check(withPersons(text, names), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('name-variant: a surname one letter apart after the same given name is one person; the headline is read last', () => {
  const cases: [string, string[], string[]][] = [
    ['Hossein Amir-Abdollahian spoke. Then Mr. Amir Abdullahian left.', ['Hossein Amir-Abdollahian', 'Amir Abdullahian'], ['Abdullahian']],
    ['Amir Abdullahian criticized the board\nHossein Amir-Abdollahian spoke. Mr. Amir Abdullahian left.', ['Amir Abdullahian', 'Hossein Amir-Abdollahian', 'Amir Abdullahian'], ['Abdullahian']],
    // other given names, a short surname, two letters apart: no flag
    ['Hossein Abdollahian met Reza Abdullahian.', ['Hossein Abdollahian', 'Reza Abdullahian'], []],
    ['Mark Jones met Mark Jonas.', ['Mark Jones', 'Mark Jonas'], []],
    ['Ali Hassan met Ali Hussein.', ['Ali Hassan', 'Ali Hussein'], []],
  ];
  for (const [text, names, expected] of cases) {
    const doc = withPersons(text, names);
    assert.deepEqual(nameVariants.check(doc, lex).map((f) => `${text.slice(f.start, f.end)}@${f.start}`), expected.map((e) => `${e}@${text.lastIndexOf(e)}`), text);
  }
});

test('name-variant: every later use of the other spelling after the same given name is flagged, also two letters apart with the same consonants, never the headline\'s', () => {
  const cases: [string, string[], string[]][] = [
    ['Amir Abdullahian criticized the board\nHossein Amir-Abdollahian spoke. Mr. Amir Abdullahian left. Amir Abdullahian added more.', ['Amir Abdullahian', 'Hossein Amir-Abdollahian', 'Amir Abdullahian', 'Amir Abdullahian'], ['Abdullahian@79', 'Abdullahian@102']],
    ['Bahram Qasimi said so. Later Bahram Qassemi added more.', ['Bahram Qasimi', 'Bahram Qassemi'], ['Qassemi@36']],
    // two letters apart with other consonants, or three apart: two people
    ['Ali Hassan met Ali Hussein.', ['Ali Hassan', 'Ali Hussein'], []],
    ['Mark Jensen met Mark Jansson.', ['Mark Jensen', 'Mark Jansson'], []],
  ];
  for (const [text, names, expected] of cases) {
    assert.deepEqual(nameVariants.check(withPersons(text, names), lex).map((f) => `${text.slice(f.start, f.end)}@${f.start}`), expected, text);
  }
});

test('name-variant: a headline surname the story never writes, spelled with the same consonants as a person the story names', () => {
  const cases: [string, string[], string[]][] = [
    ['Belarus FM Makei speaks about visits\nForeign Minister Uladzimir Makey spoke. Makey said more.', ['Uladzimir Makey', 'Makey'], ['Makey@64']],
    ['Iranian Spokesman Bahram Qasimi\nSpokesman Bahram Qassemi responded.', ['Bahram Qassemi'], ['Qassemi@49']],
    // the headline's spelling also in the story, a headline that is a sentence, three letters apart, an English word
    ['Belarus FM Makei speaks about visits\nUladzimir Makey met Makei in Minsk.', ['Uladzimir Makey'], []],
    ['Belarus FM Makei speaks about visits.\nUladzimir Makey spoke.', ['Uladzimir Makey'], []],
    ['Leaders meet Putin in Moscow\nVladimir Potanin spoke.', ['Vladimir Potanin'], []],
    ['Talks stall in Vienna\nJohn Tilks spoke.', ['John Tilks'], []],
  ];
  for (const [text, names, expected] of cases) {
    assert.deepEqual(nameVariants.check(withPersons(text, names), lex).map((f) => `${text.slice(f.start, f.end)}@${f.start}`), expected, text);
  }
});

test('oneNameApart: one letter, or two with the same consonants as spelled', () => {
  const cases: [string, string, boolean][] = [
    ['Abdollahian', 'Abdullahian', true],
    ['Qasimi', 'Qassemi', true],
    ['Hassan', 'Hussein', false],
    ['Jensen', 'Jansson', false],
    ['Kanaani', 'Kanaani', false],
  ];
  for (const [a, b, expected] of cases) assert.equal(oneNameApart(a, b), expected, `${a} ${b}`);
});

test('name-variant: two close names under the same title are one name spelled two ways, two people under it are not', () => {
  const cases: [string, string[]][] = [
    ['Mongolian Foreign Minister Battsege invited him. He will hold talks with Foreign Minister Battsze.', ['Battsze']],
    ['President Obama met President Trump, then President Obama left.', []],
    ['Foreign Minister Lavrov met Foreign Minister Lapid.', []],
    ['Foreign Minister Battsege met Prime Minister Battsze.', ['Battsze']],
    ['Foreign Minister Battsege met Ambassador Battsze.', []],
    ['Foreign Minister Wang Yi met Foreign Minister Wang Yu.', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(nameVariants.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('name-variant: edit distance counts a swap of neighbours as one', () => {
  const cases: [string, string, number][] = [['Kanaani', 'Kanani', 1], ['abcd', 'abdc', 1], ['same', 'same', 0], ['abc', 'xyz', 3]];
  for (const [a, b, d] of cases) assert.equal(distance(a, b, 3), d, `${a} ${b}`);
});

/** paragraphDoc with each of `places` (first occurrence after the last) read as a GPE mention. */
function withPlaces(text: string, places: string[]) {
  const doc = paragraphDoc(text);
  let from = 0;
  places.forEach((name, i) => {
    const at = text.indexOf(name, from);
    from = at + name.length;
    doc.mentions.push({ id: `m${i}`, start: at, end: at + name.length, text: name, type: 'GPE', entity: null, source: 'tagger', nominal: false });
  });
  return doc;
}

test('name-variant: a country misspelt beside its name is flagged; another place of another length or another country is not', () => {
  const cases: [string, string[], string[]][] = [
    ['No new initiatives in Cyrpus, he said of the Cyprus issue.', ['Cyrpus', 'Cyprus'], ['Cyrpus']],
    ['Talks on Chiloe island in Chile went on.', ['Chiloe', 'Chile'], []],
    ['Grand Bahama is in the Bahamas.', ['Bahama', 'Bahamas'], []],
    ['Cyrpus is far from Germany.', ['Cyrpus', 'Germany'], []],
  ];
  for (const [text, places, expected] of cases) {
    assert.deepEqual(nameVariants.check(withPlaces(text, places), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('name-variant: a surname written with and without its own letters is one name twice; one spelling throughout is not', () => {
  const cases: [string, string[], string[]][] = [
    // the person read once, the other spelling standing where the tagger read no name
    ['Minister Mevlut Cavusoglu spoke.\nÇavuşoğlu was speaking on a programme.', ['Mevlut Cavusoglu'], ['Çavuşoğlu']],
    ['Minister Mevlüt Çavuşoğlu spoke. Later Cavusoglu said more.', ['Mevlüt Çavuşoğlu', 'Cavusoglu'], ['Cavusoglu']],
    // one spelling throughout, accented or not; a word that folds alike but names no person
    ['Minister Mevlüt Çavuşoğlu spoke. Later Çavuşoğlu said more in Zürich.', ['Mevlüt Çavuşoğlu', 'Çavuşoğlu'], []],
    ['Minister Jose Marquez spoke at the Café Marquez. Marquez left.', ['Jose Marquez', 'Marquez'], []],
    ['Mayor Zurich Kessler met people in Zürich.', ['Zurich Kessler'], []],
  ];
  for (const [text, names, expected] of cases) {
    assert.deepEqual(nameVariants.check(withPersons(text, names), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('name-variant: a hyphenated given name spelled two ways after one surname, not two people of that surname', () => {
  const cases: [string, string[], string[]][] = [
    ['Choi Choi-hee spoke. Then Choi Chun-hee and Bolton left.', ['Choi Choi-hee', 'Choi Chun-hee'], ['Chun-hee']],
    // another last syllable, another first letter, another surname: other people
    ['Kim Jong-un met Kim Jong-il and Kim Yo-jong, then Kim Yong-un and Lee Jong-un.', ['Kim Jong-un', 'Kim Jong-il', 'Kim Yo-jong', 'Kim Yong-un', 'Lee Jong-un'], []],
    ['Kang Kyung-hwa (Kang Kyung-wa) met Kang Kyung-hwa.', ['Kang Kyung-hwa', 'Kang Kyung-wa', 'Kang Kyung-hwa'], []],
  ];
  for (const [text, names, expected] of cases) {
    assert.deepEqual(nameVariants.check(withPersons(text, names), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('name-variant: a headline is a first paragraph ending on no stop (endsOnStop reads what the end-anchored pattern does)', () => {
  const pattern = /[.!?"”’)]\s*$/u;
  const cases: [string, boolean][] = [
    ['Minister meets envoy.', true],
    ['“We will act,” he said.”  \n', true],
    ['Talks end (Reuters)\t', true],
    ['Is it over?\u00a0', true],
    ['Belarus FM Makei visits Beijing', false],
    ['Talks end:  ', false],
    ['… and more', false],
    ['   ', false],
    ['', false],
  ];
  for (const [text, expected] of cases) {
    assert.equal(pattern.test(text), expected, `pattern: ${JSON.stringify(text)}`);
    assert.equal(endsOnStop(text), expected, JSON.stringify(text));
  }
});

test('name-variant: a consonant dropped or added as in typing is a slip native copy makes too, not a second transliteration', () => {
  const cases: [string, string, boolean][] = [
    ['Samokhalova', 'Samokhvalova', true],
    ['Fernandez', 'Fenandez', true],
    ['Behrmann', 'Berhrmann', true],
    // a vowel, a doubled letter, or an h, j, w, y: how transliterations differ
    ['Smadiyarov', 'Smadiayarov', false],
    ['Qasemi', 'Qassemi', false],
    ['Yushchenko', 'Yuschenko', false],
    // not one letter added
    ['Kanaani', 'Kanaini', false],
  ];
  for (const [a, b, slip] of cases) assert.equal(typingSlip(a, b), slip, `${a} ${b}`);
  const text = 'Svetlana Samokhalova won. Later Samokhvalova lost. Nasser Kanaani said so. Later Kanani added more.';
  assert.deepEqual(nameVariants.check(withPersons(text, ['Svetlana Samokhalova', 'Samokhvalova', 'Nasser Kanaani', 'Kanani']), lex).map((f) => text.slice(f.start, f.end)), ['Kanani']);
});
