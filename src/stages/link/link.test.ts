import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';
import { entityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { loadCommonWords } from '../../lexicons/common-words.ts';
import { armedBodyName, givenNameOnly, leadingPlace, untitledNames } from './link.ts';
import { agentPhrases, appositionOfName, type NounAppositions } from './stated.ts';
import type { Apposition, Word } from '../../model/index.ts';
import { withSingulars } from './actors.ts';

const pipeline = buildPipeline(stagesThrough('link'));
const entity = (text: string, name: string, published: string | null = '2019-06-05') => {
  const doc = pipeline.analyze({ text, published });
  const e = doc.entities.find((x) => x.name === name);
  assert.ok(e, `${name} not in ${doc.entities.map((x) => x.name).join(', ')}`);
  return e;
};

test('a title before the name states country, role and a CAMEO role code', () => {
  const cases: [string, string, string, string, string | null][] = [
    ['Indian Defence Minister Ravi Kumar visited the base.', 'Ravi Kumar', 'IND', 'Defence Minister', 'INDGOVMIL'],
    ['former French foreign minister Paul Martin wrote a book.', 'Paul Martin', 'FRA', 'former French foreign minister', null],
  ];
  for (const [text, name, country, role, code] of cases) {
    const e = entity(text, name);
    assert.equal(e.country, country, text);
    assert.equal(e.countrySource, 'stated');
    assert.equal(e.role, role);
    if (code) assert.equal(e.actorCode, code);
  }
});

test('the Phoenix dictionary gives the code valid at the publication date', () => {
  const e = entity('Vladimir Putin spoke on Tuesday.', 'Vladimir Putin', '2020-10-23');
  assert.equal(e.country, 'RUS');
  assert.equal(e.countrySource, 'dictionary');
  assert.equal(e.actorCode, 'RUSGOV');
});

test('places and demonyms get their country from the gazetteer', () => {
  const doc = pipeline.analyze({ text: 'Kenyan troops left Nairobi for Somalia.', published: null });
  const countries = Object.fromEntries(doc.entities.map((e) => [e.name, e.country]));
  assert.deepEqual(countries, { Kenyan: 'KEN', Nairobi: 'KEN', Somalia: 'SOM' });
});

test('an affiliation stated after a comma is kept', () => {
  const e = entity('"Prices will fall," said Anna Berg, from the Stockholm School of Economics.', 'Anna Berg');
  assert.equal(e.affiliation, 'Stockholm School of Economics');
});

test('unknown names get no country or code', () => {
  const e = entity('Zorbul Quenk arrived.', 'Zorbul Quenk');
  assert.equal(e.country, null);
  assert.equal(e.actorCode, null);
});

test('names missing from the gazetteer take the country a word of theirs states', () => {
  const cases: [string, string, string | null][] = [
    ['Bosnian Serbs shelled the town.', 'Bosnian Serbs', 'BIH'],
    ['Thousands of Iraqi Kurds marched.', 'Iraqi Kurds', 'IRQ'],
    ['Yugoslavia closed its border.', 'Yugoslavia', 'YUG'],
    ['The European Community gave aid.', 'European Community', null],
  ];
  for (const [text, name, country] of cases) assert.equal(entity(text, name, null).country, country, text);
  assert.equal(entity('The European Community gave aid.', 'European Community', null).actorCode, 'IGOEUREEC');
});

test('a person the dictionary writes in another romanisation is that person; entries that ended before the story leave the country and the stated role', () => {
  const cases: [string, string, string, string][] = [
    // MUHAMMAD ISHAQ DAR is PAKGOV until 2008 only: in 2024 the title's role and the dictionary's country
    ['Foreign Minister Mohammad Ishaq Dar met the envoy.', 'Mohammad Ishaq Dar', '2024-05-15', 'PAKGOV'],
    // ISMAIL SABRI YAACOB is MYSGOVBUS from 2009 on
    ['Ismail Sabri Yaakob thanked the envoy.', 'Ismail Sabri Yaakob', '2021-08-24', 'MYSGOVBUS'],
  ];
  for (const [text, name, published, code] of cases) {
    const e = entity(text, name, published);
    assert.equal(e.country, code.slice(0, 3), text);
    assert.equal(e.countrySource, 'dictionary', text);
    assert.equal(e.actorCode, code, text);
  }
  // A dictionary person with no entry then and no role stated is his country alone; a name one letter from no one's stays unknown.
  assert.equal(entity('Mohammad Ishaq Dar met the envoy.', 'Mohammad Ishaq Dar', '2024-05-15').actorCode, 'PAK');
  assert.equal(entity('Zorbul Quenk arrived.', 'Zorbul Quenk').actorCode, null);
});

test('placeBeforeTitle: a place or people named right before a title the title reader took no country word from gives the person its country', () => {
  const cases: [string, string, string | null][] = [
    // the gazetteer files PHILIPPINE among the places: the title reader leaves it out, the mention before the title is read
    ['Philippine President Ferdinand Marcos Jr held talks in Putrajaya.', 'Ferdinand Marcos Jr', 'PHL'],
    // no place before the title, or a word between: no country
    ['President Ferdinand Marcos Jr held talks in Putrajaya.', 'Ferdinand Marcos Jr', null],
    ['In Manila, President Ferdinand Marcos Jr held talks.', 'Ferdinand Marcos Jr', null],
  ];
  for (const [text, name, country] of cases) {
    const e = entity(text, name, '2023-07-26');
    assert.equal(e.country, country, text);
    if (country) assert.equal(e.actorCode, `${country}GOV`, text);
  }
});

test('a minister of any sector, and a ministry or department by its name, are GOV; a defence minister GOVMIL (news-agents.json governmentRoles)', () => {
  const cases: [string, string, string][] = [
    ["Abubakar Kyari, Nigeria's minister of agriculture and food security, said the deal would help.", 'Abubakar Kyari', 'NGAGOV'],
    ['The US Department of Commerce added 12 Chinese entities to the list.', 'US Department of Commerce', 'USAGOV'],
    ['Indian Defence Minister Ravi Kumar visited the base.', 'Ravi Kumar', 'INDGOVMIL'],
  ];
  for (const [text, name, code] of cases) assert.equal(entity(text, name, '2024-03-14').actorCode, code, text);
});

test('a surname alone and an Arabic article before the name reach the dictionary', () => {
  assert.equal(entity('President Reagan spoke.', 'Reagan', null).actorCode, 'USAGOV');
  const doc = pipeline.analyze({ text: 'Drones killed eight al-Qaeda leaders.', published: null });
  assert.ok(doc.entities.some((e) => e.actorCode === 'IMGMUSALQ'), doc.entities.map((e) => `${e.name}:${e.actorCode}`).join(', '));
});

test('a dateline place or agency is no actor; the same place in the story is', () => {
  const text = 'MOSCOW, Feb 15 (Reuters) - Moscow would respond, TASS said.';
  const doc = pipeline.analyzeWorking({ text, published: '2024-02-15' });
  const read = doc.actors!.flat().map((a) => text.slice(doc.tokens[a.first]!.start, doc.tokens[a.last]!.end));
  assert.ok(read.includes('Moscow'), read.join(', '));
  assert.ok(!read.some((r) => r === 'MOSCOW' || r === 'Reuters'), read.join(', '));
});

test('a capital that acts or speaks is its government; the same capital as a place is the place', () => {
  const cases: [string, string, string | null][] = [
    ['Washington has urged its allies to tighten controls.', 'Washington', 'USAGOV'],
    ['Beijing said the craft was civilian.', 'Beijing', 'CHNGOV'],
    ['China asked Washington to handle the matter calmly.', 'Washington', 'USAGOV'],
    ['Seoul and Tokyo are trying to mend ties.', 'Tokyo', 'JPNGOV'],
    // The place: after a preposition, or the object of an act.
    ['The president arrived in Tokyo on Thursday.', 'Tokyo', 'JPN'],
    ['Farmers said they would blockade Paris on Monday.', 'Paris', 'FRA'],
    // An infinitive of purpose after the object does not make the object its agent.
    ['Farmers said they would blockade Paris to demand lower fuel prices.', 'Paris', 'FRA'],
    ['Protesters surrounded Tokyo to press their claims.', 'Tokyo', 'JPN'],
    // Not a capital: a city that acts keeps its country.
    ['Shanghai said the port would reopen.', 'Shanghai', 'CHN'],
  ];
  for (const [text, name, code] of cases) {
    const doc = pipeline.analyzeWorking({ text, published: '2023-03-16' });
    const at = text.indexOf(name);
    const reading = doc.actors!.flat().find((a) => doc.tokens[a.first]!.start <= at && at < doc.tokens[a.last]!.end);
    assert.equal(reading?.code ?? null, code, text);
  }
});

test('what the text says next to a name codes it: apposition, possessive country, organisation before the title; it beats a stale dictionary role', () => {
  const cases: [string, string, string | null, string][] = [
    ["Ahmad Fauzi Rahman, Indonesia's deputy minister of trade, said the deal would help.", 'Ahmad Fauzi Rahman', 'IDNGOV', '2023-11-14'],
    ["Claire Whitmore, a spokesperson for Australia's foreign ministry, said it was a first step.", 'Claire Whitmore', 'AUSGOV', '2023-11-14'],
    ["Germany's Steinmeier arrived in Kenya.", 'Steinmeier', 'DEU', '2023-10-30'],
    ['Kremlin spokesman Dmitry Peskov told reporters the plan was a threat.', 'Dmitry Peskov', 'RUSGOV', '2024-02-15'],
    // The dictionary has Ng Eng Hen as education minister (SGPGOVEDU); the text makes him defence minister.
    ['Singaporean Defence Minister Ng Eng Hen held talks.', 'Ng Eng Hen', 'SGPGOVMIL', '2023-09-08'],
    // No apposition: a name in a list says nothing of the next one.
    ['Claire Whitmore, Marcus Ellery and others said it was good.', 'Claire Whitmore', null, '2023-11-14'],
  ];
  for (const [text, name, code, published] of cases) assert.equal(entity(text, name, published).actorCode, code, text);
});

/** The actor readings of a text: code and words, in order. */
const readings = (text: string, published = '2023-06-01') => {
  const doc = pipeline.analyzeWorking({ text, published });
  return doc.actors!.flat().map((a) => `${a.code}[${text.slice(doc.tokens[a.first]!.start, doc.tokens[a.last]!.end)}]`);
};

test('an agent with no country word of its own is `---` + role; only what the text ties to it gives one (AGENT_HOME_RULES)', () => {
  const cases: [string, string, string][] = [
    // the guidelines' examples: no country word attached, none borrowed from another actor of the sentence
    ['Rebels shelled the town.', 'Rebels', '---REB'],
    ['Israeli troops killed two rebels.', 'rebels', '---REB'],
    ['Mourners gathered in Vienna on Monday.', 'Mourners', '---CVL'],
    // of agent phrases of one length, the one written as in the text wins ("armed forces" MIL, not "armed force" UAF)
    ['Armed forces featured heavily, Mahama said.', 'Armed forces', '---MIL'],
    ['The Rwandan government accepted demands from Hutu rebels.', 'rebels', '---REB'],
    // place after the noun phrase
    ['Police in Japan said a teacher stabbed a girl.', 'Police', 'JPNCOP'],
    ['Police in Japan said a teacher stabbed a girl.', 'teacher', '---EDU'],
    ['Opposition groups in Zimbabwe demanded reforms.', 'Opposition', 'ZWEOPP'],
    // the rest of a capitalised name between the agent and the place ("Sunni Arab leaders in western Iraq")
    ['Sunni Arab leaders in western Iraq condemned the offensive.', 'Sunni Arab', 'IRQMUS'],
    // negative: a verb between breaks the tie
    ['Sunni Arab leaders met in western Iraq.', 'Sunni Arab', '---MUS'],
    ['The military government of President Prosper Avril declared a state of siege.', 'government', 'HTIGOV'],
    // possessive pronoun: a body or group for "its" and "their", a person for "his" and "her"
    ['Bosnian Serbs said their forces had withdrawn.', 'forces', 'BIHMIL'],
    // negative: the pronoun's nearest actor is a person, "their" wants a group
    ['Vladimir Putin said their forces had withdrawn.', 'forces', '---MIL'],
    // an owner before the noun outranks a place after it: the ambassador is posted in Iran
    ['Britain said its ambassador in Iran had been detained.', 'ambassador', 'GBRGOV'],
    ["China's embassy in Pakistan issued a statement.", "China's embassy", 'CHNGOV'],
    // the place protesters gather in, past a body of another role ("outside the interior ministry")
    ['Thousands of protesters gathered outside the interior ministry in central Tunis.', 'protesters', 'TUNOPP'],
    // negatives: a body with a role is no place of theirs; no verb of gathering
    ['Protesters gathered outside the US embassy.', 'Protesters', '---OPP'],
    ['Protesters said police in Tunis fired tear gas.', 'Protesters', '---OPP'],
    // an agent before "of the" and a state's formal name (agentOfName)
    ['The foreign ministers of the USA and Canada met.', 'foreign ministers of the USA', 'USAGOV'],
    ['The Government of the Democratic Republic of Timor Leste agreed.', 'Government of the Democratic Republic of Timor Leste', 'TMPGOV'],
    // negative: a common noun before "of" is no agent ("the capital of the Republic of Korea" is a place)
    ['Protesters marched in the capital of the Republic of Korea.', 'Republic of Korea', 'KOR'],
    // agent nouns standing alone (news-agents.json): "officers", "the Emir of Qatar", "his U.S. counterpart"
    ['Officers broke up the march.', 'Officers', '---COP'],
    ['The Emir of Qatar called Muhyiddin.', 'Emir of Qatar', 'QATGOV'],
    ['The minister spoke with his U.S. counterpart.', 'U.S. counterpart', 'USAGOV'],
  ];
  for (const [text, words, code] of cases) {
    const found = readings(text).find((r) => r.endsWith(`[${words}]`) || r.includes(`[${words} `));
    assert.equal(found?.split('[')[0], code, `${text} → ${readings(text).join(' ')}`);
  }
});

test('a person whose role the text states and whose country neither the text nor the dictionary gives is `---` + role (issue 13)', () => {
  const cases: [string, string, string | null][] = [
    ['Russian shelling killed one civilian in Ukraine, governor Pavlo Kyrylenko said.', 'Pavlo Kyrylenko', '---GOV'],
    ['The defence minister, Ali Khan, said the talks failed.', 'Ali Khan', '---GOVMIL'],
    // the description the name stands in apposition to states the country
    ["Pakistan's defence minister, Ali Khan, said the talks failed.", 'Ali Khan', 'PAKGOVMIL'],
    // the dictionary knows the person: its country stands
    ['President Vladimir Putin spoke on Tuesday.', 'Vladimir Putin', 'RUSGOV'],
    // no role stated: no code
    ['Zorbul Quenk arrived.', 'Zorbul Quenk', null],
  ];
  for (const [text, name, code] of cases) assert.equal(entity(text, name, '2023-06-01').actorCode, code, text);
});

test('collectiveDoer: a bare "police" before a participle is an actor; elsewhere it is left as read', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => {
    const doc = linked.analyzeWorking({ text, published: null });
    return (doc.actors ?? []).flat().map((a) => a.code);
  };
  const cases: [string, string[]][] = [
    ['A television station showed police firing tear gas.', ['---MED', '---COP']],
    ['Guerrillas wounded two soldiers on Thursday, police said.', ['---REB', '---MIL']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('agent readings: a describer with its apostrophe, a possessor\'s country, the State Department as a seat', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => {
    const doc = linked.analyzeWorking({ text, published: '2005-01-01' });
    return (doc.actors ?? []).flat().map((a) => a.code);
  };
  const cases: [string, string[]][] = [
    // "Shi'ite" describes the cleric as "Shiite" does; a name the tables lack before an agent still owns it
    ["Iranian police detained a Shi'ite cleric.", ['IRNCOP', '---REL']],
    ['Police detained a Hutu cleric in Kigali.', ['---COP', 'RWA']],
    // "Menem's lawyer": the possessor gives the agent its country; a possessor with none gives none
    ["Argentine President Carlos Menem spoke. Menem's lawyer denied it.", ['ARGGOV', 'ARGGOV', 'ARGJUD']],
    ["The company's lawyer denied it.", ['---BUS', '---JUD']],
    ['The State Department urged Syria to act.', ['USAGOV', 'SYR']],
    ['The Treasury Department issued sanctions against Syria.', ['USAGOV', 'SYR']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('a determiner such as "another" makes a singular agent noun an actor', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['The son of another local legislator was released.', ['---LEG']],
    // negative: a bare singular noun is no actor ("the use of force")
    ['They discussed the use of force.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('describedBefore: "the company" names again the organisation named before; "the government" borrows no country', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const last = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).at(-1)!.map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Dubai International Capital plans to buy a British firm. The company confirms the deal.', ['AREBUS']],
    // negatives: a place is no antecedent; an indefinite noun names no one again
    ['Kenya held an election. The government confirms the result.', ['---GOV']],
    // "the government" names again a body of government only, not an organisation of no stated role
    ['Dubai International Capital plans to buy a British firm. The government confirms the deal.', ['---GOV']],
    ['The State Department protested. The government confirms the move.', ['USAGOV']],
    ['Dubai International Capital plans to buy a British firm. A company confirms the deal.', ['---BUS']],
    ['The State Department urged Syria to act. A spokesman said Syria refused.', ['USAGOV', 'SYR']],
    // a capitalised agent leading the name of an organisation named before is that organisation
    ['The U.S. Treasury Department imposed sanctions. Treasury will continue the pressure.', ['USAGOV']],
    // negatives: the agent leads no name named before; a lower-case bare agent is no short name
    ['The State Department imposed sanctions. Treasury will continue the pressure.', ['---GOV']],
    // sameNounBefore: "the" + the noun of an actor named before with its country is that actor again
    ['An unidentified Syrian official denied it. The official called on Lebanon.', ['SYRGOV', 'LBN']],
    ['Tunisian police fired tear gas. The police then chased them.', ['TUNCOP']],
    // negatives: another noun borrows no country; an indefinite noun names no one again
    ['Tunisian police fired tear gas. The army then chased them.', ['---MIL']],
    ["Israel's defence ministry spoke. He will ask for the finance ministry.", ['---GOV']],
    ['An unidentified Syrian official denied it. An official called on Lebanon.', ['---GOV', 'LBN']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(last(text), want));
});

test('ownedByPronoun: "its citizens" are of the body "its" points back to once descriptions are resolved; a place after them says only where', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const last = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).at(-1)!.map((a) => a.code);
  const cases: [string, string[]][] = [
    ['The Indonesian government urged calm. He said the government had asked its citizens in Egypt to stay indoors.', ['IDNGOV', 'IDNCVL', 'EGY']],
    ['The Indonesian government urged calm. He said the government had asked its own citizens in Egypt to stay indoors.', ['IDNGOV', 'IDNCVL', 'EGY']],
    // negatives: "the government" names no body again, so "its" gives no country, and the place after gives none
    ['Kenya held an election. He said the government had asked its citizens in Egypt to stay indoors.', ['---GOV', '---CVL', 'EGY']],
    // with no possessive the place after the noun phrase places them
    ['The Indonesian government urged calm. He said the government had asked citizens in Egypt to stay indoors.', ['IDNGOV', 'EGYCVL', 'EGY']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(last(text), want));
});

test('agent nouns of the guidelines (prisoners, hostages, crowds, dockworkers) and a place after "on"', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['The junta pardoned 4,000 prisoners and two hostages.', ['---GOV', '---CVL', '---CVL']],
    ['Dockworkers on the US East Coast went on strike.', ['USALAB', 'USA']],
    ['A crowd gathered outside the court.', ['---CVL', '---JUD']],
    // a plural that heads longer agent phrases of its own is still its singular's agent
    ['Serbian workers went on strike.', ['SRBLAB']],
    // negative: "on" before something that is no place gives no country
    ['Workers on strike blocked the road.', ['---LAB']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('belongingAfter: agents tied to the body named after them ("affiliated with", "loyal to", "of") are left to it', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Some 500,000 workers affiliated with the Serbian Workers Union stopped work.', ['SRBLAB']],
    ['Fighters loyal to the Taliban attacked the town.', ['AFGREB']],
    // negative: a word of belonging with another preposition ties nothing
    ['Workers linked by phone to Serbian officials spoke.', ['---LAB', 'SRBGOV']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('describedNames: an indefinite description set off before a name of its country is one actor with its role', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Another Dubai firm, Dubai Ports World, agreed to the review.', ['AREBUS']],
    // negative: a definite first member is a list
    ['The Russian officials, Vladimir Putin and the army agreed.', ['RUSGOV', 'RUSGOV', '---MIL']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('possessive: a curly apostrophe is the possessive a straight one is', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    // "it" is the ministry too (reportedPronouns)
    ['Taiwan’s defence ministry said it had sent ships.', ['TWNGOVMIL', 'TWNGOVMIL']],
    ["Taiwan's defence ministry said it had sent ships.", ['TWNGOVMIL', 'TWNGOVMIL']],
    // negative: a closing quote is no possessive
    ['“Taiwan’ defence ministry said it had sent ships.', ['TWN']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('the organisation before an apposition\'s title is the person\'s, as before a title that leads the name', () => {
  const cases: [string, string, string | null][] = [
    ['Tom Casey, a U.S. State Department spokesman, expressed concern.', 'Tom Casey', 'USAGOV'],
    ['Dmitry Peskov, the Kremlin spokesman, declined to comment.', 'Dmitry Peskov', 'RUSGOV'],
  ];
  for (const [text, name, code] of cases) assert.equal(entity(text, name).actorCode, code, text);
  // negative: an apposition with no organisation before its title keeps the title's own code
  assert.notEqual(entity('Tom Casey, a spokesman, expressed concern.', 'Tom Casey').actorCode, 'USAGOV');
});

test('organisationOfApposition: the organisation an apposition names after "of", "at", "with", "from" or "for" codes the person; a place\'s possessive there gives the country', () => {
  const cases: [string, string, string | null][] = [
    ['Khaled Hboubati, the head of the Syrian Arab Red Crescent (SARC), signed the note.', 'Khaled Hboubati', 'NGOHLHIRC'],
    ['Lim Soo-suk, the spokesperson of Seoul\'s foreign ministry, issued a statement.', 'Lim Soo-suk', 'KORGOV'],
    // negative: the apposition's own country word before the organisation, and an organisation he is sent "to"
    ['Ali Vaez, Iran\'s envoy to the International Atomic Energy Agency, said so.', 'Ali Vaez', 'IRNGOV'],
    ['Tom Jones, a visitor to the World Bank, said so.', 'Tom Jones', null],
  ];
  for (const [text, name, code] of cases) assert.equal(entity(text, name).actorCode, code, text);
});

test('organisationInTitle: an organisation whose last words the title reader took into the title codes the person', () => {
  const cases: [string, string, string, boolean][] = [
    // the title read is "Union Commission chief": the organisation starts before it and ends inside it
    ['African Union Commission chief Moussa Faki Mahamat condemned the coup.', 'Moussa Faki Mahamat', 'IGOAFRAFU', true],
    // negative: no organisation before or inside the title; the title's own country codes the person
    ['Indian Defence Minister Ravi Kumar visited the base.', 'Ravi Kumar', 'IGOAFRAFU', false],
  ];
  for (const [text, name, code, takes] of cases) assert.equal(entity(text, name, '2022-01-24').actorCode === code, takes, text);
});

test('pluralForm: an irregular plural ("gunmen", "children") is an actor as a plural in "-s" is', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Officials say gunmen took the woman from her home.', ['---GOV', '---UAF', '---CVL']],
    // negative: a singular with no determiner is no actor
    ['Officials say gunman activity rose.', ['---GOV']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('collectiveActors: world leaders are INT, Western countries WST; a longer name is none of them', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['World leaders offered their sympathies.', ['INT']],
    ['The United States and other Western countries accuse Iran.', ['USA', 'WST', 'IRN']],
    // phrases that share a first word, and one whose first word only one phrase starts
    ['The world community and Western governments met.', ['INT', 'WST']],
    ['The international community reacted.', ['INT']],
    // negatives: "the West" leading a name; leaders alone are an agent; a first word alone is none
    ['The West African grouping met.', []],
    ['Western markets fell.', []],
    ['The leaders met.', ['---GOV']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('bodyDescriptions: "the group", "the coalition" name again the body named before (describedBefore), never a person', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const last = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).at(-1)!.map((a) => a.code);
  const cases: [string, string[]][] = [
    ['An Iraqi militant group (the Islamic Army of Iraq) posted a video. The group claimed the killing.', ['IRQMIL']],
    ['Police fired tear gas as the opposition resumed demonstrations. The coalition said protests will resume.', ['---OPP']],
    // the same noun names its body again beyond the nearest body ("the government" between)
    ['The main opposition coalition organised protests. Police fired tear gas. Odinga spoke. He accused the government. The coalition said protests will resume.', ['---OPP']],
    // negatives: a private person or a lone person named before is no body; a name or "of" after the noun is no description
    ['The victim was found. The group claimed the killing.', []],
    ['President Putin spoke. The group claimed the killing.', []],
    ['The Islamic Army of Iraq posted a video. The group of soldiers left.', ['---MIL']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(last(text), want));
});

test('agentsOfBodies: a spokesman for a named actor, or agents with a named organisation, act with its code', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['A spokeswoman for Israeli Prime Minister Ehud Olmert criticized Syria.', ['ISRGOV', 'SYR']],
    ['A spokesman for the United Nations said the talks failed.', ['IGOUNO']],
    // negatives: another agent before "for"; "for" naming no actor
    ['Soldiers for Israel fought.', ['---MIL', 'ISR']],
    ['A spokesman for the family said Syria lied.', ['---GOV', 'SYR']],
    ['Scientists with the non-profit World Wildlife Fund rejected the claims.', ['NGOENV']],
    // negative: "with" a country is no organisation the agents work for
    ['Scientists with Syria rejected the claims.', ['---CVL', 'SYR']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('withPlaceNoun: a country word before a noun for a part of a country is one actor with it', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const mentions = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => `${a.code}:${a.mention?.text}`);
  const cases: [string, string[]][] = [
    ['Merkel will travel to Israel, the Palestinian territories and Lebanon.', ['DEU:Merkel', 'ISR:Israel', 'PSE:Palestinian territories', 'LBN:Lebanon']],
    // negatives: an agent noun is a role, not a place; another noun stays outside
    ['Palestinian police left.', ['PSECOP:Palestinian police']],
    ['Palestinian flags were waved.', ['PSE:Palestinian']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(mentions(text), want));
});

test('pluralPronouns: "they" opening a sentence points back to the plural agents that opened the sentence before', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const last = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).at(-1)!.map((a) => a.code);
  const cases: [string, string[]][] = [
    ['South Korean envoys arrived in Pyongyang. They held a meeting with Kim.', ['KORGOV']],
    // negatives: a singular agent before; an actor before "they" in its own sentence; no role before
    ['A South Korean envoy arrived in Pyongyang. They held a meeting with Kim.', []],
    // ("they" after "said" is the officials: reportedPronouns)
    ['South Korean envoys arrived in Pyongyang. Officials said they held a meeting.', ['---GOV', '---GOV']],
    ['Syria arrived in Pyongyang. They held a meeting with Kim.', []],
    ['South Korean envoys arrived in Pyongyang. Investigators say they held a meeting.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(last(text), want));
});

test('countryDescriptions: "his country" is the country of the person before it; "the country" the country last named', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const described = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().filter((a) => /country/.test(a.mention?.text ?? '')).map((a) => `${a.mention?.text}:${a.code}`);
  const cases: [string, string[]][] = [
    ["Venezuela's oil minister says his country will end talks.", ['his country:VEN']],
    ['Turkish Prime Minister Recep Tayyip Erdogan says his country is ready to talk.', ['his country:TUR']],
    ['Police in Japan say a girl was killed in the country\'s third such attack.', ["the country:JPN"]],
    ['Kenya held elections. The vote was peaceful, and the African country awaits results.', ['the African country:KEN']],
    // negatives: a demonym is no country named; "his" needs a person before it; "country" as a modifier; nothing before
    ['Ukrainian forces downed 10 Russian drones across the country.', []],
    ['Syria says his country is ready.', []],
    ['Japan banned country music.', []],
    ['The country will vote on Sunday.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(described(text), want));
});

test('namesCurrency: a name right before a money noun names a currency, no party', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['China handed over aid of 100,000 U.S. dollars to Vanuatu.', ['CHN', 'VUT']],
    ['Japan gave two billion Chinese yuan to Nepal.', ['JPN', 'NPL']],
    // negatives: a verb after the name ("pounded"); a name before another noun
    ['Russia pounded Ukrainian cities with missiles.', ['RUS', 'UKR']],
    ['The U.S. embassy paid the fee.', ['USAGOV']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('adjectiveHead: an agent word read as an adjective heads its phrase when no noun follows it', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Meanwhile, the U.S. military says a soldier was killed.', ['USAMIL', '---MIL']],
    // negative: an adjective before a noun modifies it
    ['The U.S. military aid arrived.', ['USA']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('NOT_ACTORS: a treaty or an event is no party, whatever place its name holds', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Kyoto Protocol members agreed to hold more talks.', []],
    // negative: the sentence's parties beside the treaty are still read
    ['President Bush withdrew from the Kyoto Protocol, Japan said.', ['USAGOV', 'JPN']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('leadingPlace: the longest place of up to three words leading a longer name; none when no leading words are one', () => {
  const lex = entityLexicons();
  const cases: [string, string | null][] = [
    ['NORTHERN IRELAND ASSEMBLY', 'GBR'],
    ['WEST BANK SETTLERS COUNCIL', 'PSE'],
    ['RUSSIAN FOREIGN MINISTRY', 'RUS'],
    // negatives: no leading place; the place is the whole name, not a longer one's lead
    ['CONSTITUTIONAL COURT', null],
    ['NORTHERN IRELAND', null],
  ];
  for (const [name, want] of cases) assert.equal(leadingPlace(name.split(' '), lex)?.country ?? null, want, name);
});

test('an international body known by its whole name keeps its code over place words in the name and, intergovernmental, over a possessive country', () => {
  const cases: [string, string, string | null][] = [
    ['The Paris Club agreed to cancel the debt.', 'Paris Club', 'IGOBUSPROC'],
    ['The United States has blocked Iran\'s WTO entry bids.', 'WTO', 'IGOBUSWTO'],
    ['The Irish Republican Army said it had disarmed.', 'Irish Republican Army', 'WEUREB'],
    // negatives: a body of one country keeps the place its name leads with
    ['The Northern Ireland Assembly voted on Monday.', 'Northern Ireland Assembly', 'GBR'],
  ];
  for (const [text, name, code] of cases) assert.equal(entity(text, name).actorCode, code, text);
});

test('dashedDateline: a place opening a paragraph before a spaced dash is a dateline, no actor', async (t) => {
  const read = (text: string) => {
    const doc = pipeline.analyzeWorking({ text, published: '2013-02-06' });
    return doc.actors!.flat().map((a) => `${text.slice(doc.tokens[a.first]!.start, doc.tokens[a.last]!.end)}=${a.code}`);
  };
  const cases: [string, string, boolean][] = [
    ['Tunis - Tunisian police fired tear gas at protesters.', 'Tunis=', false],
    ['Earlier news.\nTunis - Tunisian police fired tear gas at protesters.', 'Tunis=', false],
    // negative: the same place in the story, and a place mid-sentence before a dash, are actors
    ['Police in Tunis - the capital - fired tear gas.', 'Tunis=TUN', true],
    // negative: a hyphen written against its words joins a name, no dash
    ['Tunis-based activists criticised Tunisia.', 'Tunisia=TUN', true],
  ];
  for (const [text, want, present] of cases) {
    await t.test(text, () => assert.equal(read(text).some((r) => r.startsWith(want)), present, read(text).join(', ')));
  }
});

test('a rank before a title is no agent: the organisation before the apposition\'s title codes the person', () => {
  const cases: [string, string, string][] = [
    ['"More aid is needed," Farhan Haq, the deputy UN spokesman, told reporters.', 'Farhan Haq', 'IGOUNO'],
    // negative: a rank inside a longer title keeps that title's role
    ['Indian Deputy Prime Minister Ravi Kumar visited the base.', 'Ravi Kumar', 'INDGOV'],
  ];
  for (const [text, name, code] of cases) assert.equal(entity(text, name, '2016-03-23').actorCode, code, text);
});

test('bodySpokesman: "ministry spokesman X" speaks for the ministry named before; no body named before, none borrowed', async (t) => {
  const cases: [string, string, string][] = [
    ['China\'s commerce ministry warned on Thursday. "China will retaliate," ministry spokesman Gao Feng told a news conference.', 'spokesman Gao Feng', 'CHNGOV'],
    // negative: no ministry named before: the spokesman keeps no country
    ['China warned on Thursday. "China will retaliate," ministry spokesman Gao Feng told a news conference.', 'spokesman Gao Feng', '---GOV'],
    // negative: a body of another noun named before lends nothing
    ['Israel\'s army said it struck a camp. "The raid is over," ministry spokesman Gao Feng told a news conference.', 'spokesman Gao Feng', '---GOV'],
  ];
  for (const [text, mention, code] of cases) {
    await t.test(text, () => assert.ok(readings(text, '2018-09-06').includes(`${code}[${mention}]`), readings(text, '2018-09-06').join(', ')));
  }
});

test('storySurnameCode: a surname several countries\' persons share is the person of the one such country the story names', () => {
  const cases: [string, string | null][] = [
    ['Mr. Chavez has built strong support in Venezuela for his criticism of the Bush administration.', 'VENGOV'],
    // negative: the story names no country of the surname's persons, or two of them
    ['Mr. Chavez has built strong support for his criticism of the Bush administration.', null],
    ['Mr. Chavez has built strong support in Venezuela and Mexico.', null],
  ];
  for (const [text, code] of cases) assert.equal(entity(text, 'Chavez', '2006-06-01').actorCode, code, text);
});

test('reportedPronouns: "it" or "they" opening what a reporting verb reports is its speaker, when the number agrees', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const pronoun = (text: string) =>
    (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().filter((a) => /^(it|they)$/i.test(a.mention?.text ?? '')).map((a) => a.code);
  const cases: [string, string[]][] = [
    ['China says it will reopen Tibet to foreign tourists.', ['CHN']],
    ['Japanese officials say they can not comment on the decision.', ['JPNGOV']],
    ["Taiwan's defence ministry said on Sunday that it had sent aircraft.", ['TWNGOVMIL']],
    ['Dubai Ports World plans to buy the firm. The company confirms it is seeking approval.', ['AREBUS']],
    // negatives: a singular "they", a plural "it", a person's "it", an actor between, a copula, no reporting verb
    ['A Japanese official says they can not comment.', []],
    ['Japanese officials say it can not comment.', []],
    ['Chinese President Hu Jintao says it will reopen Tibet.', []],
    ['China warned the United States it would retaliate.', []],
    ['China says it is vital to reopen Tibet.', []],
    ['China hopes it will reopen Tibet.', []],
    // negative: the subject's only actor is a place after a preposition, not the speaker
    ['The U.S. military in Iraq says it has detained seven suspects.', []],
    // negative: a wh-clause after the verb is no report of the speaker
    ['The clerics warned of what they called a catastrophe.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(pronoun(text), want));
});

test('withSingulars: a singular "-man" agent takes the role its "-men" plural has in the table', () => {
  const agents = withSingulars(new Map([['gunmen', 'UAF'], ['armed men', 'UAF'], ['policeman', 'COP'], ['policemen', 'COP'], ['officials', 'GOV']]));
  assert.equal(agents.get('gunman'), 'UAF');
  assert.equal(agents.get('armed man'), 'UAF');
  // negative: an entry the table has keeps its own role; a plural in "-s" gets no new entry (its lemma reaches the singular)
  assert.equal(agents.get('policeman'), 'COP');
  assert.equal(agents.has('official'), false);
});

test('a bare agent noun that alone is the active subject of a verb other than a report of speech is an actor (doerHeads)', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Reports say parliament has rejected the nominee.', ['---LEG']],
    ['Protesters threw stones as police fired tear gas.', ['---OPP', '---COP']],
    ['Officials said an unidentified gunman killed a guard.', ['---GOV', '---UAF']],
    // negative: the subject of "said" only speaks; a passive subject does not act; plain people are no body
    ['Guerrillas wounded two soldiers on Thursday, police said.', ['---REB', '---MIL']],
    ['They said force was used.', []],
    ['Hundreds of thousands of people blocked streets.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('armed bodies by name: an organisation named by an armed-body noun is that body; capitalised words the tables lack before such a noun are its name', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['The National Liberation Army freed two hostages.', ['---MIL', '---CVL']],
    // a possessive country before the name gives it that country
    ["Sudan's paramilitary Rapid Support Forces agreed to a ceasefire.", ['SDN', 'SDNMIL']],
    // negative: an organisation with no armed-body noun gets no code; a named people before the noun owns it
    ['The Popular Front issued a statement.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
  const agents = agentPhrases(new Map([['army', 'MIL'], ['forces', 'MIL'], ['union', 'LAB']]));
  assert.equal(armedBodyName('Arakan Army', agents), '---MIL');
  assert.equal(armedBodyName('Press Union', agents), null);
  assert.equal(armedBodyName('Army', agents), null);
});

test('withRole: up to two modifiers, adjectives or common nouns, between a country word and its agent noun', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ["Venezuela's oil minister spoke.", ['VENGOV']],
    ['Iraqi oil workers went on strike.', ['IRQLAB']],
    // negative: no agent after the modifiers, the country stays bare
    ['The Chinese trade surplus rose.', ['CHN']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('placedRole: a role with no country beside a bare country word takes that country', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Official Iranian news reports say parliament has rejected the nominee.', ['IRNGOV', '---LEG']],
    // negative: a role with no country word beside it stays `---`
    ['Officials say gunmen took the woman from her home.', ['---GOV', '---UAF', '---CVL']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('multinational: business agents a modifier calls foreign are MNC', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Venezuela will end talks with foreign oil companies.', ['VEN', 'MNC']],
    ['The government fined multinational firms.', ['---GOV', 'MNC']],
    // negative: a business with no foreign word, and a foreign agent that is no business
    ['The government fined the company.', ['---GOV', '---BUS']],
    ['The foreign minister fined the company.', ['---GOV', '---BUS']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('news agent nouns: tribesmen, peacekeepers, secessionists, attackers, delegates', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Tribesmen in the east blew up an oil pipeline.', ['---CVL']],
    ['A tribesman was wounded.', ['---CVL']],
    ['Attackers killed two peacekeepers.', ['---UAF', '---MIL']],
    ['Secessionists seized the town hall.', ['---REB']],
    // delegates speak for their government (Phoenix's DELEGATE is a legislator, LEG)
    ['North Korean delegates arrived in Seoul.', ['PRKGOV', 'KOR']],
    // negatives: "attack" is an act, no agent; delegates of no stated country are `---`
    ['The attack killed two people.', []],
    ['The delegates did not approve the text.', ['---GOV']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('a capital after a preposition inside the subject is the place, not its government', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['A reporter in Khartoum said he heard tanks.', ['SDNMED', 'SDN']],
    // negative: the capital that is itself the subject is its government
    ['Khartoum said the talks would resume.', ['SDNGOV']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('openingWord: a common word capitalised for opening the sentence owns no agent after it; a mention there does', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['Armed tribesmen blew up an oil pipeline.', ['---CVL']],
    // a singular-form agent after an opening modifier the tagger reads as a name is as bare as "Police …"
    ['Riot police cleared the square.', ['---COP']],
    ['Armed police cleared the square.', ['---COP']],
    // negative: a people named before the agent still owns it (left to the name, as before)
    ['Hutu rebels attacked the town.', []],
    // negative: an unknown capitalised name mid-sentence still owns the agent after it
    ['On Monday Jaish police cleared the square.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('spokespeople are GOV (guidelines: spokesmen of a government), over the Phoenix agents\' MED', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => a.code);
  const cases: [string, string[]][] = [
    ['The spokeswoman condemned the vote.', ['---GOV']],
    ['Spokesmen for the rebels denied the report.', ['---GOV', '---REB']],
    // negative: a reporter is still media
    ['A reporter in Khartoum said he heard tanks.', ['SDNMED', 'SDN']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(codes(text), want));
});

test('untitledNames: a person\'s names in upper case without their leading courtesy titles (name-heads.json), each once', async (t) => {
  const cases: [string[], string[]][] = [
    [['Sheikh Ali', 'Ali'], ['ALI']],
    [['Datuk Seri Anwar Ibrahim'], ['ANWAR IBRAHIM']],
    [['Mr. Ng'], ['NG']],
    // negatives: a word that only begins like a title, and a name with no title, are kept whole
    [['Sheikhupura'], ['SHEIKHUPURA']],
    [['Ali Khamenei'], ['ALI KHAMENEI']],
  ];
  for (const [names, bare] of cases) await t.test(names.join(', '), () => assert.deepEqual(untitledNames(names), bare));
});

test('givenNameOnly: a person named only by a word that starts many more dictionary persons than it ends', async (t) => {
  const lexicons = entityLexicons();
  const cases: [string[], boolean][] = [
    [['ALI'], true],
    [['AHMED'], true],
    // negatives: surnames ("Chavez", "Khan" end more persons than they start), a longer name, no name at all
    [['CHAVEZ'], false],
    [['KHAN'], false],
    [['ALI', 'ALI KHAN'], false],
    [[], false],
    // negative: an English common word that starts the dictionary's titles ("DEFENSE SECRETARY …")
    [['DEFENSE'], false],
  ];
  const common = loadCommonWords();
  for (const [uppers, given] of cases) await t.test(uppers.join(', '), () => assert.equal(givenNameOnly(uppers, lexicons, common), given));
});

test('a person named by a given name alone after a courtesy title takes no dictionary person\'s code; a surname still does', async (t) => {
  const cases: [string, string, string | null][] = [
    ['King Abdullah of Jordan met officials in Amman. Sheikh Ali said the talks went well.', 'Ali', null],
    // negatives: a surname after a courtesy title, and a surname alone, keep the dictionary's person
    ['Iran said it would talk. Ayatollah Khamenei said the talks went well.', 'Khamenei', 'IRNGOV'],
    ['Mr. Chavez has built strong support in Venezuela for his criticism of the Bush administration.', 'Chavez', 'VENGOV'],
  ];
  for (const [text, name, code] of cases) await t.test(text, () => assert.equal(entity(text, name, '2006-06-01').actorCode, code));
});

test('an apposition holding courtesy titles before the name states its country (appositionOfName)', async (t) => {
  const cases: [string, string, string | null][] = [
    ['Foreign Minister Hoshyar Zebari met his Malaysian counterpart, Tan Sri Syed Hamid Albar, in Baghdad.', 'Hamid Albar', 'MYS'],
    ['Foreign Minister Hoshyar Zebari met his Malaysian counterpart, Hamid Albar, in Baghdad.', 'Hamid Albar', 'MYS'],
  ];
  for (const [text, name, country] of cases) await t.test(text, () => assert.equal(entity(text, name, '2006-06-01').country, country));
  // The apposition starts at the titles before the name; negative: at a word before the name that is no title.
  const text = 'his counterpart, Tan Sri Hamid Albar';
  const words = [...text.matchAll(/[\w']+|,/g)].map((x) => ({ start: x.index!, end: x.index! + x[0].length }) as Word);
  const at = (k: number): NounAppositions => ({ byHeadEnd: new Map(), byStart: new Map([[k, { kind: 'noun' } as Apposition]]) });
  const name = words.findIndex((w) => text.slice(w.start, w.end) === 'Hamid');
  assert.ok(appositionOfName({ text }, { words }, at(3), name, words[name]!.start), 'from "Tan"');
  assert.ok(appositionOfName({ text }, { words }, at(name), name, words[name]!.start), 'from the name');
  assert.equal(appositionOfName({ text }, { words }, at(1), name, words[name]!.start), undefined, 'from "counterpart"');
  assert.equal(appositionOfName({ text }, { words }, at(4), 6, words[6]!.start), undefined, 'from "Sri" before "Albar": no title before "Albar"');
});

test('voiced: a body with no country word that voices a country\'s stance as its own speaks for that country', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => `${a.mention?.text}=${a.code}`);
  const cases: [string, string][] = [
    ["The Ministry of Foreign Affairs expressed Saturday the State of Kuwait's strong condemnation of the attack.", 'Ministry of Foreign Affairs=KWTGOV'],
    ["In a statement, the ministry reaffirmed Kuwait's rejection of all forms of terrorism.", 'ministry=KWTGOV'],
    // negative: a verb that judges another's act, a country that is no possessor, a body with a country of its own
    ["The ministry condemned Iran's decision to enrich uranium.", 'ministry=---GOV'],
    ['The ministry expressed concern over Kuwait.', 'ministry=---GOV'],
    ["Qatar's foreign ministry expressed Kuwait's support.", 'Qatar\'s foreign ministry=QATGOV'],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.ok(codes(text).includes(want), codes(text).join(', ')));
});

test('introducedReadings: a pronoun corefer ties to a body with no code of its own acts with the reading that introduced it', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const its = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().filter((a) => a.mention?.text === 'It').map((a) => a.code);
  const cases: [string, string[]][] = [
    ["In a statement, the Ministry of Foreign Affairs reaffirmed Kuwait's rejection of terrorism. The Ministry also called on the international community to unite. It conveyed sincere condolences to Iraq.", ['KWTGOV']],
    ['The Ministry of Foreign Affairs condemned the attack. It extended condolences to the families of the victims.', ['---GOV']],
    // negative: no body introduced before the pronoun
    ['It extended condolences to the families of the victims.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(its(text), want));
});

test('mergeAdjacent: of two adjacent readings with codes alike, the one with a country wins over `---` + role', async (t) => {
  const linked = buildPipeline(stagesThrough('link'));
  const codes = (text: string) => (linked.analyzeWorking({ text, published: null }).actors ?? []).flat().map((a) => `${a.mention?.text}=${a.code}`);
  const cases: [string, string][] = [
    ['Chief negotiator Christopher Hill of the United States arrived.', 'negotiator Christopher Hill=USAGOV'],
    // negative: no country on either side stays `---` + role; a named person's own country stays his
    ['Chief negotiator Christopher Hill arrived.', 'negotiator Christopher Hill=---GOV'],
    ['Russian President Vladimir Putin arrived.', 'Russian President Vladimir Putin=RUSGOV'],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.ok(codes(text).includes(want), codes(text).join(', ')));
});

test('namesOtherThanPerson: a phrase before a name that ends in an organisation\'s name describes no one of that name', () => {
  const cases: [string, string, string | null][] = [
    ["He handed it to Jacqueline Deroin de Gaillande, CEO of the Vanuatu Red Cross, Li Cuiying, charge d' affaires of the Chinese embassy, said so.", 'Li Cuiying', null],
    // negative: a description before the name still states its country
    ["Pakistan's defence minister, Ali Khan, said so.", 'Ali Khan', 'PAKGOVMIL'],
  ];
  for (const [text, name, code] of cases) assert.equal(entity(text, name).actorCode, code, text);
});
