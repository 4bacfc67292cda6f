import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributions, checkLayout } from './check-layout.ts';

checkLayout(['said-that', 'said-bare', 'said-quote', 'said-other'], [
  ['Li Lifan said that the alliance is very remote.', ['said-that', 'that the alliance is very remote', 'Li Lifan', 'said']],
  ['Police say the suspect confessed to the crime.', ['said-bare', 'the suspect confessed to the crime', 'Police', 'say']],
  ['The Ministry said in July the two countries were working together.', ['said-bare', 'the two countries were working together', 'The Ministry', 'said']],
  ['The minister told reporters Friday that the talks had failed.', ['said-that', 'that the talks had failed', 'The minister', 'told']],
  // Hyphenated words in the addressee are one word each (gave nothing before).
  ['The minister told the state-owned newspaper Al-Ahram that Egypt plans a new plant.', ['said-that', 'that Egypt plans a new plant', 'The minister', 'told']],
  ['He said, "We are ready."', ['said-quote', '"We are ready."', 'He', 'said']],
  // The head noun phrase of a long subject is the speaker, not its last noun (gave "the talks" before).
  ['One person familiar with the talks said the deal was close.', ['said-bare', 'the deal was close', 'One person familiar with the talks', 'said']],
  ['She asked whether the plan had failed.', ['said-bare', 'whether the plan had failed', 'She', 'asked']],
  // Content that is not a clause, after the cues that take it (attribution.md).
  ['Mr. Fujimori has denied the charges.', ['said-other', 'the charges', 'Mr. Fujimori', 'denied']],
  ['The senator criticized the plan.', ['said-other', 'the plan', 'The senator', 'criticized']],
  ['He called the deal a disaster.', ['said-other', 'the deal a disaster', 'He', 'called']],
  ['She asked the council to vote.', ['said-other', 'the council to vote', 'She', 'asked']],
  ['He vowed to repeal the tax.', ['said-other', 'to repeal the tax', 'He', 'vowed']],
  // "to" before a verb opens the infinitive content; before a noun phrase it is the cue's particle (gave "hold …" before).
  ['The members agreed to hold more talks.', ['said-other', 'to hold more talks', 'The members', 'agreed']],
  ['Iran agreed to the talks.', ['said-other', 'the talks', 'Iran', 'agreed to']],
  ['They support the mayor.', ['said-other', 'the mayor', 'They', 'support']],
  ['Officials reported at least four deaths.', ['said-other', 'at least four deaths', 'Officials', 'reported']],
  ['The groups called for new elections.', ['said-other', 'new elections', 'The groups', 'called for']],
  // Cues attribution.md names: "speak (out)", "post" (gave nothing before).
  ['Senator Harry Reid spoke out against troop increases.', ['said-other', 'troop increases', 'Senator Harry Reid', 'spoke out against']],
  ['The senator posted that the bill was dead.', ['said-that', 'that the bill was dead', 'The senator', 'posted']],
  ['Israel called on Monday for a ceasefire.', ['said-other', 'a ceasefire', 'Israel', 'called']],
  // A cue with its particle names nothing, though a participle ("detained") follows (gave nothing before).
  ['Faki called on troops to protect the president and his detained ministers.', ['said-other', 'troops to protect the president and his detained ministers', 'Faki', 'called on']],
  ['Officials expressed concern about the vote.', ['said-other', 'the vote', 'Officials', 'expressed concern about']],
  ['The poll shows the mayor is ahead.', ['said-bare', 'the mayor is ahead', 'The poll', 'shows']],
  // A clause opened by a subordinating conjunction ends at its comma; a comma inside the content does not end it.
  ['When the minister announced the plan, officials were surprised.', ['said-other', 'the plan', 'the minister', 'announced']],
  ['He said that after the vote, the party would split.', ['said-that', 'that after the vote, the party would split', 'He', 'said']],
  // A naming participle before "as" is no cue of its own, and does not end the content (gave nothing before).
  ['The officials said the process, known as rendition, has been central.', ['said-bare', 'the process, known as rendition, has been central', 'The officials', 'said']],
], [
  // A naming participle, a passive participle, a clause-only cue before a prepositional phrase.
  'A group called Hamas attacked the town.',
  'The troops backed by tanks entered the city.',
  'The spokesman said in Geneva.',
  'The senator said after the vote.',
  'The company declined to say whether it would appeal.',
  'He did not say when the missiles will arrive.',
  'The area was reported quiet.',
  'The newspaper said in a commentary.',
  'He is known as a reformer.',
  'The army posted troops along the border.',
]);

test('said: a new speaker after ", but" ends the content; the subject of a passive cue is no speaker', () => {
  const cases: [string, string[]][] = [
    ['Police say six men were arrested, but the mayor said the raid was illegal.', ['six men were arrested', 'the raid was illegal']],
    ['Officials say six policemen were missing, but no casualties were reported.', ['six policemen were missing, but no casualties were reported']],
  ];
  for (const [text, contents] of cases) assert.deepEqual(attributions(text).filter(([layout]) => layout === 'said-bare').map(([, content]) => content), contents, text);
});
