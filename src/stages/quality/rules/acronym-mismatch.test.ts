import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { acronymMismatch } from './acronym-mismatch.ts';

const lex = loadTranslationLexicons();

test('acronym-mismatch: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['the Department of Foreign Affairs (DNA), said', ['(DNA)']],
    ['the Association of Southeast Asian Nations (ASEAN) and the ASIAN Summit', ['ASIAN']],
    ['the Joint Chiefs of Staff (JCS) and the Strategic Arms Reduction Treaty (START)', []],
    ['the Intermediate-Range Nuclear Forces (INF) Treaty', []],
    ["Doctors Without Borders (MSF) and the Kurdistan Workers' Party (PKK)", []],
    // an agency's credit closing a dateline is no acronym of the place; the same bracket mid-sentence still is read
    ['ADDIS ABABA, Ethiopia (AP)_ The Organization of African Unity said', []],
    ['AMHERST, N.Y. (AP) --\nA rifle was found.', []],
    ['the Department of Foreign Affairs (DNA) said', ['(DNA)']],
    // an acronym the story goes on using is the body's own, often of its name in its own language
    ['Mr. Morales\' Movement Toward Socialism (MAS) party won 137 seats. That result leaves MAS short of a majority.', []],
    ['Mr. Morales\' Movement Toward Socialism (MAS) party won 137 seats. That result leaves him short of a majority.', ['(MAS)']],
    // the name ends at the sentence's start: a capitalised word before the stop is no initial of it
    ['The match was organised by Francisco Flores. The International Football Federation (FIFA) agreed.', []],
    ['Francisco Flores. The Department of Foreign Affairs (DNA) said', ['(DNA)']],
  ];
  for (const [text, expected] of cases) {
    const found = acronymMismatch.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
