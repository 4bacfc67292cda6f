import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { has, syntaxOf, WORD, type Syntax, type TokenRange } from '../../model/index.ts';
import { firstDateline } from './datelines.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax'));

function read(text: string): { syntax: Syntax; at: (r: TokenRange | null) => string | null } {
  const doc = pipeline.analyzeWorking({ text });
  const syntax = syntaxOf(doc);
  return { syntax, at: (r) => (r ? text.slice(doc.tokens[r.first]!.start, doc.tokens[r.last]!.end) : null) };
}

test('syntax: wire datelines are read with place, regions, date and agency; headlines and names are not datelines', () => {
  const cases: [string, [string, string, string[], string | null, string | null] | null][] = [
    ['CAIRO (AP) — Egypt’s president said talks would resume.', ['CAIRO (AP) —', 'CAIRO', [], null, 'AP']],
    ['UNITED NATIONS, Sept. 23 (Xinhua) -- The U.N. chief said he was worried.', ['UNITED NATIONS, Sept. 23 (Xinhua) --', 'UNITED NATIONS', [], 'Sept. 23', 'Xinhua']],
    ['BRUSSELS (Reuters) - EU ministers agreed on a plan.', ['BRUSSELS (Reuters) -', 'BRUSSELS', [], null, 'Reuters']],
    ['CANBERRA, Australia (AP)_ Turning its back on the crown, the convention voted.', ['CANBERRA, Australia (AP)_', 'CANBERRA', ['Australia'], null, 'AP']],
    ['NEWARK, N.J. _ A new task force began work.', ['NEWARK, N.J. _', 'NEWARK', ['N.J.'], null, null]],
    ['WASHINGTON _ The economy created jobs.', ['WASHINGTON _', 'WASHINGTON', [], null, null]],
    ['LONDON 1996-08-30', ['LONDON 1996-08-30', 'LONDON', [], '1996-08-30', null]],
    ['CAMP DAVID, Maryland, Aug. 18 (Yonhap) -- Leaders agreed.', ['CAMP DAVID, Maryland, Aug. 18 (Yonhap) --', 'CAMP DAVID', ['Maryland'], 'Aug. 18', 'Yonhap']],
    ['KYIV, Ukraine, Oct. 3, 2022 (AP) — Troops advanced.', ['KYIV, Ukraine, Oct. 3, 2022 (AP) —', 'KYIV', ['Ukraine'], 'Oct. 3, 2022', 'AP']],
    ['Nusa Dua (Indonesia) (AFP) - Leaders met.', ['Nusa Dua (Indonesia) (AFP) -', 'Nusa Dua', ['Indonesia'], null, 'AFP']],
    ['Hanoi (VNA) – The minister met his counterpart.', ['Hanoi (VNA) –', 'Hanoi', [], null, 'VNA']],
    ['ISLAMABAD, May 15 (APP): The minister met the envoy.', ['ISLAMABAD, May 15 (APP):', 'ISLAMABAD', [], 'May 15', 'APP']],
    ['GENEVA, 10th June 2016 (WAM) – The agency delivered food.', ['GENEVA, 10th June 2016 (WAM) –', 'GENEVA', [], '10th June 2016', 'WAM']],
    ['MOSCOW, March 1st. /tass/. Russia values the position.', ['MOSCOW, March 1st. /tass/.', 'MOSCOW', [], 'March 1st', 'tass']],
    // copy that lost the dash: a known place in capitals and a date before the sentence's first word
    ['TOKYO, Oct 5 Japan’s exports rose again.', ['TOKYO, Oct 5', 'TOKYO', [], 'Oct 5', null]],
    // Not datelines: sports and digest headlines, a name in capitals, a sentence that starts with a city,
    // a mixed-case place without an agency, a headline in capitals, a wire tag.
    ['GOLF - SCORES AT WORLD SERIES OF GOLF.', null],
    ['PRESS DIGEST - Iraq - Aug 22.', null],
    ['NATO - the alliance said it would meet.', null],
    ['Cairo (AP) said nothing.', null],
    ['Cairo is hot in August.', null],
    ['Paris, March 14 - a day to remember.', null],
    ['Paris, March 14 The day was remembered.', null],
    ['PRESS DIGEST, Aug 22 Iraq tops the papers.', null],
    ['LAVROV: MOSCOW VALUES BEIJING\'S BALANCED POSITION', null],
    ['UPDATE 2-CHINA SAYS U.S. CHIP CURBS "BULLYING"', null],
  ];
  for (const [text, expected] of cases) {
    const { syntax, at } = read(text);
    const got = syntax.datelines.map((d) => [at(d), at(d.place), d.regions.map(at), at(d.date), at(d.agency)]);
    assert.deepEqual(got, expected ? [expected] : [], text);
  }
});

