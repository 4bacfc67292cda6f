import { StoreQueryError } from './contract.ts';

/** What one value of a cursor's key is: a row number or count (a whole number, 0 or more), or a text. */
export type KeyPart = 'whole' | 'text';

/**
 * Opaque cursor: the list it pages (articles, quotes…) and the sort key of the last row of the page. A
 * cursor is taken back only by the list that wrote it and only with a key of that list's shape, so a cursor
 * made by hand, cut, or taken from another list is refused (400), never answered with some other page.
 */
export function encodeCursor(list: string, key: (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString('base64url');
}

export function decodeCursor(list: string, cursor: string | null, shape: readonly KeyPart[]): (string | number)[] | null {
  if (cursor === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // refused below
  }
  const fits = (v: unknown, part: KeyPart) => (part === 'whole' ? Number.isSafeInteger(v) && (v as number) >= 0 : typeof v === 'string');
  if (Array.isArray(value) && value.length === shape.length + 1 && value[0] === list && shape.every((part, i) => fits(value[i + 1], part))) {
    return value.slice(1) as (string | number)[];
  }
  throw new StoreQueryError(`invalid cursor for ${list}: pass the next_cursor of the previous page of this list unchanged`);
}
