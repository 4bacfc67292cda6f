import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymAfter, headedNames, honorificNames, knownSurnameSubjects, quotedSpeakerNames, typeByHead } from './patterns.ts';
import { loadNameHeads } from '../../lexicons/entities/name-heads.ts';

const heads = loadNameHeads();

const toks = (s: string) => s.split(' ').map((text, i) => ({ text, start: i, end: i + 1 }));
const names = (s: string) => {
  const t = toks(s);
  return headedNames(t, heads).map((n) => `${t.slice(n.first, n.last + 1).map((x) => x.text).join(' ')}/${n.type}`);
};

test('laws and events are found by their heads', () => {
  const cases: [string, string[]][] = [
    ['signed the Treaty of Friendship , Alliance and Mutual Assistance in 1950', ['Treaty of Friendship , Alliance and Mutual Assistance/LAW']],
    ['the Intermediate-Range Nuclear Forces ( INF ) Treaty was', ['Intermediate-Range Nuclear Forces ( INF ) Treaty/LAW']],
    ['anniversary of the Korean War , declaring', ['Korean War/EVENT']],
    ['after World War II ended', ['World War II/EVENT']],
    ['the Paris Climate Accord', ['Paris Climate Accord/LAW']],
  ];
  for (const [text, want] of cases) assert.deepEqual(names(text), want, text);
});

test('lower-case heads and bare heads are not names', () => {
  for (const text of ['the treaty of friendship', 'a war broke out', 'the Treaty was signed', 'War is over', 'the US presidential election']) {
    assert.deepEqual(names(text), [], text);
  }
});

test('a parenthesised acronym after a name is found, a parenthesised remark is not', () => {
  const t = toks('the New Strategic Arms Reduction Treaty ( New START ) .');
  assert.deepEqual(acronymAfter(t, 5), { first: 7, last: 8 });
  assert.equal(acronymAfter(toks('Treaty ( signed in 1950 )'), 0), null);
  assert.equal(acronymAfter(toks('Treaty , ( INF )'), 0), null);
});

test('head words type names', () => {
  assert.equal(typeByHead(['Korean', 'War'], heads), 'EVENT');
  assert.equal(typeByHead(['Treaty', 'of', 'Rome'], heads), 'LAW');
  assert.equal(typeByHead(['War'], heads), null);
  assert.equal(typeByHead(['Vladimir', 'Putin'], heads), null);
});

test('a name quoted words are attributed to is found even when unknown; other words are not', () => {
  // Tokens as "word/POS"; the speech verbs here are said and says.
  const speakers = (s: string) => {
    const t = s.split(' ').map((w, i) => {
      const [text, pos] = w.split('/');
      return { text: text!, pos: pos ?? 'X', start: i, end: i + 1 };
    });
    return quotedSpeakerNames(t, (w) => w === 'said' || w === 'says').map((n) => t.slice(n.first, n.last + 1).map((x) => x.text).join(' '));
  };
  const cases: [string, string[]][] = [
    ['ready ./PUNCT "/PUNCT Thoi/PROPN said/VERB ./PUNCT', ['Thoi']],
    ['ready ,/PUNCT "/PUNCT said/VERB Maria/PROPN Okonkwo/PROPN ./PUNCT', ['Maria Okonkwo']],
    ['ready ,/PUNCT "/PUNCT said/VERB Ana/PROPN ,/PUNCT a/DET lawyer/NOUN', ['Ana']],
    ['ready ./PUNCT "/PUNCT He/PRON said/VERB ./PUNCT', []],
    ['ready ./PUNCT "/PUNCT Officials/NOUN said/VERB ./PUNCT', []],
    ['ready ./PUNCT "/PUNCT Thoi/PROPN left/VERB ./PUNCT', []],
    ['Thoi/PROPN said/VERB it/PRON was/AUX over/ADP ./PUNCT', []],
    ['ready ,/PUNCT "/PUNCT said/VERB Ana/PROPN Lima/PROPN on/ADP Monday/PROPN', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(speakers(text), want, text);
});

test('the capitalised words after courtesy titles are a person; titles before a lower-case word, or a title word as a common noun, are not', () => {
  // Tokens at their character offsets: the titles are read from the text, not from the tokens.
  const named = (s: string) => {
    let at = 0;
    const t = s.split(' ').map((text) => ({ text, start: (at = s.indexOf(text, at)), end: (at += text.length) }));
    return honorificNames(t, (offset) => heads.courtesyTitles(s, offset)).map((n) => t.slice(n.first, n.last + 1).map((x) => x.text).join(' '));
  };
  const cases: [string, string[]][] = [
    ['Mr. Chavez refused to renew the license', ['Chavez']],
    ['opposed Mr. Chavez , but', ['Chavez']],
    ['Dr. Maria Okonkwo Eze Jr said', ['Maria Okonkwo Eze']],
    ['Mrs Thatcher and Mr Major met', ['Thatcher', 'Major']],
    ['Prime Minister Tan Sri Muhyiddin Yassin arrived', ['Muhyiddin Yassin']],
    ['Datuk Seri Dr Wan Azizah Wan Ismail said', ['Wan Azizah Wan']],
    ['said Sheikh Tamim followed', ['Tamim']],
    ['Supreme Leader Ayatollah Ali Khamenei said', ['Ali Khamenei']],
    ['the Mr. who came', []],
    ['Mr. said nothing', []],
    ['the sheikh said', []],
    ['Ahmed Haji said', []],
    ['Chavez refused', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(named(text), want, text);
});

test('a known surname standing as a subject or owner is a name; elsewhere, unknown or inside a longer name it is not', () => {
  // Tokens as "word/POS"; the known surnames here are Odinga, Minh, Menem and Tin, of which Tin is a common word.
  const known = new Set(['Odinga', 'Minh', 'Menem', 'Tin']);
  const subjects = (s: string) => {
    const t = s.split(' ').map((w, i) => {
      const [text, pos] = w.split('/');
      return { text: text!, pos: pos ?? 'X', start: i, end: i + 1 };
    });
    return knownSurnameSubjects(t, (w) => known.has(w), (w) => w === 'Tin').map((n) => t[n.first]!.text);
  };
  const cases: [string, string[]][] = [
    ['Odinga/PROPN suspended/VERB the/DET demonstrations/NOUN', ['Odinga']],
    ['Minh/PROPN also/ADV held/VERB talks/NOUN', ['Minh']],
    ["Menem/PROPN 's/PART lawyer/NOUN denounced/VERB", ['Menem']],
    ['talks/NOUN with/ADP Minh/PROPN ./PUNCT', []],
    ['Odinga/PROPN Street/PROPN was/AUX closed/VERB', []],
    ['Raila/PROPN Odinga/PROPN lost/VERB', []],
    ['Thoi/PROPN said/VERB', []],
    ['Odinga/NOUN said/VERB', []],
    ['Tin/PROPN was/AUX unchanged/ADJ', []],
    ['and/CCONJ Tin/PROPN was/AUX there/ADV', ['Tin']],
  ];
  for (const [text, want] of cases) assert.deepEqual(subjects(text), want, text);
});
