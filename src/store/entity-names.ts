/**
 * How entity names are folded and read, shared by entity resolution (ingest) and the entity merge rule that
 * every store adapter applies (entity-merge.ts): a person's given names and surname, a name's lookup key, a
 * role's head word.
 */
import { remembered } from '../util/remembered.ts';

// Titles and honorifics that precede a person's name and are not part of it.
export const TITLES = new Set(['president', 'prime', 'minister', 'mr', 'mrs', 'ms', 'dr', 'sir', 'general', 'gen', 'senator', 'sen', 'rep',
  'governor', 'gov', 'king', 'queen', 'prince', 'princess', 'chancellor', 'premier', 'secretary', 'chairman', 'professor', 'prof',
  'foreign', 'defense', 'defence', 'vice', 'former', 'pope', 'judge', 'mayor', 'ambassador', 'colonel', 'col', 'lt', 'captain', 'adm', 'admiral']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const MARKS = /\p{M}/gu;

/**
 * A name lower-cased with its accents and compatibility forms dropped ("Çavuşoğlu" → cavusoglu): English copy writes
 * names either way. The one folding of names: the store's keys and the quality rules' comparisons read it alike.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** A person's name as given names and surname, titles and suffixes dropped (shared result: read only). */
export const personName = remembered((name: string): { given: string[]; surname: string } | null => {
  const words = fold(name).match(/[\p{L}\p{N}'-]+/gu)?.map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean) ?? [];
  while (words.length > 1 && TITLES.has(words[0]!.replace(/\.$/, ''))) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return null;
  return { given: words.slice(0, -1), surname: words[words.length - 1]! };
});

/** Key of a non-person name: folded, "the" and punctuation dropped. */
export const nameKey = remembered((name: string): string => fold(name).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim());

/** The first word of a role, folded: "President", "Russian President" → president (country adjectives aside). */
export const roleHead = remembered((role: string): string | null => {
  const words = fold(role).match(/\p{L}+/gu) ?? [];
  return words.find((w) => TITLES.has(w) || w.length > 3) ?? null;
});
