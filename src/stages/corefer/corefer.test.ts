import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';
import { derivedAliases, titledForm, untitledWords } from './corefer.ts';
import { loadNameHeads } from '../../lexicons/entities/name-heads.ts';
import { actingIt, soleSubject } from './references.ts';
import { entityLexicons } from '../../lexicons/entities/entity-lexicons.ts';

const pipeline = buildPipeline(stagesThrough('corefer'));

test('short forms of a person join the full name, which becomes canonical', () => {
  const doc = pipeline.analyze({ text: 'Merkel arrived late. Chancellor Angela Merkel said the talks went well. Merkel left on Friday.' });
  const merkel = doc.entities.filter((e) => e.name === 'Angela Merkel');
  assert.equal(merkel.length, 1);
  assert.equal(merkel[0]!.mentions.length, 3);
  assert.ok(merkel[0]!.aliases.includes('Merkel'));
  assert.ok(doc.mentions.every((m) => m.entity !== null));
});

test('a family name written first joins its full name', () => {
  const doc = pipeline.analyze({ text: '"Trade will grow," said Wang Yi, from the Beijing Institute of Economics. Wang said exports rose.' });
  const wang = doc.entities.find((e) => e.name === 'Wang Yi');
  assert.ok(wang, JSON.stringify(doc.entities.map((e) => e.name)));
  assert.ok(wang.aliases.includes('Wang'));
});

test('an acronym in parentheses and its later uses join the expansion', () => {
  const doc = pipeline.analyze({ text: 'Both signed the Strategic Arms Limitation Treaty (SALT) in 1972. SALT limited missiles.' });
  const salt = doc.entities.filter((e) => e.type === 'LAW');
  assert.equal(salt.length, 1);
  assert.equal(salt[0]!.name, 'Strategic Arms Limitation Treaty');
  assert.ok(salt[0]!.aliases.includes('SALT'));
  assert.equal(salt[0]!.mentions.length, 3);
});

test('different people with different names stay apart; an unresolvable name is its own entity', () => {
  const doc = pipeline.analyze({ text: 'John Smith met Mary Jones. Brown said nothing.' });
  const people = doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(people, ['John Smith', 'Mary Jones', 'Brown']);
});

test('a nominal description resolves to the person introduced with that title and country', () => {
  const text = 'Chinese President Xi Jinping met Vladimir Putin. Later the Chinese President said trade grew.';
  const doc = pipeline.analyze({ text, published: '2019-06-05' });
  const nominal = doc.mentions.filter((m) => m.nominal);
  assert.deepEqual(nominal.map((m) => m.text), ['the Chinese President']);
  assert.equal(nominal[0]!.source, 'coreference');
  assert.equal(doc.entities.find((e) => e.id === nominal[0]!.entity)?.name, 'Xi Jinping');
  // No one was introduced as a Brazilian president: nothing is added.
  assert.equal(pipeline.analyze({ text: 'Xi Jinping met Putin. The Brazilian President was absent.' }).mentions.filter((m) => m.nominal).length, 0);
});

test('aliases are derived from inner acronyms and leading country words', () => {
  const lexicons = entityLexicons();
  assert.deepEqual(derivedAliases('Anti-Ballistic Missile (ABM) Treaty', 'LAW', lexicons), ['ABM', 'Anti-Ballistic Missile Treaty', 'ABM Treaty']);
  assert.deepEqual(derivedAliases('Indian Ministry of Defence', 'ORG', lexicons), ['Ministry of Defence']);
  assert.deepEqual(derivedAliases('Ministry of Defence', 'ORG', lexicons), []);
});

