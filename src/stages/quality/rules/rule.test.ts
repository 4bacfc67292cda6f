import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalisedWordBefore, capitalisedWordRepeated, letterRunStart, matchesIn, needfulMatches } from './rule.ts';
import { paragraphDoc } from './test-doc.ts';

test('letterRunStart and capitalisedWordBefore: read a word back, letters only', () => {
  const cases: [string, number, number, number][] = [
    // text, end, letterRunStart, capitalisedWordBefore
    ['the Choi Choi', 8, 4, 4],
    ['x-ray Kim', 9, 6, 6],
    ["O'Brien said", 7, 2, 2],
    ['McDonald said', 8, 0, 2],
    ['at 12 then', 5, 5, -1],
    ['ABC def', 3, 0, -1],
    ['Élan vital', 4, 0, 0],
  ];
  for (const [text, end, run, capitalised] of cases) {
    assert.equal(letterRunStart(text, end), run, text);
    assert.equal(capitalisedWordBefore(text, end), capitalised, text);
  }
});

test('matchesIn: tried only where `starts` says, it finds what the whole search finds', () => {
  const pattern = /(?<![\p{L}\d])(\p{L}+) \1(?![\p{L}\d])/giu;
  // every word start, letters read as the pattern reads them (ignoring case, U+0345 is one): where a doubled word may start
  const wordStarts = (text: string) => [...text.matchAll(/(?<!\p{L})\p{L}/giu)].map((m) => m.index);
  const texts = ['the the cat', 'US US Navy and and and', 'no doubles here', 'ͅ ͅ and Ωmega ωmega', 'the 𝐀𝐀 𝐀𝐀 the\nline two two'];
  for (const text of texts) {
    const whole = matchesIn(paragraphDoc(text), pattern).map((m) => [m.start, m.end]);
    assert.deepEqual(matchesIn(paragraphDoc(text), pattern, undefined, wordStarts).map((m) => [m.start, m.end]), whole, text);
  }
  // places where no match starts find nothing
  assert.deepEqual(matchesIn(paragraphDoc('the the cat'), pattern, undefined, () => [1, 8]), []);
});

test('capitalisedWordRepeated: a capitalised word on both sides of a separator, as the pattern finds it', () => {
  const cases: [string, string, boolean][] = [
    ['Minister Choi Choi-hee said', ' ', true],
    ['China, China and Japan', ', ', true],
    // the word after only starts like it; the word before is lower-case, or capitalised inside ("McChoi Choi" is "Choi Choi")
    ['Choi Choe met', ' ', false],
    ['choi choi met', ' ', false],
    ['McChoi Choi met', ' ', true],
    ['China, Chinatown', ' ', false],
    ['Japan China, Japan', ', ', false],
    ['', ' ', false],
  ];
  for (const [text, separator, expected] of cases) {
    assert.equal(capitalisedWordRepeated(text, separator), expected, text);
    assert.equal(capitalisedWordRepeated(text, separator), new RegExp(`(\\p{Lu}\\p{Ll}+)${separator}\\1`, 'u').test(text), text);
  }
});

test('needfulMatches: tries an entry only where its needs stand, and gives every match in text order', () => {
  const entries = [
    { name: 'b', pattern: /\bbeta \w+/gu, needed: /beta/u },
    { name: 'a', pattern: /\balpha \w+/gu, needed: /alpha/u },
    // its need is missing, so its pattern (which would match) is not tried
    { name: 'never', pattern: /\w+/gu, needed: /zeta/u },
  ];
  const found = (text: string, anyNeed?: RegExp) => needfulMatches(paragraphDoc(text), entries, anyNeed).map((m) => `${m.entry.name}:${m.match[0]}`);
  assert.deepEqual(found('alpha one and beta two\nbeta three'), ['a:alpha one', 'b:beta two', 'b:beta three']);
  assert.deepEqual(found('alpha one', /gamma/u), []);
  assert.deepEqual(found('nothing here'), []);
});
