import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { ingest, nextToStore, type Entry } from './ingest.ts';

const entry = (state: Entry['state'], bands?: string[]) => ({ state, bands: bands && new Set(bands) });

describe('nextToStore', () => {
  const cases: [string, ReturnType<typeof entry>[], 'input' | 'finish', number | null][] = [
    ['input order: the first article when it is analysed', [entry('ready', ['a']), entry('ready', ['b'])], 'input', 0],
    ['input order: nothing while the first is still analysed', [entry('working', ['a']), entry('ready', ['b'])], 'input', null],
    ['as they finish: a later article past an earlier one that cannot be its copy', [entry('working', ['a']), entry('ready', ['b'])], 'finish', 1],
    ['as they finish: not past an earlier one that may be its original (a shared band)', [entry('working', ['a', 'c']), entry('ready', ['b', 'c'])], 'finish', null],
    ['as they finish: not past an earlier one whose signature is not known yet', [entry('working'), entry('ready', ['b'])], 'finish', null],
    ['as they finish: the first analysed one when several are', [entry('working', ['a']), entry('ready', ['b']), entry('ready', ['c'])], 'finish', 1],
    ['nothing analysed, nothing to store', [entry('working', ['a'])], 'finish', null],
  ];
  for (const [what, flight, order, expected] of cases) {
    it(what, () => {
      const next = nextToStore(flight, order);
      assert.equal(next ? flight.indexOf(next) : null, expected);
    });
  }
});

describe('ingest storing as analyses finish', { timeout: 120_000 }, () => {
  it('stores the same corpus as in input order, the copy linked to its original', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-finish-'));
    try {
      const story = (i: number) => `Report ${i}: the foreign ministers of ${['France', 'Japan', 'Brazil', 'Egypt'][i % 4]} and Canada met on Monday to discuss trade.\n`
        + `"We will meet again in March," said minister Anna Petrova ${i}, adding that talks on grain exports would go on.`;
      // The original is long (slow), its wire copy short and first to finish: the copy still waits for it.
      writeFileSync(path.join(dir, 'a-original.txt'), `${story(0)}\n${'The talks were long and detailed. '.repeat(400)}`);
      writeFileSync(path.join(dir, 'b-copy.txt'), `By Staff\n${story(0)}\n${'The talks were long and detailed. '.repeat(380)}`);
      for (let i = 1; i < 5; i += 1) writeFileSync(path.join(dir, `c-${i}.txt`), story(i));
      const files = ['a-original.txt', 'b-copy.txt', 'c-1.txt', 'c-2.txt', 'c-3.txt', 'c-4.txt'].map((f) => path.join(dir, f));
      const store = openSqliteStore(':memory:');
      try {
        const summary = await ingest({ store, files, workers: 2, stdin: () => new PassThrough(), log: new PassThrough(), tty: false, commitOrder: 'finish' });
        assert.deepEqual({ ...summary, seconds: 0 }, { read: 6, added: 6, skipped: 0, duplicates: 1, notEnglish: 0, errors: 0, dates: { dateline: 0, inferred: 0, flag: 0, filled: 0, undated: 6 }, seconds: 0 });
        const rows = [];
        for await (const a of store.exportArticles()) rows.push(a);
        const copy = rows.find((r) => r.name!.endsWith('b-copy.txt'))!;
        assert.equal(copy.duplicateOf, rows.find((r) => r.name!.endsWith('a-original.txt'))!.id);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ingest in any order', { timeout: 180_000 }, () => {
  it('gives the same entities, and the same entity on every quote and event, whatever order the articles come in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-order-'));
    try {
      const texts = [
        'President Putin said on Monday that talks with Ukraine would go on. "We are ready to talk," Putin said in Moscow.',
        'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday. "Our ties are strong," Vladimir Putin said.',
        'The United Nations criticized Russia on Wednesday. "This must stop," said Antonio Guterres, the UN secretary-general. Guterres urged Putin to withdraw.',
        'The UN Security Council met on Thursday. Guterres warned that the war could spread, and Putin rejected the warning.',
      ];
      const files = texts.map((text, i) => {
        const file = path.join(dir, `story-${i}.txt`);
        writeFileSync(file, text);
        return file;
      });
      const corpus = async (order: string[], commitOrder: 'input' | 'finish') => {
        const store = openSqliteStore(':memory:');
        try {
          await ingest({ store, files: order, workers: 2, stdin: () => new PassThrough(), log: new PassThrough(), tty: false, commitOrder });
          const entities = [];
          for await (const e of store.exportEntities()) entities.push(e);
          const quotes = [];
          for await (const q of store.exportQuotes()) quotes.push(`${q.article} ${q.id} ${q.speakerEntity} ${[...q.about].sort().join(',')}`);
          const events = [];
          for await (const v of store.exportEvents()) events.push(`${v.article} ${v.id} ${JSON.stringify(v.sources)} ${JSON.stringify(v.targets)}`);
          return { entities, quotes: quotes.sort(), events: events.sort() };
        } finally {
          await store.close();
        }
      };
      const forward = await corpus(files, 'input');
      const backward = await corpus([...files].reverse(), 'finish');
      assert.deepEqual(backward, forward);
      const putin = forward.entities.find((e) => e.name === 'Vladimir Putin');
      assert.ok(putin && putin.aliases.includes('Putin') && putin.articles >= 2, JSON.stringify(forward.entities));
      assert.ok(forward.quotes.some((q) => q.includes(putin.id)), 'a quote is linked to the merged entity');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
