import type { ActorCode, ActorEntry, EntityLexicons } from './entity-lexicons.ts';

/**
 * The Phoenix code of a name at a date: among the entries valid on `date` (valid_from ≤ date ≤ valid_to,
 * open ends allowed) the most recently started; with no date, the entry that started last (undated
 * entries count as oldest). A role the text states ("President" → GOV) prefers the entries holding it:
 * without a date, "President Reagan" is the president, not the later elder statesman.
 */
export function actorCodeAt(codes: readonly ActorCode[], date: string | null, role: string | null = null): string | null {
  const valid = date ? codes.filter((c) => (!c.from || c.from <= date) && (!c.to || date <= c.to)) : codes;
  const withRole = role ? valid.filter((c) => c.code.slice(3).startsWith(role)) : [];
  let best: ActorCode | null = null;
  for (const c of withRole.length > 0 ? withRole : valid) if (!best || (c.from ?? '') > (best.from ?? '')) best = c;
  return best?.code ?? null;
}

/** Phoenix actor code of a name (any case) at a date, or null when the dictionary does not know it then. */
export function dictionaryCode(name: string, date: string | null, lexicons: EntityLexicons, role: string | null = null): string | null {
  return upperNameCode(name.toUpperCase(), date, lexicons, role);
}

/** dictionaryCode of a name already in upper case: a caller that asks several tables upper-cases it once. */
export function upperNameCode(upper: string, date: string | null, lexicons: EntityLexicons, role: string | null = null): string | null {
  const entry = lexicons.actors.get(spacedOnce(upper) ? upper : upper.replace(/\s+/g, ' ').trim());
  return entry ? actorCodeAt(entry.codes, date, role) : null;
}

/**
 * Whether a name's only white space is single spaces between words, as almost every name's is: then it is
 * its own dictionary key, and the string already hashed by other lookups is looked up, not a copy of it.
 * Any white space but the plain space (or a character that might be one) says no.
 */
export function spacedOnce(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return false;
    } else if (c < 32 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || (c >= 0x2028 && c <= 0x2029) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false;
    }
  }
  return true;
}

/**
 * A person named by surname alone ("President Reagan", "Bouteflika"): the codes of the dictionary's persons
 * whose name ends with it, only when nine in ten of the persons whose name ends or starts with it belong to
 * one country ("Kim" starts many Korean names, so it says nothing); only that country's codes count. A name
 * of two words is the dictionary's name without its middle words ("Muhyiddin Yassin": MUHYIDDIN BIN MOHAMED
 * YASSIN, a Malay name without its patronymic; "Ali Khamenei": ALI HOSEINI KHAMENEI) when every person whose
 * name starts with the first word and ends with the last belongs to one country.
 */
export function surnameCode(name: string, date: string | null, lexicons: EntityLexicons, role: string | null = null): string | null {
  return upperSurnameCode(name.toUpperCase(), date, lexicons, role);
}

/** surnameCode of a name already in upper case. */
export function upperSurnameCode(upper: string, date: string | null, lexicons: EntityLexicons, role: string | null = null): string | null {
  const codes = surnameCodes(upper.trim(), lexicons);
  return codes ? actorCodeAt(codes, date, role) : null;
}

// The vote reads neither the date nor the role, and a story names the same persons again and again: its
// outcome is kept per surname for the lexicons it was taken on.
const votedSurnames = new WeakMap<EntityLexicons, Map<string, readonly ActorCode[] | null>>();

/** The codes of the one country a surname's persons belong to (see surnameCode), or null. */
function surnameCodes(upper: string, lexicons: EntityLexicons): readonly ActorCode[] | null {
  const space = upper.indexOf(' ');
  const outer = space > 0 && space === upper.lastIndexOf(' ');
  // only the dictionary's surnames are kept, so the map stays as small as the dictionary
  if (outer ? !lexicons.surnames.has(upper.slice(space + 1)) || !lexicons.surnames.has(upper.slice(0, space)) : !lexicons.surnames.has(upper)) return null;
  const voted = votedSurnames.get(lexicons) ?? votedSurnames.set(lexicons, new Map()).get(lexicons)!;
  let codes = voted.get(upper);
  if (codes === undefined) {
    codes = outer ? outerWordsCodes(upper.slice(0, space), upper.slice(space + 1), lexicons) : voteSurname(upper, lexicons);
    voted.set(upper, codes);
  }
  return codes;
}

/** The codes of the persons whose dictionary name starts with `first` and ends with `last`, when all are of one country; else null. */
function outerWordsCodes(first: string, last: string, lexicons: EntityLexicons): readonly ActorCode[] | null {
  const starting = new Set(lexicons.surnames.get(first)?.first);
  const persons = lexicons.surnames.get(last)?.last.filter((e) => starting.has(e)) ?? [];
  const country = countryOfCodes(persons.flatMap((e) => e.codes), lexicons);
  return country ? countryCodes(persons, country, lexicons) : null;
}

