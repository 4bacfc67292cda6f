/**
 * A pure function of a string, remembered: the same names recur across thousands of articles, and reading one
 * afresh each time is waste (names folded in entity resolution, a person's dictionary spellings in link). Bounded
 * by clearing when full. Results are shared: do not mutate them.
 */
export function remembered<T>(fn: (text: string) => T, max = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = fn(text);
    if (cache.size >= max) cache.clear();
    cache.set(text, value);
    return value;
  };
}