test('syntax: a dateline is never a subject, and its words are in no verb group', () => {
  const cases: [string, string, string][] = [
    ['CAIRO (AP) — Egyptian police arrested three men on Sunday.', 'arrested', 'Egyptian police'],
    ['UNITED NATIONS, Sept. 23 (Xinhua) -- The U.N. chief said he was worried.', 'said', 'The U.N. chief'],
    ['BRUSSELS (Reuters) - EU ministers agreed on a plan.', 'agreed', 'EU ministers'],
    ['WASHINGTON _ The economy created jobs.', 'created', 'The economy'],
  ];
  for (const [text, verb, subject] of cases) {
    const { syntax, at } = read(text);
    const group = syntax.verbGroups.find((g) => at(g) === verb);
    assert.equal(at(group?.subject ?? null), subject, text);
    for (const d of syntax.datelines) for (let i = d.first; i <= d.last; i++) assert.equal(syntax.verbGroupAt(i), null, `${text}: ${syntax.words[i]!.text}`);
    assert.ok(syntax.inDateline(0) && !syntax.inDateline(syntax.words.length - 1));
  }
});

test('syntax: verb groups carry lemma, tense, negation, modal and voice', () => {
  const cases: [string, string, Partial<{ lemma: string; tense: string; negated: boolean; modal: string | null; passive: boolean; finite: boolean }>][] = [
    ['The minister did not say whether talks were canceled.', 'did not say', { lemma: 'say', tense: 'past', negated: true, modal: null, finite: true }],
    ['The minister did not say whether talks were canceled.', 'were canceled', { lemma: 'cancel', tense: 'past', passive: true }],
    ['Officials said talks would resume on Monday.', 'would resume', { lemma: 'resume', tense: 'future', modal: 'would', negated: false }],
    ['Rebels have never attacked the capital.', 'have never attacked', { lemma: 'attack', negated: true, passive: false }],
    ['They plan to meet in March.', 'plan to meet', { lemma: 'meet', tense: 'future' }],
    // A bare verb after "and" shares the future of the chain it is joined to, and only a future.
    ['Talks will resume next week and run until October 7.', 'run', { lemma: 'run', tense: 'future' }],
    ['Talks resumed last week and run until October 7.', 'run', { tense: 'none' }],
    ['The envoys will arrive Monday and they meet the king on Tuesday.', 'meet', { tense: 'none' }],
    // Irregular participles are passive too; a verb after "was to" is not.
    ['The president was held by soldiers.', 'was held', { lemma: 'hold', passive: true }],
    ['The convoy was hit by a mortar.', 'was hit', { lemma: 'hit', passive: true }],
    ['The envoy was sent to Cairo.', 'was sent', { lemma: 'send', passive: true }],
    ['The soldiers held the president.', 'held', { lemma: 'hold', passive: false }],
    ['The minister is going to Cairo.', 'is going', { passive: false }],
    ['The envoy was to meet the king.', 'was to meet', { lemma: 'meet', passive: false }],
    ['Police say the suspect confessed.', 'say', { lemma: 'say', tense: 'none', finite: false }],
    ['Police must release him.', 'must release', { lemma: 'release', modal: 'must', finite: true }],
  ];
  for (const [text, group, expected] of cases) {
    const { syntax, at } = read(text);
    const g = syntax.verbGroups.find((x) => at(x) === group);
    assert.ok(g, `${text}: no group "${group}" in ${syntax.verbGroups.map((x) => at(x)).join(' | ')}`);
    assert.deepEqual(Object.fromEntries(Object.keys(expected).map((k) => [k, g[k as keyof typeof g]])), expected, text);
  }
});

test('syntax: the subject before a verb past asides and participles, and not across a clause word', () => {
  const cases: [string, string, string | null][] = [
    ['The court ruled on Monday, after lawmakers argued the law was void.', 'argued', 'lawmakers'],
    ['The talks stalled, because negotiators disagreed.', 'disagreed', 'negotiators'],
    ['US Senator Charles Schumer, of New York said so.', 'said', 'US Senator Charles Schumer'],
    // A long comma-set prepositional aside (prepositionalAsideBefore); not one opened by a clause word.
    ['The mayor, in a long speech to the council of the city on the future of its port on Friday, said taxes would rise.', 'said', 'The mayor'],
    ['The mayor spoke, because of the storm in the north of the country on Friday, said aides.', 'said', null],
    ['The statement carried by KCNA said the drills were a provocation.', 'said', 'The statement carried by KCNA'],
    ['A report released by the ministry said prices rose.', 'said', 'A report released by the ministry'],
    // A passive verb's agent is not a participle's: the subject stays before the verb.
    ['The bill was passed by parliament on Monday.', 'was passed', 'The bill'],
  ];
  for (const [text, verb, subject] of cases) {
    const { syntax, at } = read(text);
    const group = syntax.verbGroups.find((g) => at(g) === verb);
    assert.equal(at(group?.subject ?? null), subject, text);
  }
});