function voteSurname(upper: string, lexicons: EntityLexicons): readonly ActorCode[] | null {
  if (!/^[A-Z][A-Z'-]+$/.test(upper)) return null;
  const persons = lexicons.surnames.get(upper);
  if (!persons || persons.last.length === 0) return null;
  const votes = new Map<string | null, number>();
  for (const entry of [...persons.last, ...persons.first]) {
    for (const country of new Set(entry.codes.map((c) => countryOfCode(c.code, lexicons)))) votes.set(country, (votes.get(country) ?? 0) + 1);
  }
  const total = persons.last.length + persons.first.length;
  const [country, count] = [...votes].reduce((best, v) => (v[1] > best[1] ? v : best));
  if (!country || count < 0.9 * total) return null;
  return countryCodes(persons.last, country, lexicons);
}

/**
 * "Mr. Chavez has built strong support in Venezuela": a surname the dictionary's persons of several countries share
 * (Chavez: Venezuela, Mexico, Nicaragua …) is the person of the one country among them that the story names, read
 * at the story's date (guidelines: a named person keeps his identity). Null when none or several of them are named.
 * The link stage asks it where the vote of surnameCode found no one country.
 */
export function storySurnameCode(upper: string, date: string | null, lexicons: EntityLexicons, role: string | null, countries: ReadonlySet<string>): string | null {
  if (upper.includes(' ') || countries.size === 0) return null;
  const persons = lexicons.surnames.get(upper)?.last;
  if (!persons) return null;
  let country: string | null = null;
  for (const person of persons) {
    for (const c of person.codes) {
      const of = countryOfCode(c.code, lexicons);
      if (!of || !countries.has(of)) continue;
      if (country && of !== country) return null;
      country = of;
    }
  }
  return country ? actorCodeAt(countryCodes(persons, country, lexicons), date, role) : null;
}

/** The codes of one country among those of a surname's persons, in dictionary order. */
function countryCodes(persons: readonly ActorEntry[], country: string, lexicons: EntityLexicons): ActorCode[] {
  return persons.flatMap((e) => e.codes).filter((c) => countryOfCode(c.code, lexicons) === country);
}

/** The country block of an actor code ("RUSGOV" → "RUS"), when it is a country (not IGO, NGO…). */
export function countryOfCode(code: string | null, lexicons: EntityLexicons): string | null {
  const head = code?.slice(0, 3) ?? null;
  return head && lexicons.countryNames.has(head) ? head : null;
}

export function dictionaryCountry(name: string, date: string | null, lexicons: EntityLexicons): string | null {
  return countryOfCode(dictionaryCode(name, date, lexicons), lexicons);
}

/**
 * The forms of a name (upper case) with one change in one of its words: a pair of `swaps` exchanged at one place,
 * either way ("MOHAMMAD" → "MUHAMMAD"), a doubled letter written once ("MOHAMMAD" → "MOHAMAD") or a letter
 * doubled. A name of one word has none: one word says too little to tell the dictionary's persons apart.
 */
export function spellingVariants(upper: string, swaps: readonly (readonly [string, string])[]): string[] {
  const words = upper.split(' ');
  if (words.length < 2) return [];
  const out = new Set<string>();
  words.forEach((word, w) => {
    const forms = new Set<string>();
    for (let i = 0; i < word.length; i++) {
      for (const [a, b] of swaps) {
        if (word.startsWith(a, i)) forms.add(word.slice(0, i) + b + word.slice(i + a.length));
        if (word.startsWith(b, i)) forms.add(word.slice(0, i) + a + word.slice(i + b.length));
      }
      const letter = word[i]!;
      if (!/[A-Z]/.test(letter)) continue;
      forms.add(word[i + 1] === letter ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i + 1) + word.slice(i));
    }
    forms.delete(word);
    for (const form of forms) out.add([...words.slice(0, w), form, ...words.slice(w + 1)].join(' '));
  });
  return [...out];
}

/**
 * The dictionary codes of a person's name (upper case): its own entry's, else those of the persons its spelling
 * variants name ("MOHAMMAD ISHAQ DAR" is the dictionary's MUHAMMAD ISHAQ DAR) when all are of one country; null
 * when the dictionary knows no such person.
 */
export function personCodes(upper: string, lexicons: EntityLexicons, swaps: readonly (readonly [string, string])[]): readonly ActorCode[] | null {
  const own = lexicons.actors.get(upper);
  if (own) return own.kind === 'person' ? own.codes : null;
  const codes: ActorCode[] = [];
  for (const variant of spellingVariants(upper, swaps)) {
    const entry = lexicons.actors.get(variant);
    if (entry?.kind === 'person') codes.push(...entry.codes);
  }
  return codes.length > 0 && countryOfCodes(codes, lexicons) ? codes : null;
}

/** The one country all of a person's codes name ("PAKGOV", "PAKELI" → PAK), or null: none, or several. */
export function countryOfCodes(codes: readonly ActorCode[], lexicons: EntityLexicons): string | null {
  const countries = new Set(codes.map((c) => countryOfCode(c.code, lexicons)));
  const [country] = countries;
  return countries.size === 1 && country ? country : null;
}