test('pronouns and descriptions in a speaker or actor place resolve to the entity they point back to', () => {
  const cases: [string, [string, string][]][] = [
    // A speaker's pronoun: who spoke last, even when another person was named in between.
    ['"Talks will go on," said Li Lifan. Putin is expected in Beijing. He said the alliance is remote.', [['He', 'Li Lifan']]],
    // A subject's pronoun with no one speaking before: the person last the subject of a clause.
    ['Angela Merkel arrived late. She said the talks went well.', [['She', 'Angela Merkel']]],
    // The subject of a that-clause does not displace the person its sentence is about; with none before it, it is the subject.
    ['Foreign Minister Pham Binh Minh met Lao Ambassador Sengphet Houngboungnuang. Minh expressed his hope that the ambassador will coordinate with Vietnamese agencies. He praised the ties.', [['the ambassador', 'Sengphet Houngboungnuang'], ['He', 'Pham Binh Minh']]],
    ['Police announced that Ahmed Ali fled the city. He crossed the border.', [['He', 'Ahmed Ali']]],
    // A description: the person introduced with that title, else who last spoke, when the role fits.
    ['Russian Defense Minister Sergei Ivanov says Russia will test a missile. The Russian minister told reporters it would fly.', [['The Russian minister', 'Sergei Ivanov']]],
    ['A senior police official, Saud Aziz, says four men were held. The official says they belong to a group.', [['The official', 'Saud Aziz']]],
    // An organisation described by its head word; "it" for the organisation that last spoke; "his office".
    ['The Ministry of Foreign Affairs said talks failed. The ministry said more talks were planned.', [['The ministry', 'Ministry of Foreign Affairs']]],
    ['The World Food Program said aid ran short. It said donors must act.', [['It', 'World Food Program']]],
    ['Prime Minister Ehud Olmert met the envoy. His office said the meeting went well.', [['His office', 'Ehud Olmert']]],
  ];
  for (const [text, expected] of cases) {
    const doc = pipeline.analyze({ text });
    const found = doc.mentions.filter((m) => m.source === 'coreference').map((m) => [m.text, doc.entities.find((e) => e.id === m.entity)!.name]);
    assert.deepEqual(found, expected, text);
  }
});

test('what does not point back to an entity stays unresolved', () => {
  const cases = [
    'He said the talks failed.',
    'Officials met on Monday. They said the talks failed.',
    'The expert said the alliance was remote.',
    'Spokeswoman Jane Doe said the talks failed. The minister said nothing.',
  ];
  for (const text of cases) {
    const doc = pipeline.analyze({ text });
    assert.deepEqual(doc.mentions.filter((m) => m.source === 'coreference').map((m) => m.text), [], text);
  }
});

test('canonical names: the fullest mixed-case form, a dateline agency by its name, a dateline place never merged with its agency', () => {
  const cases: [string, string[]][] = [
    ['Vilnius (AFP) - NATO leaders met in Vilnius.', ['Vilnius', 'Agence France-Presse', 'NATO']],
    ['TEHRAN (Reuters) - Iran said Tehran would respond.', ['Tehran', 'Reuters', 'Iran']],
    ['CAMP DAVID, Maryland (AP) — Leaders met.', ['Camp David', 'Maryland', 'Associated Press']],
    ['TALLAHASSEE, Fla. (AP) — Floods rose.', ['Tallahassee', 'Florida', 'Associated Press']],
    ['Stocks fell in the U.S. and the US dollar rose.', ['United States']],
    // A name in capitals in a sentence stays as written: an acronym, not a shout.
    ['The IAEA said inspectors left.', ['IAEA']],
  ];
  for (const [text, want] of cases) {
    const names = pipeline.analyze({ text }).entities.map((e) => e.name);
    assert.deepEqual(names, want, text);
  }
});

