/** A string read literally inside a RegExp: its special characters escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A RegExp alternation of the strings, longest first, so that "last updated on" is taken whole before "last updated";
 * each string is read literally (`literal`: escapeRegExp, or one that also lets a space stand for any run of spaces).
 */
export function longestFirst(list: Iterable<string>, literal: (s: string) => string = escapeRegExp): string {
  return [...list].sort((a, b) => b.length - a.length).map(literal).join('|');
}

/** A phrase read literally, any run of spaces where it has one ("a few" matches "a  few"). */
export const spacedPhrase = (s: string): string => escapeRegExp(s).replace(/ /g, '\\s+');
