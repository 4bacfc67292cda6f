import { CAPITAL_INITIAL, type EntityType } from '../../model/index.ts';
import type { NameHeads } from '../../lexicons/entities/name-heads.ts';

export interface TokenView {
  text: string;
  start: number;
  end: number;
}

const capitalised = (t: string) => /^[A-Z0-9]/.test(t);

/** Type a name by its head word: "… Treaty" and "Treaty of …" are LAW, "… War" is EVENT. */
export function typeByHead(words: readonly string[], heads: NameHeads): EntityType | null {
  const last = words[words.length - 1]!;
  if (heads.law.has(last) || heads.law.has(words[0]!)) return 'LAW';
  if (heads.event.has(last) && words.length > 1) return 'EVENT';
  return null;
}

/**
 * Names with a law or event head that the tagger may split or miss: a run of capitalised words (with
 * connectors such as "of", "and", commas, hyphens and a parenthesised acronym inside) that ends in a LAW
 * or EVENT head ("Intermediate-Range Nuclear Forces (INF) Treaty", "Korean War") or starts with "Treaty of"
 * ("Treaty of Friendship, Alliance and Mutual Assistance"). Returns token index ranges [first, last].
 */
export function headedNames(tokens: readonly TokenView[], heads: NameHeads): { first: number; last: number; type: EntityType }[] {
  const found: { first: number; last: number; type: EntityType }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    const lawStart = heads.law.has(word) && tokens[i + 1]?.text === 'of' && capitalised(tokens[i + 2]?.text ?? '');
    if (lawStart) {
      // "Treaty of A, B and C": capitalised words joined by commas and "and" while capitals follow.
      let last = i + 2;
      for (let j = last + 1; j < tokens.length; j++) {
        const t = tokens[j]!.text;
        if (capitalised(t)) last = j;
        else if ((t === ',' || t === 'and' || t === 'of' || t === 'the') && capitalised(tokens[j + 1]?.text ?? '')) continue;
        else break;
      }
      found.push({ first: i, last, type: 'LAW' });
      i = last;
      continue;
    }
    const headType = heads.law.has(word) ? 'LAW' : heads.event.has(word) ? 'EVENT' : null;
    if (!headType || i === 0) continue;
    let first = i;
    for (let j = i - 1; j >= 0; j--) {
      const t = tokens[j]!.text;
      if (capitalised(t)) first = j;
      else if (heads.connectors.has(t) && t !== 'the' && t !== ',' && j > 0 && capitalised(tokens[j - 1]!.text)) continue;
      else break;
    }
    // A sentence-initial article is not part of the name ("The Paris Accord").
    if (first < i && /^(The|A|An)$/.test(tokens[first]!.text)) first++;
    // Parentheses must balance inside the name.
    const inner = tokens.slice(first, i + 1).map((t) => t.text);
    if (inner.filter((t) => t === '(').length !== inner.filter((t) => t === ')').length) first = i;
    // A numeral after the head belongs to the name ("World War II").
    const last = /^([IVX]+|\d+)$/.test(tokens[i + 1]?.text ?? '') ? i + 1 : i;
    if (first < i) found.push({ first, last, type: headType });
  }
  return found;
}

/** A parenthesised acronym right after a name: "New Strategic Arms Reduction Treaty (New START)". */
export function acronymAfter(tokens: readonly TokenView[], last: number): { first: number; last: number } | null {
  if (tokens[last + 1]?.text !== '(') return null;
  for (let j = last + 2; j < tokens.length && j <= last + 5; j++) {
    if (tokens[j]!.text === ')') {
      const inside = tokens.slice(last + 2, j).map((t) => t.text);
      return inside.length > 0 && inside.some((t) => /^[A-Z][A-Z0-9]+$/.test(t)) && inside.every(capitalised) ? { first: last + 2, last: j - 1 } : null;
    }
  }
  return null;
}

// A set, not a regular expression: it is asked of every token.
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

