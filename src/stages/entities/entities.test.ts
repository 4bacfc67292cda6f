import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax', 'entities'));
const mentions = (text: string) => pipeline.analyze({ text }).mentions.map((m) => `${m.text}/${m.type}`);

test('names are typed by the tagger, refined by gazetteer and patterns', () => {
  const cases: [string, string[]][] = [
    ['German Chancellor Angela Merkel met French officials in Paris on Monday.', ['German/NORP', 'Angela Merkel/PERSON', 'French/NORP', 'Paris/GPE']],
    ['Japan and India signed the Treaty of Peace and Friendship in Tokyo.', ['Japan/GPE', 'India/GPE', 'Treaty of Peace and Friendship/LAW', 'Tokyo/GPE']],
    ['Veterans of the Vietnam War marched in Washington.', ['Vietnam War/EVENT', 'Washington/GPE']],
    ['The Comprehensive Nuclear-Test-Ban Treaty (CTBT) was never ratified. The CTBT bans tests.', ['Comprehensive Nuclear-Test-Ban Treaty/LAW', 'CTBT/LAW', 'CTBT/LAW']],
  ];
  for (const [text, want] of cases) assert.deepEqual(mentions(text), want, text);
});

test('mentions carry ids in text order, exact offsets, a source and no entity yet', () => {
  const text = 'Kenyan President William Ruto spoke in Nairobi.';
  const doc = pipeline.analyze({ text });
  assert.deepEqual(doc.mentions.map((m) => m.id), doc.mentions.map((_, i) => `m${i + 1}`));
  for (const m of doc.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(m.entity, null);
    assert.equal(m.nominal, false);
    assert.ok(['tagger', 'gazetteer', 'pattern'].includes(m.source));
  }
});

test('lower-case words and pronouns are not names', () => {
  for (const text of ['they told us that the war was over.', 'the treaty was signed by both sides.', '']) {
    assert.deepEqual(mentions(text), [], text);
  }
});

test('a dateline is its own places and agency: no name runs into it, none is taken from it', () => {
  const cases: [string, string[]][] = [
    ['BRUSSELS (Reuters) - EU ministers agreed.', ['BRUSSELS/GPE', 'Reuters/ORG', 'EU/ORG']],
    ['Vilnius (AFP) - NATO leaders met.', ['Vilnius/GPE', 'AFP/ORG', 'NATO/ORG']],
    ['UNITED NATIONS, Sept. 21 (Xinhua) -- China spoke.', ['UNITED NATIONS/GPE', 'Xinhua/ORG', 'China/GPE']],
    ['TALLAHASSEE, Fla. (AP) — Floods rose.', ['TALLAHASSEE/GPE', 'Fla./GPE', 'AP/ORG']],
    // Not a dateline: the same words in a sentence are the tagger's.
    ['Officials in Brussels said Reuters was wrong.', ['Brussels/GPE', 'Reuters/ORG']],
  ];
  for (const [text, want] of cases) assert.deepEqual(mentions(text), want, text);
});

test('hyphenated given names stay whole; two names joined by a hyphen stay two', () => {
  const cases: [string, string[]][] = [
    ['German President Frank-Walter Steinmeier arrived in Kenya.', ['German/NORP', 'Frank-Walter Steinmeier/PERSON', 'Kenya/GPE']],
    ['Kim Yo-jong, the sister of Kim Jong-un, warned Tuesday.', ['Kim Yo-jong/PERSON', 'Kim Jong-un/PERSON']],
    ['He met Jean-Noel Barrot and Hossein Amir-Abdollahian on Monday.', ['Jean-Noel Barrot/PERSON', 'Hossein Amir-Abdollahian/PERSON']],
    ['Tony Blair met Bill Clinton-era officials.', ['Tony Blair/PERSON', 'Bill Clinton/PERSON']],
  ];
  for (const [text, want] of cases) assert.deepEqual(mentions(text), want, text);
});

test('a title the tagger took into a name is left out; a span of title words before a name is no name', () => {
  const cases: [string, string[]][] = [
    ['Singaporean Minister for Defence Ng Eng Hen held talks in Hanoi.', ['Singaporean/NORP', 'Ng Eng Hen/PERSON', 'Hanoi/GPE']],
    ['Minister of National Defence General Phan Van Giang held talks.', ['Phan Van Giang/PERSON']],
    // An organisation whose name starts with a word of titles keeps its name.
    ['Shares of General Electric Co rose.', ['General Electric Co/ORG']],
  ];
  for (const [text, want] of cases) assert.deepEqual(mentions(text), want, text);
});

test('no names from non-names: honorifics, a leading article, wire tags, a place opening a disease name', () => {
  const cases: [string, string[]][] = [
    ['Phan Van Giang met Ng Eng Hen. Mr Giang said Mr Ng agreed.', ['Phan Van Giang/PERSON', 'Ng Eng Hen/PERSON', 'Giang/PERSON', 'Ng/PERSON']],
    ['The US side should stop the practice. Enditem', ['US/GPE']],
    ['African swine fever has spread to Vietnam.', ['Vietnam/GPE']],
    // Kept: a demonym before people, a city whose name has the article.
    ['Kenyan farmers met in The Hague.', ['Kenyan/NORP', 'The Hague/GPE']],
  ];
  for (const [text, want] of cases) assert.deepEqual(mentions(text), want, text);
});
