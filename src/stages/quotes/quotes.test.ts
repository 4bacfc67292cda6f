import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed, stagesThrough } from '../../pipeline/presets.ts';
import { loadQuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import type { Doc, Message } from '../../model/index.ts';
import { findQuotes } from './quotes.ts';

// Documents are built by hand from segment, syntax and dates output; the quotes stage runs on them without entities,
// so these tests exercise the token fallbacks for speakers.
const pipeline = buildPipeline(stagesNamed('segment', 'syntax', 'dates'));
const lex = loadQuoteLexicons();

function read(text: string): Doc {
  const doc = pipeline.analyzeWorking({ text });
  findQuotes(doc, lex, {
    report(level, rule, message, start = null, end = null) {
      doc.messages.push({ level, rule, stage: 'quotes', text: message, start, end: end ?? start } satisfies Message);
    },
  });
  return doc;
}

const brief = (doc: Doc) =>
  doc.quotes.map((q) => ({ type: q.type, layout: q.layout, content: q.content.map((c) => c.text).join(' | '), speaker: q.speaker.mention?.text ?? null, cue: q.cue?.text ?? null }));

test('quotes: finds each attribution layout with its content, speaker and cue', () => {
  const cases: [string, ReturnType<typeof brief>[number]][] = [
    ['Li Lifan said that the alliance is very remote.', { type: 'indirect', layout: 'said-that', content: 'that the alliance is very remote', speaker: 'Li Lifan', cue: 'said' }],
    ['Police say the suspect confessed to the crime.', { type: 'indirect', layout: 'said-bare', content: 'the suspect confessed to the crime', speaker: 'Police', cue: 'say' }],
    ['The Ministry said in July the two countries were working together.', { type: 'indirect', layout: 'said-bare', content: 'the two countries were working together', speaker: 'The Ministry', cue: 'said' }],
    ['China remains a member of the group, said the expert.', { type: 'indirect', layout: 'inverted', content: 'China remains a member of the group', speaker: 'the expert', cue: 'said' }],
    ['The relationship is intended to benefit China, Li Lifan said.', { type: 'indirect', layout: 'quote-then-speaker', content: 'The relationship is intended to benefit China', speaker: 'Li Lifan', cue: 'said' }],
    ['"Putin is trying to show strength," said Li Lifan, from the Institute.', { type: 'direct', layout: 'inverted', content: '"Putin is trying to show strength,"', speaker: 'Li Lifan', cue: 'said' }],
    ['“The talks failed,” the minister told reporters.', { type: 'direct', layout: 'quote-then-speaker', content: '“The talks failed,”', speaker: 'the minister', cue: 'told' }],
    ['The plan is sound, according to the World Bank.', { type: 'indirect', layout: 'according-to', content: 'The plan is sound', speaker: 'the World Bank', cue: 'according to' }],
    ['According to the police, three people died.', { type: 'indirect', layout: 'according-to', content: 'three people died', speaker: 'the police', cue: 'According to' }],
    ['Senator Jane Doe: "This bill is dead."', { type: 'direct', layout: 'colon', content: '"This bill is dead."', speaker: 'Senator Jane Doe', cue: null }],
    ['"We are ready to sign the deal." — Jane Doe', { type: 'direct', layout: 'dash', content: '"We are ready to sign the deal."', speaker: 'Jane Doe', cue: null }],
    ['The senator spoke for an hour, saying it would cost too much.', { type: 'indirect', layout: 'participial', content: 'it would cost too much', speaker: 'The senator', cue: 'saying' }],
    ['The agency quoted an unnamed source as saying the talks had failed.', { type: 'indirect', layout: 'quoted-as-saying', content: 'the talks had failed', speaker: 'an unnamed source', cue: 'saying' }],
    ['He said the plan was "flat wrong" and costly.', { type: 'mixed', layout: 'said-bare', content: 'the plan was "flat wrong" and costly', speaker: 'He', cue: 'said' }],
    ['It was an incident they say has been covered up.', { type: 'indirect', layout: 'relative', content: 'has been covered up', speaker: 'they', cue: 'say' }],
    ['During the war, an expert at the University, the plan was likely to "capitalize on the discord".', { type: 'mixed', layout: 'apposition', content: 'the plan was likely to "capitalize on the discord"', speaker: 'During the war', cue: null }],    // Time expressions come from the dates stage: a time adverbial between cue and content, or between subject
    // and cue, is passed over; a time that is the content's subject or modifies its noun is kept.
    ['Officials said Monday the talks had failed.', { type: 'indirect', layout: 'said-bare', content: 'the talks had failed', speaker: 'Officials', cue: 'said' }],
    ['The company said late on Thursday that it issued new shares.', { type: 'indirect', layout: 'said-that', content: 'that it issued new shares', speaker: 'The company', cue: 'said' }],
    ['Israeli police on Monday said the suspect had fled.', { type: 'indirect', layout: 'said-bare', content: 'the suspect had fled', speaker: 'Israeli police', cue: 'said' }],
    ['Officials say Tuesday\'s blast wounded 15 people.', { type: 'indirect', layout: 'said-bare', content: 'Tuesday\'s blast wounded 15 people', speaker: 'Officials', cue: 'say' }],
    ['Officials say this is the first such charge.', { type: 'indirect', layout: 'said-bare', content: 'this is the first such charge', speaker: 'Officials', cue: 'say' }],
    ['The group hopes the coming year will be calmer.', { type: 'indirect', layout: 'said-bare', content: 'the coming year will be calmer', speaker: 'The group', cue: 'hopes' }],
  ];
  for (const [text, expected] of cases) assert.deepEqual(brief(read(text)), [expected], text);
});

test('quotes: an interrupted quote keeps both parts as one quote', () => {
  const doc = read('"You see," said the Lightning, as it crept past him, "I can travel faster."');
  assert.deepEqual(brief(doc), [{ type: 'direct', layout: 'interrupted', content: '"You see," | "I can travel faster."', speaker: 'the Lightning', cue: 'said' }]);
});

test('quotes: no attribution where nothing reported is clausal, negated or unattributed', () => {
  const cases = [
    'The company declined to say whether it would appeal.',
    "VOA's Carol Pearson reports.",
    'Stanley "Tookie" Williams was convicted.',
    'The area was reported quiet.',
    'He did not say when the missiles will arrive.',
    'The report found no evidence.',
    'A group called Hamas attacked the town.',
    'The troops backed by tanks entered the city.',
    // A prepositional phrase is not what was said.
    'The newspaper said in a commentary.',
    'A police spokesman said in the nearby city of Gdansk on Thursday.',
    '',
  ];
  for (const text of cases) assert.deepEqual(brief(read(text)), [], text);
});

test('quotes: nested speech points at the quote it is reported in', () => {
  const doc = read('In his memoirs, John Bolton said Russian Defense Minister Sergey Shoigu once said the treaty was no longer feasible.');
  assert.equal(doc.quotes.length, 2);
  const [outer, inner] = doc.quotes;
  assert.equal(outer!.speaker.name, 'John Bolton');
  assert.equal(inner!.speaker.name, 'Sergey Shoigu');
  assert.equal(inner!.speaker.role, 'Russian Defense Minister');
  assert.equal(inner!.nestedIn, outer!.id);
  assert.equal(outer!.nestedIn, null);
});

// Speakers resolve through the mentions corefer gives: the whole pipeline up to quotes.
const resolving = buildPipeline(stagesThrough('quotes'));

test('quotes: surnames, pronouns and descriptions resolve through corefer to the person introduced before', () => {
  const doc = resolving.analyze({ text: [
    '"The alliance is a sign of goodwill," said Li Lifan, from the Upper Institute of Social Sciences.',
    'Li said the treaty matters.',
    'The alliance is remote, said the expert.',
    'He added that the talks would go on.',
  ].join('\n') });
  assert.deepEqual(doc.quotes.map((q) => [q.speaker.mention?.text, q.speaker.name, q.speaker.kind, q.speaker.resolved]), [
    ['Li Lifan', 'Li Lifan', 'person', false],
    ['Li', 'Li Lifan', 'person', false],
    ['the expert', 'Li Lifan', 'person', true],
    ['He', 'Li Lifan', 'person', true],
  ]);
  assert.equal(doc.quotes[0]!.speaker.affiliation, 'Upper Institute of Social Sciences');
});

test('quotes: speaker kinds for groups, unnamed sources, organisations and the unknown', () => {
  const cases: [string, string, string | null][] = [
    ['Chinese experts say the idea is a sign of goodwill.', 'group', 'Chinese experts'],
    ['Russian and US officials said the two sides were close.', 'group', 'Russian and US officials'],
    ['However, some sources said that Russian officials had doubts.', 'unnamed', 'some sources'],
    ['The Russian and Chinese Ministry of Foreign Affairs said the countries agreed.', 'organization', 'Russian and Chinese Ministry of Foreign Affairs'],
    ['A spokesman for the ministry said the talks failed.', 'unnamed', 'spokesman for the ministry'],
  ];
  for (const [text, kind, name] of cases) {
    const [q] = read(text).quotes;
    assert.deepEqual([q?.speaker.kind, q?.speaker.name], [kind, name], text);
  }
});

test('quotes: a quote-only paragraph is a further fragment of the record before; an open run one of the record named at its end', () => {
  const doc = read([
    '"We have hired more police officers this year," Mayor Tom Smith said.',
    '"The results show it in every district of the city."',
    '"The budget is balanced and the debt is falling.',
    '"We will keep it that way," Finance Minister Ana Lopez added.',
  ].join('\n'));
  assert.deepEqual(doc.quotes.map((q) => [q.layout, q.speaker.name, q.content.length]), [
    ['quote-then-speaker', 'Tom Smith', 2],
    ['quote-then-speaker', 'Ana Lopez', 2],
  ]);
  assert.equal(doc.quotes[0]!.content[1]!.text, '"The results show it in every district of the city."');
  for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
});

test('quotes: an unclosed quote is read to the paragraph end with a message, and the mixed quote is kept', () => {
  const doc = read('Xi Jinping gave a speech, declaring that the military was determined and "ready to fight against anything.');
  assert.deepEqual(brief(doc).map((q) => [q.type, q.speaker, q.cue]), [['mixed', 'Xi Jinping', 'declaring']]);
  assert.ok(doc.quotes[0]!.content[0]!.text.includes('ready to fight against anything'));
  assert.deepEqual(doc.messages.filter((m) => m.stage === 'quotes').map((m) => [m.level, m.rule]), [['info', 'quote-pairing']]);
});

test('quotes: stance says why, from the content words', () => {
  const [q] = read('President Vladimir Putin said it was "quite possible" theoretically.').quotes;
  assert.equal(q!.stance!.label, 'hedged');
  assert.deepEqual(q!.stance!.cues.map((c) => c.text), ['quite possible', 'theoretically']);
});

test('quotes: a record says its form, from its cue class; "asked whether" is a question', () => {
  const cases: [string, string][] = [
    ['The minister said the plan failed.', 'statement'],
    ['She asked whether the plan had failed.', 'question'],
    ['He believes the plan failed.', 'belief'],
    ['They support the mayor.', 'stance'],
    ['The poll shows the mayor is ahead.', 'evidence'],
    ['Officials expressed concern about the vote.', 'statement'],
  ];
  for (const [text, form] of cases) assert.deepEqual(read(text).quotes.map((q) => q.form), [form], text);
});

test('quotes: every span is the text it covers', () => {
  const doc = read('"A," he said. Officials say the plan failed, according to Reuters.\n"B and C and D," she said.');
  for (const q of doc.quotes) {
    for (const span of [q, ...q.content, ...(q.cue ? [q.cue] : []), ...(q.speaker.mention ? [q.speaker.mention] : [])]) {
      assert.equal(doc.text.slice(span.start, span.end), span.text);
    }
  }
});

test('quotes: pathological input ends quickly with messages, not exceptions', () => {
  const unbalanced = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 'He said "yes' : i % 3 === 1 ? 'no” she said.' : '«maybe')).join(' ');
  const huge = 'Officials said the plan "would work," and '.repeat(25_000) + 'that was all.';
  const nested = '"He said \'she told me “they said «it is over» today” again\' twice," the officer said.';
  const started = performance.now();
  for (const text of [unbalanced, huge, nested, '"'.repeat(5000), '“'.repeat(5000)]) {
    const doc = read(text);
    for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  }
  const ms = performance.now() - started;
  assert.ok(ms < 60_000, `took ${Math.round(ms)} ms`);
  assert.ok(read(unbalanced).messages.some((m) => m.rule === 'quote-pairing'));
});
