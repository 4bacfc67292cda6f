import { StoreQueryError } from './contract.ts';

/** Opaque cursor: the sort key of the last row of the page. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null): (string | number)[] | null {
  if (cursor === null) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // fall through: a cursor we did not write
  }
  throw new StoreQueryError('invalid cursor: pass the nextCursor of the previous page unchanged');
}
