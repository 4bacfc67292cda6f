/** What both adapters' read paths share: pages with their cursors, and WHERE clauses. */
import { encodeCursor } from './cursor.ts';
import type { Row } from './row-mapping.ts';
import type { Page } from './rows.ts';

/** One page from `limit + 1` rows: the extra row only says there is a next page. */
export function page<T>(rows: Row[], limit: number, list: string, key: (row: Row) => (string | number)[], map: (row: Row) => T): Page<T> {
  const items = rows.slice(0, limit);
  return { items: items.map(map), nextCursor: rows.length > limit ? encodeCursor(list, key(items[items.length - 1]!)) : null };
}

export function clause(where: string[]): string {
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}
