import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { exportFixtureStore, sink } from './export-fixture.ts';
import { GDELT_COLUMNS, writeGdelt } from './gdelt.ts';
import { actionGeo } from './event-geo.ts';
import { spanOf } from '../model/index.ts';
import { contentHash } from '../store/content-hash.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { CHINA, fixtureArticle, putinArticle, RUSSIA, USA } from '../store/test-fixtures.ts';
import { sharedDataFile } from '../util/shared-data.ts';

const CAMEO = new Set((JSON.parse(readFileSync(new URL('../lexicons/events/cameo-codes.json', import.meta.url), 'utf8')) as { code: string }[]).map((c) => c.code));

describe('GDELT 2.0 Events export', () => {
  it('ships the 61 GDELT column names in order', () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.equal(GDELT_COLUMNS[0], 'GlobalEventID');
    assert.equal(GDELT_COLUMNS[26], 'EventCode');
    assert.equal(GDELT_COLUMNS[60], 'SOURCEURL');
  });

  it('writes 61 tab-separated columns per dyad with valid codes, copies counted in NumArticles', async () => {
    const store = await exportFixtureStore();
    const out = sink();
    const { rows } = await writeGdelt(store, out);
    await store.close();
    const lines = out.text().trimEnd().split('\n').map((l) => l.split('\t'));
    assert.equal(lines.length, rows);
    // First article: the compound source (RUS+CHN → USA) gives two rows, the second event one; second article two.
    assert.equal(rows, 5);
    const col = (line: string[], name: string) => line[GDELT_COLUMNS.indexOf(name)]!;
    for (const line of lines) {
      assert.equal(line.length, 61);
      assert.match(col(line, 'GlobalEventID'), /^\d+$/);
      assert.match(col(line, 'Day'), /^\d{8}$/);
      assert.equal(col(line, 'MonthYear'), col(line, 'Day').slice(0, 6));
      assert.ok(CAMEO.has(col(line, 'EventCode')), `unknown CAMEO code ${col(line, 'EventCode')}`);
      assert.ok(col(line, 'EventCode').startsWith(col(line, 'EventRootCode')));
      assert.ok(col(line, 'EventCode').startsWith(col(line, 'EventBaseCode')));
      assert.match(col(line, 'QuadClass'), /^[1-4]$/);
      assert.match(col(line, 'Actor1Code'), /^[A-Z]{3}/);
      assert.match(col(line, 'Actor1CountryCode'), /^([A-Z]{3})?$/);
      assert.match(col(line, 'DATEADDED'), /^\d{14}$/);
    }
    // The copy reports "criticised" (RUS → USA 111) as its original does, but codes the consultation RUS → CHN:
    // only the rows it codes count it.
    assert.deepEqual(lines.slice(0, 3).map((l) => [col(l, 'Actor1Code'), col(l, 'Actor2Code'), col(l, 'EventCode'), col(l, 'NumArticles')]),
      [['RUS', 'USA', '040', '1'], ['CHN', 'USA', '040', '1'], ['RUS', 'USA', '111', '2']]);
    // Both from example.com: one source.
    assert.deepEqual(['NumMentions', 'NumSources', 'NumArticles'].map((c) => col(lines[2]!, c)), ['2', '1', '2']);
    assert.equal(col(lines[3]!, 'NumArticles'), '1');
    assert.equal(col(lines[0]!, 'Day'), '20201020');
    assert.equal(col(lines[0]!, 'SOURCEURL'), 'https://example.com/putin-on-Monday');
    assert.equal(col(lines[0]!, 'Actor1Name'), 'RUSSIA');
    // "Vladimir Putin met officials in Moscow": no place in the event's sentence, no dateline: the source's country.
    assert.deepEqual(['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_FeatureID'].map((c) => col(lines[0]!, c)),
      ['1', 'Russia', 'RS', 'RS']);
    assert.deepEqual(['Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode'].map((c) => col(lines[0]!, c)), ['1', 'United States', 'US']);
    // Document tone: "accept" and "criticised" in 27 words: 0.
    assert.equal(col(lines[0]!, 'AvgTone'), '0');
  });

  it('places an event where its sentence or dateline says, and scores tone on the text', async () => {
    const store = openSqliteStore(':memory:');
    const spec = putinArticle('2020-10-20');
    const text = 'MOSCOW, Oct 20 (Reuters) - Russia consulted China on trade in Beijing. Russia criticised the United States over tariffs.';
    await store.putArticle(fixtureArticle({
      ...spec, text, entities: [{ ...RUSSIA, surfaces: ['Russia', 'Russia'] }, { ...CHINA, surfaces: ['China'] }, { ...USA, surfaces: ['United States'] }],
      quotes: [], events: [{ trigger: 'consulted', source: 0, target: 1, code: '040', goldstein: 1, quadClass: 1 },
        { trigger: 'criticised', source: 0, target: 2, code: '111', goldstein: -2, quadClass: 3 }],
    }));
    const doc = (await store.getDoc(contentHash(text)))!;
    doc.mentions.push({ id: 'm9', type: 'GPE', entity: null, source: 'tagger', nominal: false, ...spanOf(text, text.indexOf('Beijing'), text.indexOf('Beijing') + 7) });
    await store.close();
    const geo = (event: number) => { const g = actionGeo(doc, doc.events[event]!); return g && [g.type, g.fullName, g.countryCode]; };
    assert.deepEqual(geo(0), [4, 'Beijing, China', 'CH'], 'the place named in the sentence');
    assert.deepEqual(geo(1), [4, 'Moscow, Russia', 'RS'], 'the dateline');
  });
});

describe('GDELT export checked against GDELT\'s column definitions', () => {
  const file = sharedDataFile('gdelt/events_v2_columns.tsv');
  it('fills every column with a value of its type', { skip: file ? false : 'needs ../shared/data/gdelt/events_v2_columns.tsv' }, async () => {
    const defs = readFileSync(file!, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    assert.deepEqual(defs.map((d) => d[1]), [...GDELT_COLUMNS]);
    const store = await exportFixtureStore();
    const out = sink();
    await writeGdelt(store, out);
    await store.close();
    for (const line of out.text().trimEnd().split('\n').map((l) => l.split('\t'))) {
      defs.forEach(([, name, type], i) => {
        const v = line[i]!;
        if (v === '') return;
        if (type === 'integer') assert.match(v, /^-?\d+$/, name);
        if (type === 'float') assert.match(v, /^-?\d+(\.\d{1,12})?$/, `${name}: ${v}`);
      });
      for (const side of ['Actor1Geo', 'Actor2Geo', 'ActionGeo']) {
        const type = line[GDELT_COLUMNS.indexOf(`${side}_Type`)]!;
        assert.match(type, /^[0-5]$/);
        if (type !== '0') assert.match(line[GDELT_COLUMNS.indexOf(`${side}_CountryCode`)]!, /^[A-Z]{2}$/, `${side} is FIPS 10-4`);
      }
    }
  });
});
