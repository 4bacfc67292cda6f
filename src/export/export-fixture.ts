/** A small corpus for the export tests: three originals, one syndicated copy, one compound-actor event. */
import { Writable } from 'node:stream';
import type { Store } from '../store/contract.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../store/test-fixtures.ts';

export async function exportFixtureStore(): Promise<Store> {
  const store = openSqliteStore(':memory:');
  const first = fixtureArticle(putinArticle('2020-10-20', ' on Monday'));
  // "Russia and China consulted…": the first event gets a compound source, as the events stage writes it.
  const event = first.doc.events[0]!;
  event.sources.push({ ...event.targets[0]!, code: 'CHN' });
  event.targets = [first.doc.events[1]!.targets[0]!];
  event.plover = { event: 'CONSULT', mode: null, context: ['diplomatic'] };
  await store.putArticle(first);
  await store.putArticle(fixtureArticle(putinArticle('2020-10-22', ' on Wednesday')));
  await store.putArticle(fixtureArticle({ ...putinArticle('2020-10-20', ' on Monday (AP)'), duplicateOf: first.id }));
  await store.putArticle(fixtureArticle({ text: 'A short note without events.', published: null }));
  return store;
}

/** A writable that keeps what is written. */
export function sink(): NodeJS.WritableStream & { text(): string } {
  const chunks: string[] = [];
  const w = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return Object.assign(w, { text: () => chunks.join('') });
}
