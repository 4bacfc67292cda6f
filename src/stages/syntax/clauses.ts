import { has, WORD, type Word } from '../../model/index.ts';

const OPENING_QUOTE = new Set(['"', '“']);

/**
 * Where the clause holding word `i` starts, looking back at most `reach` words: after the nearest clause
 * boundary (a clause word, "but", ";" …), opening quotation mark, or word the caller counts as one (a
 * reporting verb). A condition ("unless Israel rescinds …") is no boundary.
 */
export function clauseStartBefore(ws: readonly Word[], i: number, reach: number, boundary: (k: number) => boolean): number {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const t = ws[k]!;
    if (has(t, WORD.BOUNDARY) || boundary(k) || OPENING_QUOTE.has(t.text)) return k + 1;
  }
  return Math.max(0, i - reach);
}

/**
 * Where the clause holding word `i` ends, before `limit`: at the next clause boundary, full stop or word the
 * caller counts as one; "after" or "until" heading a phrase ("after talks with Israel") does not end it.
 */
export function clauseEndAfter(ws: readonly Word[], i: number, limit: number, boundary: (k: number) => boolean): number {
  for (let k = i + 1; k < limit; k++) {
    const t = ws[k]!;
    if (has(t, WORD.TIME_PREPOSITION)) continue;
    if (has(t, WORD.BOUNDARY) || boundary(k) || t.lower === '.') return k;
  }
  return limit;
}

/** Does the clause after "that" at `that` state a fact (its first verb is finite, "has been cooperating"), within `reach` words? */
export function statesFact(ws: readonly Word[], that: number, reach: number): boolean {
  for (let k = that + 1; k < Math.min(ws.length, that + reach + 1); k++) {
    if (has(ws[k], WORD.VERB)) return has(ws[k], WORD.INFLECTED);
  }
  return false;
}
