// Where search words and names fall in a sentence, so the pages can mark them. Words match whole, ignoring
// case, as the full-text index does (it neither stems nor matches parts of words).

export interface Range {
  start: number;
  end: number;
  kind: string;
}

/** The words and "phrases" of a search, OR left out: each one is a list of words. */
export function queryTerms(q: string): string[][] {
  const terms: string[][] = [];
  for (const match of q.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (match[2] === 'OR') continue;
    const words = (match[1] ?? match[2]!).match(/[\p{L}\p{N}]+/gu);
    if (words) terms.push(words);
  }
  return terms;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

function rangesOf(text: string, pattern: RegExp, kind: string): Range[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind }));
}

/** Every place a search term occurs in `text`: the words of a phrase in order, anything but letters between. */
export function termRanges(text: string, terms: string[][], kind = 'match'): Range[] {
  if (terms.length === 0) return [];
  const alternatives = terms.map((words) => words.map(escape).join('[^\\p{L}\\p{N}]+'));
  return rangesOf(text, new RegExp(`${EDGE_BEFORE}(?:${alternatives.join('|')})${EDGE_AFTER}`, 'giu'), kind);
}

/** Every whole-word occurrence of one of `needles` as written (a trigger, an actor's words). */
export function literalRanges(text: string, needles: (string | null | undefined)[], kind: string): Range[] {
  const wanted = [...new Set(needles.filter((n): n is string => !!n && /[\p{L}\p{N}]/u.test(n)))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [];
  return rangesOf(text, new RegExp(`${EDGE_BEFORE}(?:${wanted.map(escape).join('|')})${EDGE_AFTER}`, 'gu'), kind);
}

/** Cut `text` into runs: plain, or marked by the first range (in the order given) that covers it. */
export function runs(text: string, ranges: Range[]): { text: string; kind: string | null }[] {
  const owner = new Array<string | null>(text.length).fill(null);
  for (const r of ranges) for (let i = r.start; i < r.end; i++) owner[i] ??= r.kind;
  const out: { text: string; kind: string | null }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out.at(-1);
    if (last && last.kind === owner[i]) last.text += text[i];
    else out.push({ text: text[i]!, kind: owner[i]! });
  }
  return out;
}
