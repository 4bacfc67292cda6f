import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { foreignGrammar } from './foreign-grammar.ts';

const lex = loadTranslationLexicons();

test('foreign-grammar: flags function-word patterns English never has, each beside the English it is not', () => {
  const cases: [string, string[]][] = [
    // allow-without-object: English names who is allowed, or is passive
    ['“We will not allow to enter the distraction process.”', ['allow to enter']],
    ['The deal enables to cut costs.', ['enables to cut']],
    ['We will not allow them to enter. They were allowed to leave; it allows entering.', []],
    // a page's prompt names its button: "Click allow to subscribe"
    ['Livemint wants to send you notifications. Click allow to subscribe. Tap Enable to continue.', []],
    // who-without-antecedent
    ['He said these are who have been making noises for years.', ['these are who']],
    ['These are the ones who made noise. This is who we are.', []],
    // other-as-plural-pronoun
    ['Two other were Hassan Kazemi Qomi and Hassan Danaei-far.', ['Two other were']],
    ['Two others were wounded. The two other men were freed; each other were strangers.', []],
    // participle-before-subject
    ['Makey said that there are planned a number of visits to the EU.', ['there are planned a']],
    ['A number of visits are planned. There are expected to be talks; there was talk of a deal.', []],
    // resumptive-pronoun: at a sentence's start only
    ['He met Wang Yi. The Chinese it plans to supply weapons.', ['The Chinese it plans']],
    ['The Chinese plan it. He said the Kremlin it trusts was silent. The Post says it is unclear.', []],
    // passive-of-intransitive: a person as the subject
    ['Flake was summoned, he was complained about the position of the mission.', ['he was complained']],
    ['It was complained that the talks were slow. He complained about it.', []],
    // time-word-inside-title
    ['after meeting the senior Chinese diplomat yesterday Wang Yi in Munich', ['diplomat yesterday Wang Yi']],
    ['after meeting the senior Chinese diplomat Wang Yi yesterday; the minister said today Germany would help', []],
    // cognate-object: a verb with a noun of its own root as its object
    ['We do not accept that the United States impose impositions on Sino-Russian relations.', ['impose impositions']],
    ['They settled the settlement and invested an investment.', ['settled the settlement', 'invested an investment']],
    ['They imposed sanctions and conditions; with withdrawal near, international intervention grew. He will mention it.', []],
    // the noun a modifier of the next: English
    ['A reinsurance company insures insurance companies that wish to spread the risk.', []],
    // doubled-and: the Arabic clause-opening "and" before an adverbial and again after it
    ['relying on its national strength and in this regard, and reserves the right to respond.', ['and in this regard, and']],
    ['and in this regard, the ministry reserves the right; thus, and only thus, and then, it acts.', []],
  ];
  for (const [text, expected] of cases) {
    const found = foreignGrammar.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('foreign-grammar: the message names the pattern, its cause and the English reading', () => {
  const [finding] = foreignGrammar.check(paragraphDoc('Two other were freed.'), lex);
  assert.match(finding!.text, /^"Two other were" \(other-as-plural-pronoun\): .*; likely "two others were"$/);
});
