import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { echoedPhrases } from './echoed-phrase.ts';

const lex = loadTranslationLexicons();

test('echoed-phrase: flags a noun echoing itself within a few words, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['experts from the Straits of the Strait asked', ['the Straits of the Strait']],
    ['the truth is that the truth of the United States runs', ['the truth is that the truth']],
    ['the document signed at the document ceremony', ['the document signed at the document']],
    // a comma between, six words between, set phrases without an article, two different nouns
    ['the talks, and the talks that followed', []],
    ['the talks that were held on Monday in the city of Istanbul and the talks', []],
    ['day by day, side by side, talks about talks', []],
    // plain English the rule still flags: a noun met by its own plural; none stands in the 582 texts of the dev sets
    ['the minister met the ministers of France and Italy', ['the minister met the ministers']],
    ['the Chinese people are striving to achieve the Chinese dream', []],
    // the echo is a possessive or the first part of a hyphened word: another thing named
    ['Iraqis outside the country can begin voting in the country\'s elections', []],
    ['the Fox was jealous of the Lion carrying off the Lion’s share', []],
    ['the gap between the haves and the have-nots', []],
    ['the strait and the straits', ['the strait and the straits']],
    ['the talker met the talks team', []],
    // a pair joined by and, or, of said again; a pair said again after six words or with another word
    ['the power of navigation and flying through the navigation and flying power', ['navigation and flying through the navigation and flying']],
    ['freedom of navigation is the right, and freedom of navigation', []],
    ['talks and visits will go on, and talks and meetings too', []],
    // a word said again across its own "of"; the same words either side of "or", the same past-tense verb either side of "and"
    ['[Foreign Minister of Foreign Affairs Wang / China: ...]', ['Foreign Minister of Foreign']],
    ['condemned the statement of the Swedish Parliament statement.', ['statement of the Swedish Parliament statement']],
    ['whether to look for a solution or a solution.', ['a solution or a solution']],
    ['the United States. , explained and explained that', ['explained and explained']],
    ['strengthening interaction are significant and significant,” the text says', ['significant and significant']],
    ['bigger and bigger, further and further, thousands and thousands, through and through, months and months', []],
    ['titles in lightweight, welterweight, junior middleweight and middleweight', []],
    ['many of the many refugees, the Minister of Foreign Affairs, the Republic of Korea and the Korean side', []],
    ['a solution or another solution, more and more active, again and again, the talks or a talk', []],
    ['the Secretary of State of the United States met the State Department', []],
    ['the International Health Regulations of the World Health Organization', []],
    ['the United States and the United Nations; the Arab League has stressed the Arab world', []],
    ['on the second day of the second round, the same two sit in the same seats, the three countries sat and the three leaders', []],
    // another noun phrase between the halves puts the echo in another clause; a coordinate repeated with its own verb stresses a point
    ['fuel to the mission caused the UN to withdraw the mission; not as a response in the industry but as a fundamental change the industry is going through', []],
    ['Boatmen\'s was the plum of Missouri and was the plum of the central Midwest', []],
    ['that the truth is that the truth, and the talks and was the talks', ['the truth is that the truth', 'the talks and was the talks']],
    ['the survey rated some participants in the survey; the group says all members of the group', []],
    ['recording of the year and song of the year; used in the conservation of mummies and the conservation of the intestines', []],
    ['the conservation of mummies and the conservation', ['the conservation of mummies and the conservation']],
    ['investment in sources of energy and the development of alternative sources of energy', []],
    ['the Kunar district of Kunar province, the minister of economics and communications minister, the island of Gavutu in the Pacific island', []],
    ['the Islamic Republic of Iran and the Republic of Ireland, the Affairs Desk of the Department of Foreign Affairs', []],
  ];
  for (const [text, expected] of cases) {
    const found = echoedPhrases.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('echoed-phrase: an echo or its first half modifying the noun after it names another thing; an adjective echo does not', () => {
  const cases: [string, [string, string][], string[]][] = [
    ['He faces the death penalty for allegedly ordering the deaths of villagers',
      [['death', 'NOUN'], ['penalty', 'NOUN']], []],
    ['inflation at the consumer level when the government publishes the consumer price index',
      [['consumer', 'NOUN'], ['price', 'NOUN'], ['index', 'NOUN']], []],
    ['the foreign ministers met with the foreign minister',
      [['foreign', 'ADJ'], ['minister', 'NOUN']], ['the foreign ministers met with the foreign']],
  ];
  for (const [text, tagged, expected] of cases) {
    const doc = paragraphDoc(text);
    // the tokens of the echo and what follows it: the last occurrence of each word as a whole word
    for (const [word, pos] of tagged) {
      const start = [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].at(-1)!.index;
      doc.tokens.push({ start, end: start + word.length, text: word, sentence: 0, pos, lemma: word });
    }
    const found = echoedPhrases.check(doc, lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('echoed-phrase: a title echoing the first word of a place named after it is a name; a title rendered twice is not', () => {
  const cases: [string, string, string[]][] = [
    ['Speaking to The Jersey Journal of Jersey City, Costeira said so.', 'Jersey City', []],
    ['[Foreign Minister of Foreign Affairs Wang / China: ...]', 'China', ['Foreign Minister of Foreign']],
  ];
  for (const [text, place, expected] of cases) {
    const doc = paragraphDoc(text);
    const start = text.indexOf(place);
    doc.mentions.push({ id: 'm0', start, end: start + place.length, text: place, type: 'GPE', entity: null, source: 'tagger', nominal: false });
    const found = echoedPhrases.check(doc, lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
