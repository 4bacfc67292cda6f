import { StoreQueryError, type Store } from './contract.ts';

/** The shortest prefix of an article id accepted for it; lists show 12 digits. */
export const MIN_ID_PREFIX = 6;

/** An article id that names no article, or several: the message says which and how to name one. */
export class ArticleIdError extends StoreQueryError {
  override name = 'ArticleIdError';
  constructor(readonly kind: 'malformed' | 'missing' | 'ambiguous', message: string) {
    super(message);
  }
}

/** The full id of the article a full or short id (a unique prefix of 6 to 64 hex digits) names. */
export async function resolveArticleId(store: Store, text: string): Promise<string> {
  const prefix = text.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(prefix) || prefix.length < MIN_ID_PREFIX || prefix.length > 64) {
    throw new ArticleIdError('malformed', `"${text}" is not an article id: give its 64 hex digits or a prefix of at least ${MIN_ID_PREFIX} (lists show 12)`);
  }
  const found = (await store.listArticles({ idPrefix: prefix, limit: 5 })).items;
  if (found.length === 1) return found[0]!.id;
  if (found.length === 0) throw new ArticleIdError('missing', `no article id starts with ${prefix}`);
  throw new ArticleIdError('ambiguous', `${prefix} starts ${found.length === 5 ? '5 or more' : found.length} article ids: `
    + `${found.map((a) => `${a.id.slice(0, 16)}… ${a.title ?? a.name ?? ''}`.trim()).join('; ')}; give more digits`);
}