test('syntax: noun chunks with heads, objects and prepositional attachments', () => {
  const { syntax, at } = read('Russian Defense Minister Sergey Shoigu sent troops to the border of Ukraine.');
  assert.deepEqual(syntax.chunks.map((c) => [at(c), syntax.words[c.head]!.text]), [
    ['Russian Defense Minister Sergey Shoigu', 'Shoigu'], ['troops', 'troops'], ['the border', 'border'], ['Ukraine', 'Ukraine'],
  ]);
  const sent = syntax.verbGroups.find((g) => at(g) === 'sent')!;
  assert.equal(at(sent.subject), 'Russian Defense Minister Sergey Shoigu');
  assert.equal(at(sent.object), 'troops');
  const pps = syntax.attachments.map((a) => [syntax.words[a.prep]!.text, at(syntax.chunks[a.object]!), a.host?.kind ?? null]);
  assert.deepEqual(pps, [['to', 'the border', 'chunk'], ['of', 'Ukraine', 'chunk']]);
  // A pronoun is a chunk of its own; a determiner after a head opens a new chunk.
  assert.deepEqual(read('He gave the talks the support they needed.').syntax.chunks.length, 4);
});

test('syntax: appositions after a name, and none in a list of names', () => {
  const cases: [string, [string, string, string][]][] = [
    ['Jane Doe, Canada’s minister of foreign affairs, did not comment.', [['Jane Doe', 'Canada’s minister of foreign affairs', 'noun']]],
    ['"Prices will fall," said Anna Berg, from the Stockholm School of Economics.', [['Anna Berg', 'from the Stockholm School of Economics', 'prepositional']]],
    ['Li Lifan, an expert at the institute, said the alliance was remote.', [['Li Lifan', 'an expert at the institute', 'noun']]],
    ['One of the negotiators, Fuad Masoum, says talks went well.', [['the negotiators', 'Fuad Masoum', 'noun']]],
    // a hyphened given name whose second half the tagger reads as a noun; an abbreviation in brackets inside
    ['Seo Min-jung, director general for Asian affairs at the ministry, met him.', [['Seo Min-jung', 'director general for Asian affairs at the ministry', 'noun']]],
    // the tagger reads "Do" as a verb: the head is the name's last part, which ends the name's mention
    ['Lee Do-hoon, special representative for peace affairs, spoke.', [['hoon', 'special representative for peace affairs', 'noun']]],
    ['He met Cho Hyun, foreign minister of the Republic of Korea (ROK) in Beijing.', [['Cho Hyun', 'foreign minister of the Republic of Korea (ROK) in Beijing', 'noun']]],
    // a bracket that holds no abbreviation still ends the phrase
    ['He met Cho Hyun, foreign minister of the Republic of Korea (in Seoul) on Monday.', []],
    ['China, Russia, Iran and Syria met.', []],
    ['He bought apples, pears and plums.', []],
  ];
  for (const [text, expected] of cases) {
    const { syntax, at } = read(text);
    assert.deepEqual(syntax.appositions.map((a) => [at(a.head), at(a.apposition), a.kind]), expected, text);
  }
});

