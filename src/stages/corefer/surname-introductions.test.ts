import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';

const pipeline = buildPipeline(stagesThrough('corefer'));

/** The slots resolved to a surname: [slot text, canonical name of its entity]. */
function resolvedSlots(text: string): [string, string][] {
  const doc = pipeline.analyze({ text, published: '2020-10-23' });
  return doc.mentions
    .filter((m) => m.source === 'coreference' && m.type === 'PERSON')
    .map((m) => [m.text, doc.entities.find((e) => e.id === m.entity)!.name]);
}

const INTRO = 'During the Reform, a senior analyst at the Institute of Economics, the deal would "change everything".';

test('a source introduced by words in a name slot is the bare surname quoted next', () => {
  const cases: [string, [string, string][]][] = [
    // The surname opens the next paragraph's attribution: it names the person the garbled slot introduced.
    [`${INTRO}\n"The deal is a sign of weakness," Okafor said.`, [['During the Reform', 'Okafor']]],
    // In the next sentence of the same paragraph, with reported content that is not quoted.
    ['In the Spring, a political science professor at Leeds University, the vote will be close. Okafor said turnout would decide it.', [['In the Spring', 'Okafor']]],
    // Persons already named (in the reported content, earlier) are passed over.
    [`Putin met Xi. During the Reform, an expert at the Institute, Putin's plan would "change everything".\n"It is a bluff," Okafor said of Putin.`, [['During the Reform', 'Okafor']]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(resolvedSlots(text), expected, text);
});

test('no slot is resolved where the surname or the introduction is not so laid out', () => {
  const cases = [
    // No reported content after the apposition.
    'Meanwhile, a senior official at the ministry, the plan…\n"We will fight," Okafor said.',
    // The surname is introduced in full elsewhere.
    `${INTRO}\n"The deal is a sign of weakness," Okafor said. Chidi Okafor heads the institute.`,
    // The slot is a person's name: ordinary name clustering, nothing inferred.
    'Chidi Okafor, a senior analyst at the Institute of Economics, the deal would "change everything".\n"It is a bluff," Okafor said.',
    // The rest has a source of its own: a verb of saying with its subject.
    'In Washington, a State Department spokesman, the department said the talks failed.\n"It is a bluff," Okafor said.',
    'During the Reform, a senior analyst at the Institute, Ned Price, said the deal would fail.\n"It is a bluff," Okafor said.',
    // The slot is a description, not a name.
    'The source, a senior official at the ministry, the deal would "change everything".\n"It is a bluff," Okafor said.',
    // Another person is named first; the surname does not speak; the surname comes two paragraphs later.
    `${INTRO}\nMary Jones met the minister. "It is a bluff," Okafor said.`,
    `${INTRO}\nOkafor arrived on Monday.`,
    `${INTRO}\nThe talks went on.\n"It is a bluff," Okafor said.`,
    // The surname has an introduction of its own.
    `${INTRO}\nOkafor, a lawyer for the family, said the deal was a bluff.`,
    // Ordinary wire copy: an apposition after a name.
    'A senior police official, Saud Aziz, says four men were held. Aziz said they belong to a group.',
  ];
  for (const text of cases) assert.deepEqual(resolvedSlots(text), [], text);
});
