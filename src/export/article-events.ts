import type { Doc, Event } from '../model/index.ts';
import type { Store } from '../store/contract.ts';
import type { ArticleRow } from '../store/rows.ts';

/** A syndicated copy of an article, with its own analysis. */
export interface Copy {
  article: ArticleRow;
  doc: Doc;
}

export interface ArticleEvents {
  article: ArticleRow;
  doc: Doc;
  events: Event[];
  /** the syndicated copies of this article in the store, each with its Doc (its events are its own reading) */
  copies: Copy[];
}

/**
 * Every original article that has events, with its Doc and its copies', in store order. Copies are not
 * listed on their own: GDELT counts them in the original's mentions, sources and articles.
 */
export async function* articleEvents(store: Store): AsyncIterable<ArticleEvents> {
  const copies = new Map<string, ArticleRow[]>();
  for await (const a of store.exportArticles()) {
    if (a.duplicateOf) copies.set(a.duplicateOf, [...(copies.get(a.duplicateOf) ?? []), a]);
  }
  for await (const article of store.exportArticles()) {
    if (article.duplicateOf || article.events === 0) continue;
    const doc = await store.getDoc(article.id);
    if (!doc) continue;
    const withDocs: Copy[] = [];
    for (const copy of copies.get(article.id) ?? []) {
      const copyDoc = await store.getDoc(copy.id);
      if (copyDoc) withDocs.push({ article: copy, doc: copyDoc });
    }
    yield { article, doc, events: doc.events, copies: withDocs };
  }
}

/** YYYY-MM-DD of an event: its own full date when the text gives one, else the publication date. */
export function eventDay(event: Event, published: string | null): string | null {
  return event.date.value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? published;
}
