import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNameHeads } from './name-heads.ts';

const heads = loadNameHeads();

test('courtesy titles before a name, one or several in a row, are read whole; the name is what follows', () => {
  const cases: [string, string][] = [
    ['Tan Sri Muhyiddin Yassin', 'Muhyiddin Yassin'],
    ['Datuk Seri Anwar Ibrahim', 'Anwar Ibrahim'],
    ["Dato' Sri Najib Razak", 'Najib Razak'],
    ['Datuk Seri Dr Wan Azizah', 'Wan Azizah'],
    ['H.E. Sheikh Mohammed bin Zayed Al Nahyan', 'Mohammed bin Zayed Al Nahyan'],
    ['His Highness Sheikh Tamim bin Hamad Al Thani', 'Tamim bin Hamad Al Thani'],
    ['Sayyid Badr Albusaidi', 'Badr Albusaidi'],
    ['Haji Hassanal Bolkiah', 'Hassanal Bolkiah'],
    ['Grand Ayatollah Ali al-Sistani', 'Ali al-Sistani'],
    ['Hojatoleslam Hassan Rouhani', 'Hassan Rouhani'],
    ['Prof. Dr. Ahmad Fauzi', 'Ahmad Fauzi'],
    ['Khun Prayut', 'Prayut'],
    ['Mr. Chavez', 'Chavez'],
    ['Mr. de Villepin', 'de Villepin'],
  ];
  for (const [text, name] of cases) assert.equal(text.slice(heads.courtesyTitles(text)), name, text);
  // Read where the caller points: after a title of office, never inside a word.
  const text = 'Prime Minister Tan Sri Muhyiddin Yassin and Sidr. Ali';
  assert.equal(heads.courtesyTitles(text, text.indexOf('Tan')), 'Tan Sri '.length);
  assert.equal(heads.courtesyTitles(text, text.indexOf('dr.')), 0);
});

test('no courtesy title: a title word inside or closing a name, one before a lower-case word, a lower-case title word, a name that only looks like one', () => {
  for (const text of [
    'Hishammuddin Tun Hussein', // a title word inside the name
    'Ahmed Haji', // a surname Haji
    'Haji', // nothing follows
    'Haji, 54', // no word follows
    'the sheikh said', // a common noun
    'Sheikhs', // no title
    'Sultan Al Jaber', // Sultan is a given name: not listed
    'Tun Tun Oo', // Tun opens Burmese names: not listed
    'Drake', // not "Dr"
    'Gen. Prayut Chan-o-cha', // a title of office: the agent table's
  ]) assert.equal(heads.courtesyTitles(text), 0, text);
});

test('the courtesy titles of one word are the honorifics; titles of office carry a role and are no courtesy title', () => {
  for (const t of ['Mr', 'Dr.', 'Sheikh', 'Ayatollah', 'Haji']) assert.ok(heads.honorifics.has(t), t);
  for (const t of ['Tan Sri', 'Tan', 'Sri', 'Emir']) assert.ok(!heads.honorifics.has(t), t);
  assert.equal(heads.offices.get('EMIR'), 'GOV');
  assert.equal(heads.courtesyTitles('Emir Tamim'), 0);
});

test('name particles after a name run on to the capitalised word each leads to; not to a lower-case word nor over a line break', () => {
  const cases: [string, string][] = [
    ['Ali al-Sistani said', ' al-Sistani'],
    ['Mohammed bin Zayed Al Nahyan', ' bin Zayed'],
    ['Badr bin Saud bin Harib', ' bin Saud bin Harib'],
    ['Abdel Fattah el-Sisi met', ' el-Sisi'],
    // negative
    ['Ali al said', ''],
    ['Tamim Al Thani', ''],
    ['Ali\nal-Sistani', ''],
    ['Ali said al-Sistani', ''],
  ];
  for (const [text, run] of cases) {
    const name = text.split(/[\s]/)[0]!.length + (text.startsWith('Abdel') ? ' Fattah'.length : 0);
    assert.equal(text.slice(name, name + heads.nameParticles(text, name)), run, text);
  }
});
