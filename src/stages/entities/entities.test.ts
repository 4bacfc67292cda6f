import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { surnameMentions } from './entities.ts';

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
    // a hyphened surname alone, once the full name has been written
    ['Ambassador Alexander Botsan-Kharchenko arrived. Botsan-Kharchenko said so.', ['Alexander Botsan-Kharchenko/PERSON', 'Botsan-Kharchenko/PERSON']],
  ];
  for (const [text, want] of cases) assert.deepEqual(mentions(text), want, text);
});

test('a title the tagger took into a name is left out; a span of title words before a name is no name', () => {
  const cases: [string, string[]][] = [
    ['Singaporean Minister for Defence Ng Eng Hen held talks in Hanoi.', ['Singaporean/NORP', 'Ng Eng Hen/PERSON', 'Hanoi/GPE']],
    ['Minister of National Defence General Phan Van Giang held talks.', ['Phan Van Giang/PERSON']],
    // An organisation whose name starts with a word of titles keeps its name.
    ['Shares of General Electric Co rose.', ['General Electric Co/ORG']],
    ['The Congress of South African Trade Unions marched.', ['Congress of South African Trade Unions/ORG']],
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

test('an honorific makes a person of the name after it, not of a title', () => {
  const cases: [string, string[]][] = [
    ['Mr. Chavez refused to renew the license.', ['Chavez/PERSON']],
    ['Thank you, Mr. President.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(mentions(text).filter((m) => !m.startsWith('President')), want, text);
});

test('courtesy titles are no part of a person\'s name, one or several; a title word inside a name, a title as a common noun and "Dr." in a company name stay', () => {
  const persons = (text: string) => mentions(text).filter((m) => m.endsWith('/PERSON'));
  const cases: [string, string[]][] = [
    ['Prime Minister Tan Sri Muhyiddin Yassin arrived in Brunei.', ['Muhyiddin Yassin/PERSON']],
    ['Datuk Seri Ismail Sabri Yaakob received messages.', ['Ismail Sabri Yaakob/PERSON']],
    ['He met H.E. Sheikh Mohammed bin Zayed Al Nahyan on Monday.', ['Mohammed bin Zayed Al Nahyan/PERSON']],
    ['Muhyiddin said Sheikh Tamim congratulated him.', ['Muhyiddin/PERSON', 'Tamim/PERSON']],
    ['Iran\'s Supreme Leader Ayatollah Ali Khamenei spoke.', ['Ali Khamenei/PERSON']],
    ['Hojatoleslam Hassan Rouhani won the election.', ['Hassan Rouhani/PERSON']],
    ['Malaysian Foreign Minister Datuk Seri Hishammuddin Tun Hussein was there.', ['Hishammuddin Tun Hussein/PERSON']],
    // The name runs on over the particles of Arab names, into the person read after them.
    ['Grand Ayatollah Ali al-Sistani approved the vote.', ['Ali al-Sistani/PERSON']],
    ["Syrian President Bashar al-Assad's forces advanced.", ['Bashar al-Assad/PERSON']],
    ['The Emir of Qatar Sheikh Tamim bin Hamad Al Thani called.', ['Tamim bin Hamad Al Thani/PERSON']],
    // Negatives: a surname Haji, the sheikh as a common noun.
    ['Abdullahi Haji said the talks failed.', ['Abdullahi Haji/PERSON']],
    ['The sheikh said the talks failed.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(persons(text), want, text);
  assert.ok(mentions('Shares of Dr. Pepper Snapple Group rose.').every((m) => !m.endsWith('/PERSON')));
});

test('an acronym introduced after a tagged name is read where it recurs, but not a place in parentheses', () => {
  const text = 'The International Longshoremen\'s Association (ILA) struck. Workers backed the ILA on Monday.';
  assert.deepEqual(mentions(text).filter((m) => m.startsWith('ILA')), ['ILA/ORG', 'ILA/ORG']);
});

test('a bare surname after the full name is a person unless it runs into another name or opens its sentence as a common word', () => {
  // One sentence per line; tokens as word/POS; the person found is the first two tokens of the first sentence.
  const read = (lines: string[]) => {
    let at = 0;
    const sentences = lines.map((line) =>
      line.split(' ').map((w) => {
        const [text, pos] = w.split('/') as [string, string];
        const t = { text, pos, start: at, end: at + text.length };
        at += text.length + 1;
        return t;
      }),
    );
    const text = sentences.flat().map((t) => t.text).join(' ');
    const [a, b] = sentences[0]!;
    const person = { type: 'PERSON' as const, first: 0, last: 1, start: a!.start, end: b!.end };
    return surnameMentions(text, sentences, [person], (w) => w === 'Rice').map((c) => text.slice(c.start, c.end) + '@' + c.start);
  };
  assert.deepEqual(read(['Raila/PROPN Odinga/PROPN lost ./PUNCT', 'Odinga/PROPN suspended/VERB it/PRON']), ['Odinga@20']);
  assert.deepEqual(read(['Raila/PROPN Odinga/PROPN lost ./PUNCT', 'they/PRON backed/VERB Odinga/PROPN']), ['Odinga@32']);
  assert.deepEqual(read(['Raila/PROPN Odinga/PROPN lost ./PUNCT', 'Odinga/PROPN Street/PROPN closed/VERB']), []);
  assert.deepEqual(read(['Condoleezza/PROPN Rice/PROPN spoke ./PUNCT', 'Rice/PROPN prices/NOUN rose/VERB']), []);
  assert.deepEqual(read(['Raila/PROPN Odinga/PROPN lost ./PUNCT', 'the/DET Odingas/PROPN met/VERB']), []);
});