/**
 * Names the text attributes quoted words to, which the tagger may not know ("…," Thoi said / "…," said
 * Thoi.): one to three proper nouns right after a closing quotation mark and before a speech verb, or
 * right after a speech verb that follows the quote and closing the clause.
 */
export function quotedSpeakerNames(
  tokens: readonly (TokenView & { pos: string })[],
  isSpeechVerb: (word: string) => boolean,
): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = [];
  const properRun = (from: number, step: 1 | -1) => {
    let i = from;
    while (i >= 0 && i < tokens.length && Math.abs(i - from) < 3 && tokens[i]!.pos === 'PROPN' && capitalised(tokens[i]!.text)) i += step;
    return i - step;
  };
  for (let i = 1; i < tokens.length; i++) {
    if (!CLOSING_QUOTES.has(tokens[i - 1]!.text)) continue;
    const last = properRun(i, 1);
    if (last >= i && isSpeechVerb(tokens[last + 1]?.text ?? '')) found.push({ first: i, last });
    if (isSpeechVerb(tokens[i]!.text)) {
      const end = properRun(i + 1, 1);
      const after = tokens[end + 1]?.text;
      if (end > i && (after === undefined || after === '.' || after === ',')) found.push({ first: i + 1, last: end });
    }
  }
  return found;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * A person named after courtesy titles ("Mr. Chavez", "Dr. Okonkwo Eze", "Tan Sri Muhyiddin Yassin"): the
 * titles say the capitalised words that follow (up to three) are a person's name, which the tagger may miss
 * or type otherwise. The titles are no part of the name. `titlesAt(offset)`: how many characters courtesy
 * titles take there (NameHeads.courtesyTitles).
 */
export function honorificNames(tokens: readonly TokenView[], titlesAt: (offset: number) => number): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!CAPITAL_INITIAL.test(tokens[i]!.text)) continue;
    const titles = titlesAt(tokens[i]!.start);
    if (titles === 0) continue;
    let first = i + 1;
    while (first < tokens.length && tokens[first]!.start < tokens[i]!.start + titles) first++;
    let last = first - 1;
    while (last + 1 < tokens.length && last - first < 2 && NAME_WORD.test(tokens[last + 1]!.text)) last++;
    if (last >= first) found.push({ first, last });
    i = Math.max(last, first - 1);
  }
  return found;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const POSSESSIVE = /^['’]s$/;

/**
 * A lone proper noun that is the surname of a known political actor, standing as a clause's subject or
 * owner: followed by a verb (perhaps after one adverb) or by "'s" ("Odinga suspended the demonstrations",
 * "Minh also held talks", "Menem's lawyer"). A story opened elsewhere names its actor by surname alone and
 * the tagger, with no full name to remember, leaves it unread at a sentence's start. A word that runs into
 * another capitalised word belongs to some other name ("Odinga Street"); a common word opening its sentence
 * is no name ("Tin was unchanged", though a Tin is in the dictionary).
 */
export function knownSurnameSubjects(
  tokens: readonly (TokenView & { pos: string })[],
  isKnownSurname: (word: string) => boolean,
  isCommonWord: (word: string) => boolean,
): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = [];
  const capital = (k: number) => k >= 0 && k < tokens.length && CAPITAL_INITIAL.test(tokens[k]!.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' || i + 1 === tokens.length) continue;
    // The cheap tests first: most proper nouns are followed by no verb.
    const next = tokens[i + 1]!.pos === 'ADV' ? tokens[i + 2] : tokens[i + 1];
    const subject = next && (next.pos === 'VERB' || next.pos === 'AUX' || POSSESSIVE.test(tokens[i + 1]!.text));
    if (!subject || !TITLE_CASE.test(t.text) || capital(i - 1) || capital(i + 1)) continue;
    // At a sentence's start a capital says nothing: a common word there is no name ("Tin was unchanged").
    if (isKnownSurname(t.text) && !(i === 0 && isCommonWord(t.text))) found.push({ first: i, last: i });
  }
  return found;
}
