import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { emptyDoc, spanOf, type Doc, type Entity, type Speaker } from '../../../model/index.ts';
import { unintroducedSpeakers } from './unintroduced-speaker.ts';

function docWith(text: string, mentions: string[], speaker: Partial<Speaker> = {}, entity?: Partial<Entity>, cue?: { word: string; lemma: string }): Doc {
  const doc = emptyDoc(text);
  if (entity) doc.entities.push({ id: 'e1', name: 'X', type: 'PERSON', aliases: [], mentions: [], country: null, countrySource: null, actorCode: null, role: null, affiliation: null, ...entity });
  let from = 0;
  mentions.forEach((mention, i) => {
    const at = text.indexOf(mention, from);
    from = at + mention.length;
    doc.quotes.push({
      ...spanOf(text, 0, text.length), id: `q${i + 1}`, type: 'direct', content: [spanOf(text, 0, 3)], cue: cue ? { ...spanOf(text, text.indexOf(cue.word), text.indexOf(cue.word) + cue.word.length), lemma: cue.lemma } : null, layout: 'quote-then-speaker', nestedIn: null, stance: null,
      speaker: { kind: 'person', name: mention, mention: spanOf(text, at, at + mention.length), entity: entity ? 'e1' : null, resolved: false, countries: [], role: null, affiliation: null, ...speaker },
    });
  });
  return doc;
}

const lex = loadTranslationLexicons();

test('unintroduced-speaker: flags a surname-only speaker once, at the first quote', () => {
  const text = '"A," Thoi said. "B," Thoi said.';
  const found = unintroducedSpeakers.check(docWith(text, ['Thoi', 'Thoi']), lex).map((f) => [f.start, text.slice(f.start, f.end)]);
  assert.deepEqual(found, [[5, 'Thoi']]);
});

test('unintroduced-speaker: speakers introduced in full, by role or resolved are not flagged', () => {
  const cases: [string, string, Partial<Speaker>, Partial<Entity> | undefined][] = [
    ['"A," Li said.', 'Li', {}, { name: 'Li Lifan', aliases: ['Li'] }],
    ['"A," Li said.', 'Li', { role: 'expert' }, undefined],
    ['"A," Li said.', 'Li', {}, { name: 'Li', affiliation: 'People\'s University' }],
    ['"A," he said.', 'he', {}, undefined],
    ['"A," Thoi said.', 'Thoi', { resolved: true }, undefined],
    ['"A," Thoi said.', 'Thoi', { kind: 'organization' }, undefined],
    ['"A," John Smith said.', 'John Smith', {}, undefined],
    ['Director Sripeni Inten Cahyani spoke. "A," Cahyani said.', 'Cahyani', {}, undefined],
    ['"A," KREMLIN said.', 'KREMLIN', {}, undefined],
    ['"A," China said.', 'China', {}, { name: 'China', type: 'GPE' }],
    // a plural English noun as the speaker is a group; a name that is also an English word stays a name (flagged above as "Thoi" is)
    ['"A," Investors said.', 'Investors', {}, undefined],
    // a common word opening a sentence or a label was read as a speaker: no person
    ['Prices rose. Employment is "a big indicator," he said.', 'Employment', {}, undefined],
    ['The crowd ran. Eyewitnesses say "it was chaos."', 'Eyewitnesses', {}, undefined],
    ['Result: "Australia won by 125 runs."', 'Result', {}, undefined],
    ['The school was shut. Gunmen said "we want a withdrawal."', 'Gunmen', {}, undefined],
    ['A report issued Tuesday, by the council "says wages rose."', 'Tuesday', {}, undefined],
  ];
  for (const [text, mention, speaker, entity] of cases) {
    assert.deepEqual(unintroducedSpeakers.check(docWith(text, [mention], speaker, entity), lex), [], `${text} ${JSON.stringify(speaker)}`);
  }
});

test('unintroduced-speaker: a bare name that is also an English word is still read mid-sentence, and an unknown one anywhere', () => {
  const cases: [string, string][] = [['"A," said Smith.', 'Smith'], ['The talks ended. Kordo said "A."', 'Kordo']];
  for (const [text, mention] of cases) {
    assert.deepEqual(unintroducedSpeakers.check(docWith(text, [mention]), lex).map((f) => text.slice(f.start, f.end)), [mention], text);
  }
});

