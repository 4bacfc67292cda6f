import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

const words = z.array(z.string().min(1));
const SyntaxWordsSchema = z.object({
  about: z.string(),
  personalPronouns: words,
  possessivePronouns: words,
  clauseWords: words,
  quantifiers: words,
  innerPrepositions: words,
  governingPrepositions: words,
  clauseBoundaries: words,
  timeConjunctions: words,
  finiteAuxiliaries: words,
  pastVerbs: words,
  pastAuxiliaries: words,
  futureMarkers: words,
  modals: words,
  negators: words,
  titleModifiers: words,
  titleFunctionWords: words,
});

/** The closed word classes of the syntax stage, as lower-case sets. */
export type SyntaxWords = { [K in Exclude<keyof z.infer<typeof SyntaxWordsSchema>, 'about'>]: ReadonlySet<string> };

/** Load (once per process) the word classes the syntax stage reads. */
export const loadSyntaxWords = once((): SyntaxWords => {
  const { about: _about, ...lists } = readLexicon('syntax/words.json', SyntaxWordsSchema);
  return Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, new Set(v)])) as unknown as SyntaxWords;
});
