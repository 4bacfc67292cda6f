import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headsOf, triggerScan } from './trigger-scan.ts';

// The heads every match of a pattern opens with (up to three units, ASCII letters in lower case).
const HEADS: [string, string, string[]][] = [
  ['literal alternatives give their first three letters', 'Now|current', ['now', 'cur']],
  ['a whole match shorter than three is its own head', 'on|in', ['on', 'in']],
  ['an optional part gives heads with and without it', 'a?bc', ['abc', 'bc']],
  ['a class gives one head per member', '[ap]m', ['am', 'pm']],
  ['a range in a class is spread', '[1-3]x', ['1x', '2x', '3x']],
  ['a word boundary is read as matching anywhere', '\\bday', ['day']],
  ['a lookbehind is read as matching anywhere', "(?<![a-z])(?:day|week)", ['day', 'wee']],
  ['a lookahead is read as matching anywhere', 'may(?![a-z])', ['may']],
  ['a lazy repeat reads as a greedy one', 'ab{1,2}?c', ['abb', 'abc']],
  ['a group repeated beyond three units adds nothing', '(?:ab)+', ['aba', 'ab']],
  ['quotes beyond ASCII with no case stand for themselves', "['’]\\d", [...'0123456789'].flatMap((d) => [`'${d}`, `’${d}`])],
];

for (const [behaviour, source, expected] of HEADS) {
  test(`trigger heads: ${behaviour} (${source})`, () => {
    assert.deepEqual([...headsOf(source)].sort(), [...expected].sort());
  });
}

test('trigger heads: a digit repeated four times has a thousand heads of three digits', () => {
  const heads = headsOf('\\d{4}');
  assert.equal(heads.size, 1000);
  assert.ok(heads.has('202'));
});

test('trigger heads: a pattern that may match nothing has the empty head', () => {
  assert.ok(headsOf('a?').has(''));
  assert.ok(headsOf('x|').has(''));
});

// Patterns it does not read, so their triggers are tested on the whole text.
const UNREAD: [string, string][] = [
  ['any character', 'a.b'],
  ['a negated class', '[^a]b'],
  ['a negated escape', '\\Dx'],
  ['a named group', '(?<year>\\d{4})'],
  ['a backreference', '(a)\\1'],
  ['a cased letter beyond ASCII (its other case would be missed)', 'сентября'],
  ['an unbalanced group', '(ab'],
];

for (const [what, source] of UNREAD) {
  test(`trigger heads: ${what} is not read (${source})`, () => {
    assert.throws(() => headsOf(source));
  });
}

// The scan finds exactly the triggers whose own test finds them.
const TRIGGERS = [/now|current/i, /night|morning/i, /(?<![a-z])(?:day|week)/i, /\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/i, /['’]\d\d/, /\d{4}/, /\d\.?\s+(?:сентября|mai)/i, /on/i, /ties\b/i];
const TEXTS: [string, string][] = [
  ['capitals of a case-blind trigger', 'NOW THE WEEK ENDS'],
  ['a trigger inside a word', 'They met tonight.'],
  ['a lookbehind that fails inside a word', 'Monday and today'],
  ['a lookbehind that holds after a digit', 'a 3day pass'],
  ['a day of the month', 'It opens on the 3rd of May.'],
  ['a year after a curly quote', 'the class of ’98'],
  ['a year after a straight quote', "the class of '98 in 2020"],
  ['a foreign month, read on the whole text', 'am 3 СЕНТЯБРЯ 2020 und 5. Mai'],
  ['a short trigger at the very end', 'they went on'],
  ['a trigger before the end of text with a boundary', 'parties'],
  ['a boundary that fails', 'partiesx'],
  ['no trigger at all', 'Nothing here but words.'],
  ['the empty text', ''],
];

for (const [what, text] of TEXTS) {
  test(`trigger scan: ${what} finds what each trigger's test finds`, () => {
    assert.deepEqual(triggerScan(TRIGGERS)(text), TRIGGERS.map((t) => t.test(text)));
  });
}

test('trigger scan: a trigger with a flag other than i is refused', () => {
  assert.throws(() => triggerScan([/day/g]));
});
