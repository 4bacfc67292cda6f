import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { markupResidue } from './markup-residue.ts';

const lex = loadTranslationLexicons();

test('markup-residue: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['the minister said& nbsp;the talks', ['& nbsp;']],
    ['p>The talks went on.</p>', ['p>', '</p>']],
    ['Prices rose 5% & wages fell; <5 cases', []],
    ['AT&T said', []],
    ['investment &amp; education, the &#x27;new&#8217; plan', ['&amp;', '&#x27;', '&#8217;']],
    ['the ambassador&nbsp said nbsp;that', ['&nbsp', 'nbsp;']],
    ['<img src="a.jpg"> the meeting class="caption" ended [caption id="x"]Photo[/caption]', ['<img src="a.jpg">', 'class="caption"', '[caption id="x"]', '[/caption]']],
    ['shares of Johnson & Johnson; Procter & Gamble rose', []],
    ['R&D; spending rose; the S&P 500 fell & traders sold', []],
    ['a vote of 5>3 in the committee; the class was full', []],
    ['the equation x=2 held [sic] and "quoted" words', []],
    ['the talks ended.<!-- ad slot --> The envoys left.\\n The ministers met the president\\u2019s aides', ['<!-- ad slot -->', '\\n', '\\u2019']],
    ['the file C:\\new\\notes and a \\ backslash', []],
  ];
  for (const [text, expected] of cases) {
    const found = markupResidue.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('markup-residue: characters a wrong decoding made (mojibake), and not the letters in words of their own', () => {
  const cases: [string, string[]][] = [
    ['“â€ĶI mentioned', ['â€Ķ']],
    ['the minister’s aide said the minister’s caf\u00c3\u00a9 and a\u00c2\u00a0space', ['Ã©', 'Â\u00a0']],
    ['the minister\u00e2\u20ac\u2122s aide', ['â€™']],
    // Portuguese and French words, an "â" of its own, a capital A with a tilde alone
    ['São Paulo, the château, Ângela and Ãgua said', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(markupResidue.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});
