import type { Doc, Event } from '../model/index.ts';
import type { Store } from '../store/contract.ts';
import type { ArticleRow } from '../store/rows.ts';

export interface ArticleEvents {
  article: ArticleRow;
  doc: Doc;
  events: Event[];
  /** syndicated copies of this article in the store: the event was reported by 1 + copies articles */
  copies: number;
}

/**
 * Every original article that has events, with its Doc, in store order. Copies are not listed: their
 * events are the original's, counted in `copies`.
 */
export async function* articleEvents(store: Store): AsyncIterable<ArticleEvents> {
  const copies = new Map<string, number>();
  for await (const a of store.exportArticles()) {
    if (a.duplicateOf) copies.set(a.duplicateOf, (copies.get(a.duplicateOf) ?? 0) + 1);
  }
  for await (const article of store.exportArticles()) {
    if (article.duplicateOf || article.events === 0) continue;
    const doc = await store.getDoc(article.id);
    if (!doc) continue;
    yield { article, doc, events: doc.events, copies: copies.get(article.id) ?? 0 };
  }
}

/** YYYY-MM-DD of an event: its own full date when the text gives one, else the publication date. */
export function eventDay(event: Event, published: string | null): string | null {
  return event.date.value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? published;
}