test('syntax: the title before a name, with its country and agent code; a lone nationality is no title', () => {
  const cases: [string, string, { span: string; role: string | null; country: string | null; agent: string | null } | null][] = [
    ['Russian Defense Minister Sergey Shoigu said so.', 'Sergey', { span: 'Russian Defense Minister', role: 'Defense Minister', country: 'RUS', agent: 'GOVMIL' }],
    ['In his memoirs, former US national security adviser John Bolton wrote it.', 'John', { span: 'former US national security adviser', role: 'former US national security adviser', country: 'USA', agent: 'GOVMIL' }],
    ['South Korean President Yoon Suk Yeol arrived.', 'Yoon', { span: 'South Korean President', role: 'President', country: 'KOR', agent: 'GOV' }],
    ["Germany's Steinmeier in Kenya", 'Steinmeier', { span: "Germany's", role: null, country: 'DEU', agent: null }],
    ['Arab League Secretary-General Ahmed Aboul Gheit said so.', 'Ahmed', { span: 'Secretary-General', role: 'Secretary-General', country: null, agent: null }],
    ['Singaporean Minister for Defence Ng Eng Hen held talks.', 'Ng', { span: 'Singaporean Minister for Defence', role: 'Minister for Defence', country: 'SGP', agent: 'GOVMIL' }],
    // A country phrase of three words; country words in lower case; words outside ASCII before a title.
    ['Republic of Korea President Yoon Suk Yeol arrived.', 'Yoon', { span: 'Republic of Korea President', role: 'President', country: 'KOR', agent: 'GOV' }],
    ['south korean President Yoon Suk Yeol arrived.', 'Yoon', { span: 'south korean President', role: 'President', country: 'KOR', agent: 'GOV' }],
    ['Zürich Police Chief Hans Meier said so.', 'Hans', { span: 'Police Chief', role: 'Police Chief', country: null, agent: 'COP' }],
    // Read over the courtesy titles between title and name; "of" before a country joins the title.
    ['Prime Minister Tan Sri Muhyiddin Yassin arrived.', 'Muhyiddin', { span: 'Prime Minister', role: 'Prime Minister', country: null, agent: 'GOV' }],
    ['The Emir of Qatar Sheikh Tamim Hamad Al-Thani called.', 'Tamim', { span: 'Emir of Qatar', role: 'Emir of Qatar', country: 'QAT', agent: 'GOV' }],
    ['Prime Minister of India Narendra Modi spoke.', 'Narendra', { span: 'Prime Minister of India', role: 'Prime Minister of India', country: 'IND', agent: 'GOV' }],
    // A posting "to" a place is part of the title; its place is where he serves, not his country.
    ['He summoned Japanese Ambassador to Seoul Yasumasa Nagamine on Tuesday.', 'Yasumasa', { span: 'Japanese Ambassador to Seoul', role: 'Ambassador to Seoul', country: 'JPN', agent: 'GOV' }],
    ['He summoned Ambassador to Japan Yasumasa Nagamine on Tuesday.', 'Yasumasa', { span: 'Ambassador to Japan', role: 'Ambassador to Japan', country: null, agent: 'GOV' }],
    ['He sent troops to Iraq John Smith said.', 'John', null],
    ['Chinese experts were cautious.', 'experts', null],
    ['South Korean experts were cautious.', 'experts', null],
    ['John Bolton wrote it.', 'John', null],
    // No title: a courtesy title alone, "of" after a word that is no title, a title before "of" and no country.
    ['Sheikh Tamim Hamad Al-Thani called.', 'Tamim', null],
    ['The Russian-backed Mr. Yushchenko won.', 'Yushchenko', null],
    ['Thousands of Qatar Airways passengers waited.', 'Airways', null],
    ['The Minister of Defence Ng Eng Hen spoke.', 'Ng', { span: 'Minister of Defence', role: 'Minister of Defence', country: null, agent: 'GOVMIL' }],
  ];
  for (const [text, word, expected] of cases) {
    const { syntax } = read(text);
    const title = syntax.titleBefore(syntax.words.findIndex((w) => w.text === word));
    assert.deepEqual(title && { span: title.span.text, role: title.role, country: title.country, agent: title.agent }, expected, text);
  }
});

test('syntax: word classes by a token\'s text and tag: quotation marks, punctuation, capitals in and outside ASCII, closed classes', () => {
  const { syntax } = read('"WHO said Éric Dupont’s aides, who met Israel\'s envoy -- and they ... talked," he said. Officials in Baghdad were not at their posts.');
  const cases: [string, number, number][] = [
    // word (its first occurrence), classes it has, classes it has not
    ['"', WORD.QUOTE_MARK, WORD.NOMINAL | WORD.CAPITAL],
    ['WHO', WORD.CAPITAL | WORD.NOMINAL | WORD.BOUNDARY, WORD.CLAUSE_WORD],
    ['who', WORD.CLAUSE_WORD | WORD.BOUNDARY, WORD.NOMINAL | WORD.CAPITAL],
    ['Éric', WORD.CAPITAL | WORD.NOMINAL | WORD.HEAD, WORD.QUOTE_MARK],
    ['’s', WORD.NOMINAL, WORD.HEAD | WORD.QUOTE_MARK],
    [',', WORD.COMMA, WORD.NOMINAL],
    ['--', WORD.DASH, WORD.FINAL],
    ['...', WORD.FINAL, WORD.DASH],
    ['they', WORD.PERSONAL | WORD.NOMINAL | WORD.HEAD, WORD.CAPITAL | WORD.POSSESSIVE],
    ['their', WORD.POSSESSIVE, WORD.PERSONAL | WORD.CAPITAL],
    ['not', WORD.NEGATOR, WORD.NOMINAL | WORD.POSSESSIVE],
    ['talked', WORD.VERB | WORD.INFLECTED, WORD.NOMINAL],
    ['in', WORD.INNER_ADP, WORD.NOMINAL],
    ['were', WORD.VERB | WORD.INFLECTED, WORD.HEAD],
    ['said', WORD.VERB, WORD.INFLECTED],
  ];
  for (const [text, present, absent] of cases) {
    const w = syntax.words.find((x) => x.text === text)!;
    assert.equal(w.flags & present, present, `${text} has`);
    assert.equal(w.flags & absent, 0, `${text} has not`);
  }
});

