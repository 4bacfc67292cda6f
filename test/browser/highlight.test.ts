// The article view's span logic (web/src/highlight.ts): plain functions, tested without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyDoc, spanOf } from '../../src/model/index.ts';
import { marksOf, segments, type Mark } from '../../web/src/highlight.ts';

const mark = (layer: Mark['layer'], start: number, end: number, ref = `${layer}${start}`): Mark => ({ layer, start, end, ref, label: ref });

describe('segments', () => {
  const cases: [string, number, Mark[], [number, number, string[]][]][] = [
    ['no marks: one plain run', 5, [], [[0, 5, []]]],
    ['one mark in the middle', 10, [mark('entity', 2, 5)], [[0, 2, []], [2, 5, ['entity2']], [5, 10, []]]],
    ['nested marks, outermost first', 10, [mark('entity', 3, 5), mark('quote', 0, 8)],
      [[0, 3, ['quote0']], [3, 5, ['quote0', 'entity3']], [5, 8, ['quote0']], [8, 10, []]]],
    ['overlapping marks', 6, [mark('quote', 0, 4), mark('event', 2, 6)], [[0, 2, ['quote0']], [2, 4, ['quote0', 'event2']], [4, 6, ['event2']]]],
    ['a mark over the whole text', 3, [mark('message', 0, 3)], [[0, 3, ['message0']]]],
  ];
  for (const [name, length, marks, expected] of cases) {
    it(name, () => {
      assert.deepEqual(segments(length, marks).map((s) => [s.start, s.end, s.marks.map((m) => m.ref)]), expected);
    });
  }

  it('covers the text exactly once, whatever the marks', () => {
    const marks = [mark('quote', 1, 9), mark('entity', 1, 3), mark('cue', 9, 10), mark('timex', 4, 7), mark('event', 6, 8)];
    const parts = segments(12, marks);
    assert.equal(parts[0]!.start, 0);
    assert.equal(parts.at(-1)!.end, 12);
    for (let i = 1; i < parts.length; i++) assert.equal(parts[i]!.start, parts[i - 1]!.end);
  });
});

describe('marksOf', () => {
  const text = 'Li said "we are ready" on Monday.';
  const doc = emptyDoc(text, { published: '2020-10-23' });
  doc.mentions.push({ id: 'm1', type: 'PERSON', entity: 'e1', source: 'tagger', nominal: false, ...spanOf(text, 0, 2) });
  doc.entities.push({ id: 'e1', name: 'Li Lifan', type: 'PERSON', aliases: ['Li'], mentions: ['m1'], country: 'CHN', countrySource: 'stated', actorCode: 'CHN', role: null, affiliation: null });
  doc.quotes.push({
    id: 'q1', type: 'direct', ...spanOf(text, 0, 22), content: [spanOf(text, 9, 21)], cue: { ...spanOf(text, 3, 7), lemma: 'say' },
    speaker: { kind: 'person', name: 'Li Lifan', mention: spanOf(text, 0, 2), entity: 'e1', resolved: false, countries: ['CHN'], role: null, affiliation: null },
    layout: 'said-that', nestedIn: null, stance: null,
  });
  doc.timexes.push({ id: 't1', type: 'DATE', value: '2020-10-19', mod: null, anchor: { kind: 'published', timex: null }, stated: ['weekday'], implied: ['year', 'month', 'day'], ...spanOf(text, 26, 32) });
  doc.messages.push({ level: 'warning', rule: 'truncated', stage: 'quality', text: 'cut off', start: text.length, end: text.length });
  doc.messages.push({ level: 'info', rule: 'no-place', stage: 'quality', text: 'document-wide', start: null, end: null });

  const marks = marksOf(doc);
  const find = (layer: Mark['layer']) => marks.filter((m) => m.layer === layer);

  it('names the speaker, the content and the cue of a quote', () => {
    assert.deepEqual(find('quote').map((m) => [m.start, m.end, m.ref]), [[9, 21, 'q1']]);
    assert.match(find('quote')[0]!.label, /^Li Lifan → “we are ready” \(said\), direct$/);
    assert.deepEqual(find('speaker').map((m) => [m.start, m.end, m.ref]), [[0, 2, 'q1']]);
    assert.deepEqual(find('cue').map((m) => text.slice(m.start, m.end)), ['said']);
  });

  it('shows a date\'s value and an entity\'s canonical name', () => {
    assert.equal(find('timex')[0]!.label, 'DATE 2020-10-19');
    assert.equal(find('entity')[0]!.label, 'PERSON Li = Li Lifan [CHN]');
  });

  it('shows a zero-width message on the character before it and leaves document-wide ones out', () => {
    assert.deepEqual(find('message').map((m) => [m.start, m.end]), [[text.length - 1, text.length]]);
  });

  it('drops spans outside the text instead of breaking the view', () => {
    const broken = emptyDoc('short');
    broken.timexes.push({ ...doc.timexes[0]!, start: 3, end: 40, text: 'x' });
    assert.deepEqual(marksOf(broken), []);
  });
});
