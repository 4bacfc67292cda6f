import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from './api.ts';

export interface Pages<T> {
  rows: T[];
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  /** What the server said besides the rows, when it did: every match, and the undated ones left out. */
  total?: number;
  undated?: number;
  truncated?: boolean;
  more: () => void;
}

/**
 * Rows of a paged list: the first page whenever `key` changes (the old rows go at once, so a list never
 * shows one query's rows under another's filters), the next page on `more()`. A null key loads nothing.
 */
export function usePages<T>(load: (cursor: string | null) => Promise<Page<T>>, key: string | null): Pages<T> {
  const [state, setState] = useState<{ rows: T[]; cursor: string | null; total?: number; undated?: number; truncated?: boolean }>({ rows: [], cursor: null });
  const [loading, setLoading] = useState(key !== null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetchPage = useCallback(async (cursor: string | null, append: boolean) => {
    const mine = generation.current;
    setLoading(true);
    setError(null);
    try {
      const page = await loadRef.current(cursor);
      if (mine !== generation.current) return;
      // The server counts on the first page only: later pages keep its figures.
      setState((s) => append
        ? { ...s, rows: [...s.rows, ...page.items], cursor: page.next_cursor }
        : { rows: page.items, cursor: page.next_cursor, total: page.total, undated: page.undated, truncated: page.truncated });
    } catch (e) {
      if (mine === generation.current) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    generation.current++;
    setState({ rows: [], cursor: null });
    if (key === null) {
      setLoading(false);
      setError(null);
      return;
    }
    void fetchPage(null, false);
  }, [key, fetchPage]);

  return {
    rows: state.rows, loading, error, hasMore: state.cursor !== null, total: state.total, undated: state.undated, truncated: state.truncated,
    more: () => void fetchPage(state.cursor, true),
  };
}
