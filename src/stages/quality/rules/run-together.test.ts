import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import type { Doc } from '../../../model/index.ts';
import { runTogether } from './run-together.ts';

const lex = loadTranslationLexicons();

test('run-together: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['earlier in the day.The South Korean military', ['day.The']],
    ['on February 17.The meetings took place', ['17.The']],
    ['exit from the EU.Johnson affirmed', ['EU.Johnson']],
    // a word glued to the next sentence's opening word, a space after it; a brand or a coined name, an opener ending a run, is not
    ['signed the agreementThe minister left and in BrusselsShe said', ['agreementThe', 'BrusselsShe']],
    ['on LinkedIn and AddOn, GetIt and TheThe, the agreementThey', []],
    ['The Joint Chiefs of Staff(JCS) said', ['Staff(JCS)']],
    ['Oku.AzAccording to Armenian media', ['Oku.AzAccording']],
    ['The U.S. Army said so. The next day.', []],
    ['Bulkin Sergey/news.ru/Global Look Press', []],
    ['at 8:19 a.m. that the missile', []],
    ['The Central African Republic (CAR) said', []],
    ['Source: VOANews.Com', []],
    ['at the ceremony.Comrades of the minister', ['ceremony.Comrades']],
    ['[Global Network Reporter Fu Jiajun]According to a report', ['Jiajun]According']],
    ['2022-09-27 09:40:25Source: World Wide Web', ['09:40:25Source']],
    ['[Vegan/Deputy Secretary: I am not.] When he left', []],
    ['a 3D model, 5G masts and a 4Runner, the 10Mbps link at 10:30 Monday', []],
    // a stop glued through a quotation mark or a bracket to the next sentence
    ['on Monday afternoon.[Sound bite] the situation.”[Sound bite] its capacity."Blinken’s visit', ['afternoon.[Sound', 'situation.”[Sound', 'capacity."Blinken’s']],
    ['He said "it is over." Then he left. (Reuters) "Yes." [Photo]', []],
    // a country's domain in an outlet's name, not two sentences; an English two-letter word after a stop is
    ['Source: Caliber.Az, Report.Ge and Oku.AzAccording to the ministry', ['Oku.AzAccording']],
    ['relations with China.It said so, as did the EU.We agree', ['China.It', 'EU.We']],
    // a one-letter opener glued after a lower-case word is read only in a text that lost other spaces (see the batch test)
    ['the world and history, Wang said.A common focus of both sides. He asked why?I think so', []],
  ];
  for (const [text, expected] of cases) {
    const found = runTogether.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('run-together: a function word glued to the word before it, and not English words, names or short endings', () => {
  const cases: [string, string[]][] = [
    ['he explained The blinkafter meeting the senior diplomat', ['blinkafter']],
    ['leaders gathered in Cebu. They met in Cebuin the hope of a deal', ['Cebuin']],
    // English words ending so, a name whose head is an English word, a lower-case word before a two-letter ending, a name seen nowhere alone
    ['thereafter the nation met within the hour, nothing else', []],
    ['Prime Minister Thein Sein met The Lancet editors', []],
    ['the popular kwaito music of South Africa', []],
    ['they met in Manilain the hope of a deal', []],
    // a function word before or after an English word, or two function words; the whole never an English word
    ['spoke highlyof the development, aswell as the success ofthe session and thecomprehensive partnership, attaches importanceto it', ['highlyof', 'aswell', 'ofthe', 'thecomprehensive', 'importanceto']],
    ['the Parties andcountries, Trong’s visithas given a boost to the policy ofindependence', ['andcountries', 'visithas', 'ofindependence']],
    ['therapist, format, fortune, asset, tonight, online, inbound, offence, theirs, atone, thereof, within, into, inbox, forwarded, onsets, infighting, onboarding, bygones, withheld', []],
    ['talks tothe press and inthe region', ['tothe', 'inthe']],
    // a noun in -isation of an English word the list has, glued to "of"; not where the stem is no English word
    ['the policy of multilateralisationof relations and regionalizationof trade, but not the zzqisationof ones', ['multilateralisationof', 'regionalizationof']],
    ['read www.theguardian.com or @ofthe and user_ofthe', []],
    // a possessive's s glued to the next word; not a name or a word with an apostrophe inside
    ['a priority in China’sneighbourhood diplomacy and Vietnam\'sforeign policy', ['China’sneighbourhood', 'Vietnam\'sforeign']],
    ["O'sullivan met Shi'ites in Hawai'i, the state's smallest and the Qur'an's stories", []],
  ];
  // the entities the tagger read: single-word names, each with a mention wherever it stands
  const named = (doc: Doc) => {
    for (const name of ['Cebu', 'Cebuin', 'Thein', 'The', 'Manilain', 'Lancet']) {
      doc.entities.push({ id: name, name, type: 'GPE', aliases: [], mentions: [], country: null, countrySource: null, actorCode: null, role: null, affiliation: null });
      for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
        if (/\p{L}/u.test(doc.text[at + name.length] ?? '')) continue;
        doc.mentions.push({ id: `${name}${at}`, start: at, end: at + name.length, text: name, type: 'GPE', entity: name, source: 'tagger', nominal: false });
      }
    }
    return doc;
  };
  for (const [text, expected] of cases) {
    const found = runTogether.check(named(paragraphDoc(text)), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('run-together: two words joined in camel case, and not brands, names, chemical or code names', () => {
  const cases: [string, string[]][] = [
    ['Foreign Minister Qin met Minister of Foreign Affairs Bui. Later the ForeignMinister and Minister of Foreign AffairsBui met, and a visit byParty leaders', ['ForeignMinister', 'AffairsBui', 'byParty']],
    ['the iPhone and eBay, McDonald and JavaScript, a PhD from LinkedIn, YouTube, McCain and DeSantis', []],
    ['PlayStation, PowerPoint, BlackRock, GlaxoSmithKline, FedEx, NaCl and CaCO3, getElementById in MySQL, toString, onClick, forEach, inStock, asString', []],
    ['Mc Donald and McDonald, De Santis and DeSantis', []],
  ];
  for (const [text, expected] of cases) {
    const found = runTogether.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('run-together: a closed-class word or a past form glued to the English word after it, and not compounds', () => {
  const cases: [string, string[]][] = [
    ['congratulating them on theirassignments, hoping theywill help in allaspects', ['theirassignments', 'theywill', 'allaspects']],
    ['Six diplomats receivedappointment decisions', ['receivedappointment']],
    // compounds of content words the word list lacks, a misspelt word, an "-ed" word too short to be a past form
    ['gunmen, policemen, ceasefire, airstrikes, groundbreaking, weblogs, redheads, bedrocks', []],
    ['theirs, thesis, thereby, whichever, allowance, hasten, allotted, wasteland, steppingstone', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(runTogether.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('run-together: a capitalised word glued to a function word or a past form, and names that only end so', () => {
  const cases: [string, string[]][] = [
    ['the World Trade Organisationand other bodies', ['Organisationand']],
    ['Foreign Minister Pham Binh Minhhanded over the decisions; Minh said', ['Minhhanded']],
    // a name ending in "and" after a short stem, a name's "-ed" ending, a name glued to a past form written nowhere alone
    ['in Helmand, Cleveland, Thailand and Scotland; Alfred and Mohammed met Winifred', []],
    ['Pham Binh Minhhanded over the decisions', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(runTogether.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('run-together: a role word run into a name, a number or a comma glued to the word after, and not brands or units', () => {
  const cases: [string, string[]][] = [
    ['on behalf of PresidentNguyen Phu Trong; Le Hong LamAmbassador to Norway', ['PresidentNguyen', 'LamAmbassador']],
    ['for the 2019-2022tenure in Ghana, Chad,and Liberia', ['2022tenure', 'Chad,and']],
    // brands joined throughout, units and decades after a number, a comma before a content word or inside a number
    ['on YouTube and PowerPoint, BlackRock and DaimlerChrysler', []],
    ['at 5pm, 10km away, in the 1990s, 3rd time, 1,000 people, a,b lists and week,demanding', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(runTogether.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('run-together: in a text that lost two spaces or more, looser readings; not in one that lost fewer, nor compounds and brands', () => {
  // two lost spaces the strict readings find ("day.The", "ofthe"), then the looser ones
  const lossy = 'It ended that day.The talks ofthe two sides';
  const cases: [string, string[]][] = [
    [`${lossy} were afriend visit to maintainan order, withsustainable growth and peace,stability aboutVietnam as thePM met Lee and KimLee`, ['day.The', 'ofthe', 'afriend', 'maintainan', 'withsustainable', 'peace,stability', 'aboutVietnam', 'thePM', 'KimLee']],
    // one lost space is no batch: the looser readings wait
    ['It ended that day.The talks were afriend visit to maintainan order, peace,stability aboutVietnam and thePM', ['day.The']],
    // compounds of content words the word list lacks, a compound's short half, brands, a comma in a number or before a short word
    [`${lossy}: policymakers, statesmen and socio-economic cyberattack talks on the iPhone, eBay, YouTube and theNewYorkTimes, 1,000 people, a,b lists`, ['day.The', 'ofthe']],
    // two content words of seven letters or more glued, and two capitalised words of four or more joined once only
    [`${lossy} on multilateralcooperation, with Nguyen ThanhVinh as PermanentRepresentative`, ['day.The', 'ofthe', 'multilateralcooperation', 'ThanhVinh', 'PermanentRepresentative']],
    // a shorter half ("peacekeeping", "MacArthur", "LeBron"), or a pair joined twice (a brand: "PowerPoint", "BlackBerry")
    // a stop glued to a one-letter opener; not after a number or initials, nor a letter before a capital or at the end
    [`${lossy}: Wang said.A common focus, he asked why?I think so, under Article 5.A of the treaty, the U.S.A is, in column.A B and C, plan.A`, ['day.The', 'ofthe', 'said.A', 'why?I']],
    [`${lossy} on peacekeeping with MacArthur and LeBron, a PowerPoint and a BlackBerry, then the PowerPoint and the BlackBerry`, ['day.The', 'ofthe']],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(runTogether.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});
