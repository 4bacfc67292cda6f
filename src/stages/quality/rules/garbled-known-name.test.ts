import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { garbledKnownNames } from './garbled-known-name.ts';

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
  ];
  for (const [text, expected] of cases) {
    const found = garbledKnownNames.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
