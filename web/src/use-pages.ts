import { useCallback, useEffect, useState } from 'react';
import type { Page } from './api.ts';

/** Rows of a paged list: the first page when `key` changes, the next one on `more()`. */
export function usePages<T>(load: (cursor: string | null) => Promise<Page<T>>, key: string) {
  const [rows, setRows] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const fetchPage = useCallback(async (from: string | null, append: boolean, isCurrent: () => boolean) => {
    setLoading(true);
    setError(null);
    try {
      const page = await load(from);
      if (!isCurrent()) return;
      setRows((r) => (append ? [...r, ...page.items] : page.items));
      setCursor(page.next_cursor);
    } catch (e) {
      if (isCurrent()) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (isCurrent()) setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    let current = true;
    void fetchPage(null, false, () => current);
    return () => {
      current = false;
    };
  }, [fetchPage]);

  return { rows, loading, error, hasMore: cursor !== null, more: () => fetchPage(cursor, true, () => true) };
}