test('unintroduced-speaker: a plural subject (a word in -s with a plural verb) and a possessive are no person; a bare name in -s with a singular verb is', () => {
  const cases: [string, string, { word: string; lemma: string } | undefined, number][] = [
    ['The storm passed. Meterologists say "a new one has formed."', 'Meterologists', { word: 'say', lemma: 'say' }, 0],
    ['Sunnis often complain of "atrocities by the police."', 'Sunnis', { word: 'complain of', lemma: 'complain' }, 0],
    ['Anti-royalists have called for "a mass protest."', 'Anti-royalists', { word: 'called', lemma: 'call' }, 0],
    ['He said God\'s "hope shines on every child."', 'God\'s', undefined, 0],
    ['The talks ended. Kordos says "we will go on."', 'Kordos', { word: 'says', lemma: 'say' }, 1],
    ['The talks ended. Kordos will say "we will go on."', 'Kordos', { word: 'say', lemma: 'say' }, 1],
    ['The talks ended. Kordo say "we will go on."', 'Kordo', { word: 'say', lemma: 'say' }, 1],
  ];
  for (const [text, mention, cue, n] of cases) assert.equal(unintroducedSpeakers.check(docWith(text, [mention], {}, undefined, cue), lex).length, n, text);
});

test('unintroduced-speaker: a public figure the actor dictionary knows by the surname alone is not flagged; a surname many bear is', () => {
  const cases: [string, string, number][] = [
    ['"A," Chertoff told a Senate panel.', 'Chertoff', 0],
    ['"A," Kouchner said.', 'Kouchner', 0],
    ['"A," Jones said.', 'Jones', 1],
    ['"A," Kanaani said.', 'Kanaani', 1],
  ];
  for (const [text, mention, n] of cases) assert.equal(unintroducedSpeakers.check(docWith(text, [mention]), lex).length, n, text);
});

test('unintroduced-speaker: a nickname before the surname, an apposition after it, an article before it, a dash item, capitals elsewhere or the text’s start introduce it', () => {
  const cases: [string, string, string[], number][] = [
    ['Stanley "Tookie" Williams was convicted. "A," Williams said.', 'Williams', [], 0],
    ['The paper is owned by the party, said Uhuru, or Freedom, a Swahili newspaper.', 'Uhuru', [], 0],
    ['They neared agreement on a Shi\'ite demand "to enshrine Islam."', 'Shi\'ite', [], 0],
    ['- Four ships unload sugar.\n- Editorial blames "the U.S." for fighting.', 'Editorial', [], 0],
    ['AVON RENT-A-CAR Corp. declared a dividend. Avon also said "it will issue more."', 'Avon', ['AVON'], 0],
    ['KinderCare Learning Centers Inc bought debt. "A," Kindercare said.', 'Kindercare', ['KinderCare Learning Centers Inc'], 0],
    // a name opening the text: an excerpt's start, nothing before it to introduce it in
    ['Kordo said "we will go on." The talks ended.', 'Kordo', [], 0],
    ['\n  Kordo said "we will go on."', 'Kordo', [], 0],
    // an apposition with no article, a dash inside a line: still flagged
    ['The talks ended. "A," Kordo said, adding: "B."', 'Kordo', [], 1],
    ['The talks ended. "A," said Kordo, adding more.', 'Kordo', [], 1],
    ['The talks ended - Editorial blames "the U.S." for fighting.', 'Editorial', [], 1],
  ];
  for (const [text, mention, others, n] of cases) {
    const doc = docWith(text, [mention]);
    for (const o of others) doc.mentions.push({ id: o, start: text.indexOf(o), end: text.indexOf(o) + o.length, text: o, type: o.includes(' ') ? 'ORG' : 'MISC', entity: null, source: 'tagger', nominal: false });
    assert.equal(unintroducedSpeakers.check(doc, lex).length, n, text);
  }
});

test('unintroduced-speaker: a courtesy title read as the speaker stands before the name in full; a bare name after a stop is still flagged', () => {
  const text = 'Turner spoke. "A," said Rev. Jerome Turner, the pastor.';
  assert.deepEqual(unintroducedSpeakers.check(docWith(text, ['Rev']), lex), []);
  const bare = 'It rained. "A," said Thoi. Jerome Turner spoke.';
  assert.deepEqual(unintroducedSpeakers.check(docWith(bare, ['Thoi']), lex).map((f) => bare.slice(f.start, f.end)), ['Thoi']);
});

test('unintroduced-speaker: a news agency or outlet cited by its name is a source, no person left unintroduced', () => {
  const cases: [string, string, number][] = [
    ['Talks ended. "A," Yonhap said.', 'Yonhap', 0],
    ['Talks ended. "A," Kommersant reported.', 'Kommersant', 0],
    ['Talks ended. "A," Interfax said.', 'Interfax', 0],
    // a bare surname is still flagged
    ['Talks ended. "A," Thoi said.', 'Thoi', 1],
    ['Talks ended. "A," Kommers said.', 'Kommers', 1],
  ];
  for (const [text, speaker, flags] of cases) assert.equal(unintroducedSpeakers.check(docWith(text, [speaker]), lex).length, flags, text);
});
