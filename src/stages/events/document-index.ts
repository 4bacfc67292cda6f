/** What the coder looks up over the whole document for each event, indexed once so each lookup is short. */
import type { Doc, Timex, Word } from '../../model/index.ts';

export interface DocumentIndex {
  /** the first quote (in document order) whose content holds the token, or null */
  quoteAt(token: number): string | null;
  /** the timexes lying in [from, to), in document order */
  timexesWithin(from: number, to: number): Timex[];
}

export function documentIndex(doc: Doc, words: readonly Word[]): DocumentIndex {
  const firstFrom = (offset: number) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Per token, the id of the first quote holding it: a quote spans many tokens, so an array rather than a map.
  const quotes: (string | undefined)[] = new Array(words.length);
  for (const q of doc.quotes) {
    for (const c of q.content) {
      for (let i = firstFrom(c.start); i < words.length && words[i]!.end <= c.end; i++) quotes[i] ??= q.id;
    }
  }
  const byStart = doc.timexes.map((x, i) => ({ x, i })).sort((a, b) => a.x.start - b.x.start || a.i - b.i);
  return {
    quoteAt: (token) => quotes[token] ?? null,
    timexesWithin(from, to) {
      let lo = 0;
      let hi = byStart.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byStart[mid]!.x.start < from) lo = mid + 1;
        else hi = mid;
      }
      const out: { x: Timex; i: number }[] = [];
      for (let k = lo; k < byStart.length && byStart[k]!.x.start < to; k++) if (byStart[k]!.x.end <= to) out.push(byStart[k]!);
      return out.sort((a, b) => a.i - b.i).map((e) => e.x);
    },
  };
}