test('syntax: word classes are read once; time conjunctions that head a phrase are marked', () => {
  const { syntax } = read('Talks resumed after talks with Israel, and after Israel attacked, they stopped.');
  const afters = syntax.words.filter((w) => w.lower === 'after');
  assert.deepEqual(afters.map((w) => has(w, WORD.TIME_PREPOSITION)), [true, false]);
  assert.equal(syntax.tokenAt(syntax.words[2]!.start), 2);
  assert.equal(syntax.tokenAt(syntax.words[2]!.start + 1), -1);
});

test('syntax: clause boundaries around a word; "after" heading a phrase ends no clause; facts after "that"', () => {
  const { syntax } = read('Israel attacked Gaza after talks with Egypt, but Hamas said that it has withdrawn.');
  const ws = syntax.words;
  const at = (w: string) => ws.findIndex((x) => x.text === w);
  const none = () => false;
  assert.equal(syntax.clauseEndAfter(ws, at('attacked'), ws.length, none), at('but'));
  assert.equal(syntax.clauseStartBefore(ws, at('said'), 40, none), at('Hamas'));
  // What the caller counts as a boundary (a reporting verb) ends a clause too.
  const reported = read('Hamas said it has withdrawn.').syntax.words;
  const said = reported.findIndex((x) => x.text === 'said');
  assert.equal(syntax.clauseStartBefore(reported, reported.length - 2, 40, (k) => k === said), said + 1);
  assert.equal(syntax.clauseStartBefore(reported, reported.length - 2, 40, none), 0);
  assert.equal(syntax.statesFact(ws, at('that'), 8), true);
  const demand = read('They demanded that Israel withdraw.').syntax;
  assert.equal(demand.statesFact(demand.words, demand.words.findIndex((x) => x.text === 'that'), 8), false);
});

// The first dateline of a text, its city and regions as written: what the dates stage reads a convention from.
const DATELINE_PLACES: [string, string, string[] | null][] = [
  ['capitals and a double dash', 'SEOUL, South Korea -- A Seoul official says', ['SEOUL', 'South Korea']],
  ['date and agency', 'ANKARA, March 31 (Reuters) - Turkey is working', ['ANKARA']],
  ['agency after a mixed-case place', 'Jakarta (ANTARA) - The power is back', ['Jakarta']],
  ['Tass style', 'BEIJING, June 22nd. /tass/. The United States', ['BEIJING']],
  ['US state', 'BUFFALO, N.Y. (AP) -- About 500 people attended', ['BUFFALO', 'N.Y.']],
  ['a known place alone', 'WASHINGTON — The Senate voted', ['WASHINGTON']],
  ['region and date', 'CEBU, Philippines, Dec. 6 (Xinhua) -- World leaders', ['CEBU', 'Philippines']],
  ['after a headline', 'Koreas agree to talks\nSEOUL, South Korea -- A Seoul official says', ['SEOUL', 'South Korea']],
  ['no dateline: a headline', 'North, South Korea agree to talks for first time', null],
  ['no dateline: a capitalised word before a hyphenated word', 'Russian-made jets - the report says', null],
  ['no dateline: an ordinary sentence', 'The ministry said on Friday that talks - if any - would wait.', null],
];

for (const [name, text, expected] of DATELINE_PLACES) {
  test(`first dateline places: ${name}`, () => {
    const d = firstDateline(text, (place) => place === 'WASHINGTON');
    assert.deepEqual(d && [d.place, ...d.regions].map((r) => text.slice(r.start, r.end)), expected);
  });
}
