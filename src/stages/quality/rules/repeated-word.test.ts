import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { repeatedWord } from './repeated-word.ts';

const lex = loadTranslationLexicons();

test('repeated-word: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['another spokesman for the The Pentagon, also', ['the The']],
    ['the Strategic Arms Reduction Treaty (START) treaty would be', ['Treaty (START) treaty']],
    ['He said that that was all, and he had had enough.', []],
    ['The talks, talks that failed.', []],
    // read from the space between the words: a word thrice is one match, a word after a digit or inside another is no doubled word
    ['the the the talks', ['the the']],
    ['US US US Pacific Fleet, the The Pentagon', ['US US', 'the The']],
    ['the 9th th and the atheist theist', []],
    ['the café Café', ['café Café']],
    // the pattern ignores case as Unicode folds it: a word is its double across that too (the Kelvin sign is a k),
    // and the places tried first keep every such pair; a word and another starting with its letter are no double
    ['the US us Navy and a \u212A k sign', ['US us', '\u212A k']],
    ['the sun sets, several seconds', []],
    // a lower-case word before its letters in capitals is an acronym opening a name; a word retyped as written or capitalised is not
    ['Major job cuts at AT and T. The giant slashed jobs at at the plant, At At the gate', ['at at', 'At At']],
    // a Korean name whose surname is its given name's first syllable, also where it is cut short
    ['a negative person like Choi Choi-hee, said First Vice Minister Choi Choi or Bolton', []],
    // a capitalised word English does not have, doubled, is a name (Abdullah Abdullah); an English word doubled is not
    ['Kim Kim met Lee Lee-jun, Abdullah Abdullah and Jing Jing.', []],
    ['The The talks and the Foreign Foreign Ministry', ['The The', 'Foreign Foreign']],
    // a doubled word in a paragraph of page furniture is the page's
    ['ADD A COMMENT to TO THE NEWS\nthe the talks', ['the the']],
    // a list naming one item twice; a list of different items
    ['foreign ministers of China, China and Japan met', ['China, China']],
    ['Korea, China and Japan, and New York, New York, met', []],
    // a currency's prefix is no word said again; a table's cells and column headings repeat
    ['Wednesday it posted a A$ 4.3 million profit, a a loss', ['a a']],
    ['The story.\nPREVIOUS ACTUAL (Parent) FORECAST FORECAST YEAR-AGO\nSales 3.30 3.30 2.75 2.75', []],
    // a doubled pair written alike three times or more is a term (a name, a table's empty cells); twice, still slips
    ['Mei Mei passed away Tuesday. Experts say Mei Mei\'s age was great. Mei Mei\'s death came a day later.', []],
    ['JulAug 775 787.50 unq unq\nAugSep 752.50 758.75 unq unq\nSepOct 733.75 743.50 unq unq', []],
    ['the the talks and the the vote', ['the the', 'the the']],
  ];
  for (const [text, expected] of cases) {
    const found = repeatedWord.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
