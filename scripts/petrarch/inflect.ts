/**
 * The regular English forms the PETRARCH2 dictionaries leave to the program (upper-case words in, upper-case
 * forms out). The dictionary's own rule: a verb without braces is regular; an irregular one lists its forms.
 * PETRARCH2's reader applies the rule with a few slips (DELAY → DELAIES, BURY → BURYED, PUSH → PUSHS); these
 * follow English spelling instead. Consonant doubling (BAN → BANNED) is not guessed: the dictionary lists
 * those forms in braces, and the matcher falls back on the token's lemma for the rest.
 */

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);
const sibilant = (w: string) => /(S|X|Z|SH|CH)$/.test(w);
const consonantY = (w: string) => w.endsWith('Y') && w.length > 1 && !VOWELS.has(w[w.length - 2]!);

/** Third person singular: HURRY → HURRIES, PUSH → PUSHES, DELAY → DELAYS. */
export function thirdPerson(verb: string): string {
  if (consonantY(verb)) return `${verb.slice(0, -1)}IES`;
  if (sibilant(verb) || verb.endsWith('O')) return `${verb}ES`;
  return `${verb}S`;
}

/** Past tense and past participle: HURRY → HURRIED, ARRIVE → ARRIVED, ATTACK → ATTACKED. */
export function pastForm(verb: string): string {
  if (consonantY(verb)) return `${verb.slice(0, -1)}IED`;
  if (verb.endsWith('E')) return `${verb}D`;
  return `${verb}ED`;
}

/** Present participle: ARRIVE → ARRIVING, AGREE → AGREEING, ATTACK → ATTACKING. */
export function ingForm(verb: string): string {
  if (verb.endsWith('IE')) return `${verb.slice(0, -2)}YING`;
  if (verb.endsWith('E') && verb.length > 2 && !VOWELS.has(verb[verb.length - 2]!)) return `${verb.slice(0, -1)}ING`;
  return `${verb}ING`;
}

/** The base and its regular forms, base first, without repeats. */
export function regularVerbForms(verb: string): string[] {
  return [...new Set([verb, thirdPerson(verb), pastForm(verb), ingForm(verb)])];
}

/**
 * The regular plural of a noun, or null where the dictionary's rule makes none: a word already ending in a
 * single S (TROOPS, ARMS) is taken as plural. SS, X, Z, SH, CH take ES; a consonant + Y takes IES.
 */
export function nounPlural(noun: string): string | null {
  if (noun.endsWith('S') && !noun.endsWith('SS')) return null;
  if (!/[A-Z]$/.test(noun)) return null;
  if (consonantY(noun)) return `${noun.slice(0, -1)}IES`;
  if (sibilant(noun)) return `${noun}ES`;
  return `${noun}S`;
}