test('missedShortForms: a word of a person\'s full name the tagger missed later is that person; shared, placed or joined words are not', async (t) => {
  /** The mentions (text@entity name) that corefer added for missed short forms. */
  const added = (text: string) => {
    const doc = pipeline.analyze({ text, published: '2018-02-26' });
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    return doc.mentions.filter((m) => m.source === 'coreference' && !m.nominal).map((m) => `${m.text}@${names.get(m.entity!)}`);
  };
  const cases: [string, string[]][] = [
    ["South Korean President Moon Jae-in's top security aide held talks Monday with high-level North Korean delegates. The meeting came one day after Moon met Kim Yong-chol.", ['Moon@Moon Jae-in']],
    // negative: two persons answer to "Kim"
    ['Kim Jong Un met Kim Yong-chol on Monday. The talks came after Kim met the delegates.', []],
    // negative: the word stands before the full name, or opens a sentence
    ['The meeting came after Moon met the delegates. South Korean President Moon Jae-in held talks on Monday.', []],
    // negative: a capitalised word beside it makes it part of another name
    ['South Korean President Moon Jae-in held talks on Monday. The Moon Landing museum opened.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(added(text), want));
});

test('soleSubject: a pronoun reaches the last subject a few paragraphs back when no one else was named or described since', async (t) => {
  const resolved = (text: string) => {
    const doc = pipeline.analyze({ text });
    return doc.mentions.filter((m) => m.source === 'coreference').map((m) => [m.text, doc.entities.find((e) => e.id === m.entity)!.name]);
  };
  const cases: [string, [string, string][]][] = [
    ['Antonio Guterres visited the quake zone.\nThe visit lasted two days.\nHe met local leaders.', [['He', 'Antonio Guterres']]],
    ['Antonio Guterres visited the quake zone.\nThe visit lasted two days.\nRelief was slow.\nHe met local leaders.', [['He', 'Antonio Guterres']]],
    // negatives: another person named since, a person described by a role since, too far back
    ['Antonio Guterres visited the quake zone.\nThe visit pleased Pervez Musharraf.\nHe met local leaders.', []],
    ["Antonio Guterres visited the quake zone.\nBolivar's state governor praised the visit.\nHe met local leaders.", []],
    ['Antonio Guterres visited the quake zone.\nThe visit lasted two days.\nRelief was slow.\nSnow fell.\nHe met local leaders.', []],
    // negative: "I" belongs to someone quoted, not to the subject a few paragraphs back
    ['Antonio Guterres visited the quake zone.\nThe visit lasted two days.\nI met local leaders.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(resolved(text), want));
  const reach: [number, boolean, boolean][] = [[0, true, true], [1, true, true], [2, false, true], [3, false, true], [2, true, false], [4, false, false]];
  for (const [back, other, want] of reach) await t.test(`${back} paragraphs back, another person ${other}`, () => assert.equal(soleSubject(back, other), want));
});

test('possessedBy: a person who only owns the head of a subject gives way to the person named after it', async (t) => {
  const resolved = (text: string) => {
    const doc = pipeline.analyze({ text });
    return doc.mentions.filter((m) => m.source === 'coreference').map((m) => [m.text, doc.entities.find((e) => e.id === m.entity)!.name]);
  };
  const cases: [string, [string, string][]][] = [
    ["Vladimir Putin's spokesman Dmitry Peskov arrived late. He said talks failed.", [['He', 'Dmitry Peskov']]],
    ["Osama bin Laden's chief deputy, Ayman Zawahiri, was wounded.\nThe spokesman called the report baseless.", []],
    // negative: no one named after the possessor, which stays the subject
    ["Ali Larijani's appointment came on Monday. He will take a tougher stance.", [['He', 'Ali Larijani']]],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(resolved(text), want));
});

test('a description resolves to the person a noun apposition introduced with that role and country', async (t) => {
  const resolved = (text: string) => {
    const doc = pipeline.analyze({ text, published: '2023-05-02' });
    return doc.mentions.filter((m) => m.nominal && /^the /i.test(m.text)).map((m) => `${m.text}:${doc.entities.find((e) => e.id === m.entity)?.name}`);
  };
  const cases: [string, string[]][] = [
    // the apposition after the name, and before it; a person named since (the last subject) is passed over
    ['Ali Hassan, Kenya\'s interior minister, spoke. Opposition leader Joseph Mwangi replied. Later Mwangi left. The minister criticized the protesters.', ['The minister:Ali Hassan']],
    ['Kenya\'s interior minister, Ali Hassan, spoke. Opposition leader Joseph Mwangi replied. Later Mwangi left. The Kenyan minister criticized the protesters.', ['The Kenyan minister:Ali Hassan']],
    // negatives: a role the apposition does not hold; a country it does not name
    ['Ali Hassan, Kenya\'s interior minister, spoke. Opposition leader Joseph Mwangi replied. The general criticized the protesters.', []],
    ['Ali Hassan, Kenya\'s interior minister, spoke. Opposition leader Joseph Mwangi replied. The Ugandan minister criticized the protesters.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(resolved(text), want));
});

test('ageDescription: "the 62-year-old" in an actor place is the person in view, whatever role the person was given', async (t) => {
  const resolved = (text: string) => {
    const doc = pipeline.analyze({ text, published: '2020-12-10' });
    return doc.mentions.filter((m) => m.nominal).map((m) => `${m.text}:${doc.entities.find((e) => e.id === m.entity)?.name}`);
  };
  const cases: [string, string[]][] = [
    ['Opposition leader John Mahama rejected the results. "The vote was rigged," the 62-year-old said.', ['the 62-year-old:John Mahama']],
    ['Opposition leader John Mahama rejected the results. The 62-year-old also accused the president of fraud.', ['The 62-year-old:John Mahama']],
    // negatives: an age before a noun is no person; no person in view; a year alone is no age
    ['Opposition leader John Mahama rejected the results. The 62-year-old law was repealed.', []],
    ['The results were rejected. The 62-year-old also accused the president of fraud.', []],
    ['Opposition leader John Mahama rejected the results. The year ended with protests.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(resolved(text), want));
});

test('titledForm: a name with the courtesy titles written right before it; none where no title stands there', () => {
  const { courtesyTitles } = loadNameHeads();
  const form = (text: string, name: string) => {
    const start = text.lastIndexOf(name);
    return titledForm(text, { start, end: start + name.length }, courtesyTitles);
  };
  const cases: [string, string, string | null][] = [
    ['Prime Minister Sheikh Hasina Wajed said', 'Hasina Wajed', 'Sheikh Hasina Wajed'],
    ['Prime Minister Tan Sri Muhyiddin Yassin arrived', 'Muhyiddin Yassin', 'Tan Sri Muhyiddin Yassin'],
    ['met (H.E. Sheikh Tamim) on Monday', 'Tamim', 'H.E. Sheikh Tamim'],
    ['Supreme Leader Ayatollah Khamenei', 'Khamenei', 'Ayatollah Khamenei'],
    // negative: a title word inside the name, a lower-case noun, no title at all
    ['Ahmed Haji Hassan said', 'Ahmed Haji Hassan', null],
    ['the sheikh Hassan said', 'Hassan', null],
    ['President Joko Widodo said', 'Joko Widodo', null],
  ];
  for (const [text, name, want] of cases) assert.equal(form(text, name), want, text);
});

test('the titled form is an alias of the person, the canonical name leaves the titles out', () => {
  const doc = pipeline.analyze({ text: 'Datuk Seri Anwar Ibrahim met Sheikh Tamim Hamad Al Thani. Anwar said Sheikh Tamim agreed.' });
  const people = doc.entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.mentions.length, e.aliases.filter((a) => /Datuk|Sheikh/.test(a))]);
  assert.deepEqual(people, [['Anwar Ibrahim', 2, ['Datuk Seri Anwar Ibrahim']], ['Tamim Hamad Al Thani', 2, ['Sheikh Tamim Hamad Al Thani', 'Sheikh Tamim']]]);
});

test('actingIt: "It" opening a sentence, as the subject of an act, is the organisation that spoke just before', async (t) => {
  const resolved = (text: string) => {
    const doc = pipeline.analyze({ text });
    return doc.mentions.filter((m) => m.source === 'coreference').map((m) => `${m.text}:${doc.entities.find((e) => e.id === m.entity)?.name}`);
  };
  const cases: [string, string[]][] = [
    ['The World Food Program said aid ran short. It sent trucks to the border.', ['It:World Food Program']],
    ['The World Food Program said aid ran short. It has sent trucks to the border.', ['It:World Food Program']],
    // negatives: the expletive "it" (also after a reporting verb); a second organisation named since; two sentences
    // back; "it" inside a sentence
    ['The World Food Program said aid ran short. It is expected that trucks will leave.', []],
    ['The World Food Program said aid ran short. It seems the border stays shut.', []],
    ['The World Food Program said UNICEF trucks ran short. It sent more trucks.', []],
    ['The World Food Program said aid ran short. It is expected to send trucks.', []],
    ['The World Food Program said aid ran short. Trucks waited. It sent more trucks.', []],
    ['The World Food Program said aid ran short, and it sent trucks.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(resolved(text), want));
});

test('untitledWords: a mention not typed a person, past the titles of office leading it, is the one word left', async (t) => {
  const titles = new Set(['FM', 'PM', 'PRESIDENT', 'DEPUTY']);
  const cases: [string, string[], 'PERSON' | 'ORG', string[]][] = [
    ['an abbreviated title before a surname', ['fm', 'minh'], 'ORG', ['minh']],
    ['two titles before a surname', ['deputy', 'pm', 'minh'], 'ORG', ['minh']],
    // negatives: a person mention keeps its words; two words left; no title; a title alone
    ['a person mention', ['president', 'biden'], 'PERSON', ['president', 'biden']],
    ['two words after the title', ['pm', 'narendra', 'modi'], 'ORG', ['pm', 'narendra', 'modi']],
    ['no title', ['radio', 'free'], 'ORG', ['radio', 'free']],
    ['a title alone', ['fm'], 'ORG', ['fm']],
  ];
  for (const [name, mw, type, want] of cases) await t.test(name, () => assert.deepEqual(untitledWords(mw, type, titles), want));
});

test('"FM Minh" tagged as an organisation joins the person it names; with no such person it stays as tagged', async (t) => {
  const typed = (text: string, name: string) => {
    const doc = pipeline.analyze({ text });
    const m = doc.mentions.find((x) => x.text === name)!;
    const e = doc.entities.find((x) => x.id === m.entity)!;
    return `${m.type}:${e.name}`;
  };
  const cases: [string, string][] = [
    ['Foreign Minister Pham Binh Minh met the envoy. Later, Deputy PM and FM Minh received the ambassador.', 'PERSON:Pham Binh Minh'],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.equal(typed(text, 'FM Minh'), want));
  await t.test('no person named Minh', () => {
    const doc = pipeline.analyze({ text: 'Foreign Minister Pham Binh Nguyen met the envoy. Later, Deputy PM and FM Minh received the ambassador.' });
    const m = doc.mentions.find((x) => x.text.endsWith('Minh'))!;
    assert.equal(doc.entities.find((e) => e.id === m.entity)!.name, m.text);
  });
});

test('object pronouns: "him" and object "her" are the person in view who is not their clause\'s subject', async (t) => {
  const resolved = (text: string) => {
    const doc = pipeline.analyze({ text });
    return doc.mentions.filter((m) => m.source === 'coreference').map((m) => `${m.text}:${doc.entities.find((e) => e.id === m.entity)?.name}`);
  };
  const cases: [string, string[]][] = [
    // Not the clause's own subject: the other person in view.
    ['John Smith met Peter Brown. He discussed trade with him.', ['He:John Smith', 'him:Peter Brown']],
    // The subject of an inner clause is passed over; the main clause's person is not.
    ['Muhyiddin Yassin spoke with Sheikh Tamim on Monday. He added that Sheikh Tamim has also invited him to visit Qatar.', ['He:Muhyiddin Yassin', 'him:Muhyiddin Yassin']],
    ['Mary Jones arrived on Monday. The police arrested her.', ['her:Mary Jones']],
    // A gender a pronoun fixed: "her" is not the man "He" stood for.
    ['John Smith met Mary Jones. He thanked her for the visit.', ['He:John Smith', 'her:Mary Jones']],
    // negatives: a possessive "her", its clause's subject the only person, no person in view, too far back
    ['Mary Jones took her home.', []],
    ['Martina Hingis, playing in her first full event, won.', []],
    ['John Smith arrived. He thanked him.', ['He:John Smith']],
    ['The ministry said police arrested him.', []],
    ['John Smith arrived.\n\nTalks began.\n\nTrade grew.\n\nPolice arrested him.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(resolved(text), want));
});
