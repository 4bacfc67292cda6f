import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { quotedReports, reportedMark } from './quoted-report.ts';

const lex = loadTranslationLexicons();

test('quoted-report: a quotation opening on the speaker reported in the third person, not a quotation of what another said', () => {
  const cases: [string, string[]][] = [
    ['Speaking on Monday, Kanaani said, “Naser Kanaani stated that the regime has bombed hospitals,”', ['“Naser Kanaani stated']],
    ['He appreciated the cooperation and added: “His country welcomes this process.”', ['“His country']],
    ['Martin said: "Her government will act."', ['"Her government']],
    // another person reported inside the quotation, the speaker's own country, a possessive later in the quotation
    ['Blinken said, “Lavrov said that the talks were over,” and left.', []],
    ['He added: “My country welcomes this process.”', []],
    ['Kanaani said: “The minister and his country agree.”', []],
    ['His country welcomes this process, he added.', []],
  ];
  for (const [text, expected] of cases) {
    const found = quotedReports.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('quoted-report: its first test finds a reporting verb before an opening mark where the pattern of both does', () => {
  const pattern = /(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|underlined|explained)[,:]? [“"«]/u;
  const cases: [string, boolean][] = [
    ['Kanaani said, “Naser', true],
    ['He added: "His country', true],
    ['she emphasized «Her', true],
    ['they underlined “the', true],
    // a verb ending another word is read as the pattern reads it
    ['the unsaid “truth', true],
    // a mark with no verb before it, a verb with no mark after, a stop or no space between
    ['“Peace,” he said.', false],
    ['He said the talks were over.', false],
    ['He said. “Then', false],
    ['He said,“Then', false],
    ['said "', true],
    ['', false],
  ];
  for (const [text, expected] of cases) {
    assert.equal(pattern.test(text), expected, `pattern: ${text}`);
    assert.equal(reportedMark.test(text), expected, text);
  }
});
