import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutText, oneLine } from './limits.ts';

describe('cutText', () => {
  const cases: [string, string, number, string, RegExp | null][] = [
    ['a text that fits is kept whole, with no message', 'One.\nTwo.', 20, 'One.\nTwo.', null],
    ['a longer text is cut at the last paragraph end before the limit', 'First paragraph.\nSecond paragraph.\nThird one.', 40, 'First paragraph.\nSecond paragraph.', /up to a paragraph end/],
    ['with no paragraph end in the second half, at the last space', `${'word '.repeat(10)}end`, 30, 'word word word word word word', /up to a word end/],
    ['with neither, at the limit itself', 'x'.repeat(50), 20, 'x'.repeat(20), /up to a character/],
    ['never inside a surrogate pair', `${'x'.repeat(19)}😀tail`, 20, 'x'.repeat(19), /character/],
  ];
  for (const [what, text, max, kept, message] of cases) {
    it(what, () => {
      const cut = cutText(text, max);
      assert.equal(cut.text, kept);
      if (message) {
        assert.equal(cut.message?.rule, 'truncated-input');
        assert.match(cut.message!.text, message);
        assert.match(cut.message!.text, /raise --max-article-mb/);
      } else assert.equal(cut.message, null);
    });
  }

  it('says the size of the whole input when only its start was read', () => {
    const cut = cutText('One.\nTwo.', 6, 100 * 1024 * 1024);
    assert.equal(cut.text, 'One.');
    assert.match(cut.message!.text, /limit of 1 KB \(100 MB\)/);
  });
});

describe('oneLine', () => {
  const cases: [string, string][] = [
    ['plain name.txt', 'plain name.txt'],
    ['bad\nname.txt', 'bad\\nname.txt'],
    ['cr\r\tand\u0000nul', 'cr\\r\\tand\\u0000nul'],
    ['line\u2028sep', 'line\\u2028sep'],
  ];
  for (const [text, expected] of cases) it(`${JSON.stringify(text)} → ${expected}`, () => assert.equal(oneLine(text), expected));
});
