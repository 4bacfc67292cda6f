// How the pages write numbers, ids, dates and counts, the same way everywhere.

/** The short form of an article id: its first 12 hex digits. */
export const shortId = (id: string) => id.slice(0, 12);

/** "1 event", "3 events"; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * What a list shows: "11 articles" when every row is loaded, "50 of 230 articles" when the server sends a
 * total, "50 articles so far" while more can be loaded.
 */
export function countLabel(shown: number, hasMore: boolean, one: string, total?: number, many?: string): string {
  if (total !== undefined && total > shown) return `${shown.toLocaleString('en')} of ${plural(total, one, many)}`;
  return hasMore ? `${plural(shown, one, many)} so far` : plural(shown, one, many);
}

/** An article as a reader names it: its title, else its file or feed name, else its short id. */
export function articleLabel(article: { id: string; title?: string | null; name?: string | null }, names?: ReadonlyMap<string, string>): string {
  return article.title ?? article.name ?? names?.get(article.id) ?? shortId(article.id);
}

export const dateLabel = (date: string | null | undefined) => date ?? 'undated';

/** Goldstein and other signed scores: "+3.4", "−2", "—" when unknown. */
export function signed(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined) return '—';
  const s = Number(x.toFixed(digits)).toString();
  return x > 0 ? `+${s}` : s.replace('-', '−');
}
