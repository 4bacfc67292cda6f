/**
 * The full-text query language every adapter accepts, parsed once here so that no user text reaches an FTS
 * parser as written: words (AND-ed), "quoted phrases", a trailing * for a prefix (sanct*, "accept sanc*"),
 * OR between terms, NOT before a term (after at least one other term). Precedence, highest first: NOT,
 * AND, OR, in FTS5 and in PostgreSQL's tsquery alike. Words are what the tokenizer indexes: runs of
 * letters and digits, folded (lower case, diacritics dropped), as FTS5's unicode61 with remove_diacritics.
 */
import { StoreQueryError } from './contract.ts';

/** A word or phrase to match: its folded words in order, the last one a prefix when `prefix`. */
export interface FtsTerm {
  words: string[];
  prefix: boolean;
  not: boolean;
}

/** A parsed query: terms in order, `'OR'` between those it joins (AND is implied between the others). */
export type FtsQuery = (FtsTerm | 'OR')[];

/** The indexed words of a text, in order: folded (lower case, diacritics dropped), then runs of letters and digits. */
export function ftsWords(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function parseFtsQuery(q: string): FtsQuery {
  const parts: FtsQuery = [];
  let not = false;
  for (const match of q.matchAll(/"([^"]*)"(\*?)|(\S+)/g)) {
    const bare = match[3];
    if (bare === 'OR') {
      if (parts.length > 0 && parts[parts.length - 1] !== 'OR') parts.push('OR');
      continue;
    }
    if (bare === 'AND') continue;
    if (bare === 'NOT') {
      not = true;
      continue;
    }
    const text = bare ?? match[1]!;
    const words = ftsWords(text);
    if (words.length === 0) continue;
    const prefix = bare !== undefined ? /[\p{L}\p{N}]\*$/u.test(bare) : match[2] === '*' || /[\p{L}\p{N}]\*\s*$/u.test(match[1]!);
    if (not && (parts.length === 0 || parts[parts.length - 1] === 'OR')) {
      throw new StoreQueryError(`full-text query "${q}": NOT needs a term before it (e.g. sanctions NOT tariffs)`);
    }
    parts.push({ words, prefix, not });
    not = false;
  }
  while (parts[parts.length - 1] === 'OR') parts.pop();
  if (parts.length === 0) throw new StoreQueryError(`full-text query "${q}" has no words to search for`);
  return parts;
}

/** The query as FTS5 MATCH text: every term a quoted phrase of plain words. */
export function fts5Query(q: string): string {
  return parseFtsQuery(q).map((t) => (t === 'OR' ? 'OR' : `${t.not ? 'NOT ' : ''}"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`)).join(' ');
}

/** The query as tsquery text (cast with ::tsquery): lexemes quoted, phrases with <->, prefixes with :*. */
export function tsQuery(q: string): string {
  const out: string[] = [];
  for (const t of parseFtsQuery(q)) {
    if (t === 'OR') {
      out.push('|');
      continue;
    }
    if (out.length > 0 && out[out.length - 1] !== '|') out.push('&');
    const lexemes = t.words.map((w, i) => `'${w}'${t.prefix && i === t.words.length - 1 ? ':*' : ''}`);
    const term = lexemes.length > 1 ? `(${lexemes.join(' <-> ')})` : lexemes[0]!;
    out.push(t.not ? `!${term}` : term);
  }
  return out.join(' ');
}

/** A text as tsvector text (cast with ::tsvector): its words with their positions, as tsQuery matches them. */
export function tsVector(text: string): string {
  const positions = new Map<string, number[]>();
  ftsWords(text).forEach((w, i) => {
    // PostgreSQL keeps positions up to 16383; lexemes over 2 KB are not indexed anywhere.
    if (w.length > 2000) return;
    const list = positions.get(w) ?? [];
    if (list.length < 256) list.push(Math.min(i + 1, 16383));
    positions.set(w, list);
  });
  return [...positions].map(([w, p]) => `'${w}':${[...new Set(p)].join(',')}`).join(' ');
}
