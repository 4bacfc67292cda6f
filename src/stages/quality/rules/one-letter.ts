// Where two spellings of a name differ by one letter: the shared reading of the rules that tell a slip of
// transliteration from another name (garbled-known-name's respelled vowel, garbled-place-name's slip).

/** The one place where `a` and `b`, of one length, differ; -1 when they differ in none or in more than one. */
export function changedLetterAt(a: string, b: string): number {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** Where `long` holds one letter that `short` lacks, the rest the same (its end included); -1 when it is not so. */
export function addedLetterAt(long: string, short: string): number {
  if (long.length !== short.length + 1) return -1;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  return long.endsWith(short.slice(at)) ? at : -1;
}
