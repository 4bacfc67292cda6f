import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { untranslatedWords } from './untranslated-word.ts';

const lex = loadTranslationLexicons();

test('untranslated-word: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['Foreign Secretary- Ảnh 1.', ['Ảnh']],
    ['Источник: RIA Novosti', ['Источник:']],
    ['Minister Çavuşoغlu said', ['Çavuşoغlu']],
    ["Minister Çavuşoğlu and Zürich's mayor said", []],
    ['Le Hoai Trung said', []],
    // a name in its own Latin spelling: in a capitalised run, or spelled so in one elsewhere; a caption word, a
    // lower-case word, a lone capitalised one and a name in another script are still flagged
    ['HÀ NỘI — Việt Nam’s Minister Bùi Thanh Sơn met them. Later minister Sơn said', []],
    ['Ảnh minh họa. Đây là Hà Nội', ['Ảnh', 'họa.', 'Đây']],
    ['Photo: Ảnh 1. Xem thử', ['Ảnh', 'thử']],
    ['Минister Глава МИД said', ['Минister', 'Глава', 'МИД']],
    // a date in another language, and English that shares a name with one (May, Mars, Mei the name, Domingo the surname)
    ['13.4 C\njeudi, mai 23, 2024', ['jeudi, mai 23']],
    ['Jakarta, Senin, 5 Agustus 2019 (Antara)', ['Senin, 5 Agustus']],
    ['On 5 août, the ministers met on jueves, 12 de julio', ['5 août', 'jueves, 12 de julio']],
    ['Mars 2 landed on May 23. Mei Lin met Placido Domingo, 12 days later, at 10 Mai Street.', []],
    // a run of words English does not have; rare English words, names and a short foreign phrase are no run
    ['UYARI: Küfür, hakaret, rencide edici cümleler veya imalar.', ['hakaret, rencide edici cümleler veya imalar']],
    ['Jakarta: pemerintah akan segera membangun jalan tol baru, kata menteri.', ['pemerintah akan segera membangun jalan tol baru, kata menteri']],
    ['the denuclearization talks, a sine qua non for them, and Kim Jong Un met Moon Jae-in', []],
    ['By Tugba Altun and Muhammet Tarhan', []],
    // the lines beside a run in its language, though capitals or English words break them; names, English and a long line are not
    ['The meeting ran smoothly.\nBagaimana tanggapan anda mengenai artikel ini?\nCara untuk mendapatkan Berita terbaru dari kami.\n1. Akses Pengaturan/Setting Browser Anda\n2. Klik Allow pada List Notifications tersebut\nBy Tugba Altun and Muhammet Tarhan\nAnda Selesai.',
      ['tanggapan anda mengenai artikel ini', 'Cara untuk mendapatkan Berita terbaru dari kami.', 'Akses Pengaturan/Setting Browser Anda', 'Klik Allow pada List Notifications tersebut']],
    ['Source: Anadolu\nKaynak bilgisi, haberin tamamı için tıklayınız lütfen\nThe talks were held in Antalya on Friday, the ministry said.', ['bilgisi, haberin tamamı için tıklayınız lütfen']],
    // a lower-case word with a letter English writes only in names; names in their own spelling, a suffix after an
    // apostrophe, an address and borrowed letters English copy has (café, naïve) are not
    ['Ömer Çelik described the statements kakım “irresponsible” and said so.', ['kakım']],
    ["Mevlüt Çavuşoğlu met Łukasz Kamiński; Erdoğan'ın words, www.hürriyet.com.tr and the café's naïve façade", []],
    ['Heydar Alirza oğlu Aliyev spoke; the word oğlu alone is flagged', ['oğlu']],
    // a quoted term in pinyin; quoted English, a quoted name with a word not pinyin, pinyin names unquoted
    ['US experts interviewed about "Wu Tong", an official outlet', ['Wu Tong']],
    ['the so-called “Xi Jinping Thought” and the “Long March”; he said "Change" matters, "Nano" and "Samo" too', []],
    ['Wang Yi met Zhao Lijian.', []],
    // quoted between a given name and a surname, pinyin or not, it is a nickname; after a lower-case word, still a term
    ['parliament chief Francisco "Lu Olo" Guterres and the policy of "Wu Tong" Taiwan fears', ['Wu Tong']],
    // a case ending split off a name and left alone before a comma or a stop; English's "a" and "I", a capital letter naming
    // an item, a letter before a word, or after a short word or a number, is none
    ['Foreign Minister Mevlut Cavusoglu u , covered the conference. Then Ankara e.', ['u', 'e']],
    ['Mevlut Cavusoglu a, he said; as did I. Plan B, vitamin C, Arsenal v Chelsea, the 100 m race, at No x.', []],
  ];
  for (const [text, expected] of cases) {
    const found = untranslatedWords.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('untranslated-word: a quoted pinyin name of a place or body is a name, not a term left in pinyin', () => {
  const text = 'He said "Hong Kong" and "Wu Tong" matter.';
  const doc = paragraphDoc(text);
  doc.mentions.push({ id: 'm1', start: 9, end: 18, text: 'Hong Kong', type: 'GPE', entity: null, source: 'gazetteer', nominal: false });
  assert.deepEqual(untranslatedWords.check(doc, lex).map((f) => text.slice(f.start, f.end)), ['Wu Tong']);
});

test('untranslated-word: a capitalised Latin-script word inside a name mention is the name in its own spelling', () => {
  const text = 'Officials praised Sơn, and Ảnh too.';
  const doc = paragraphDoc(text);
  doc.mentions.push({ id: 'm1', start: 18, end: 21, text: 'Sơn', type: 'PERSON', entity: null, source: 'tagger', nominal: false });
  assert.deepEqual(untranslatedWords.check(doc, lex).map((f) => text.slice(f.start, f.end)), ['Ảnh']);
});

test('untranslated-word: a short line no word of which is English, and not scorecards, names or English lines', () => {
  const cases: [string, string[]][] = [
    ['we can of course work with them.\nBy admin\nBir cevap yazın\nE-posta hesabınız yayımlanmayacak.', ['Bir cevap yazın', 'E-posta hesabınız yayımlanmayacak.']],
    ['The ministers met.\nIkuti langkah berikut', ['Ikuti langkah berikut']],
    // a cricket scorecard's line, a line of names, a line with one English word, a byline, a long paragraph of copy
    ['S. Jayasuriya c Healy b Fleming 44\nH. Tillekeratne lbw b Fleming 1', []],
    ['Mevlut Cavusoglu, Sergey Lavrov\nBy admin\nCrewe v Watford', []],
    ['Bagaimana tanggapan the minister', []],
    // an English word first (the word read first stops the line), fewer than two lower-case words of four letters
    ['The ministers met.\nthe ikuti langkah berikut', []],
    ['The ministers met.\nIkuti Langkah Berikut', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(untranslatedWords.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});
