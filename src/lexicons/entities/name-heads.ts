import { z } from 'zod';
import { once, readLexicon } from '../load.ts';
import { escapeRegExp, longestFirst, spacedPhrase } from '../../util/regexp.ts';

const words = z.array(z.string().min(1));
const HonorificsSchema = z.object({
  /** titles that say only that a person's name follows ("Mr", "Tan Sri", "Sheikh"), case as written */
  courtesy: words,
  /** titles of office the Phoenix agent table lacks, with the CAMEO role they give ("Emir" → GOV) */
  office: z.record(z.string().min(1), z.string().regex(/^[A-Z]{3}$/)),
});
const NameHeadsSchema = z.object({ about: z.string(), law: words, event: words, organization: words, connectors: words, honorifics: HonorificsSchema, particles: words, diseases: words });

/** Head words that type a name (LAW, EVENT, ORG) and the connectors a name may hold. */
export interface NameHeads {
  law: ReadonlySet<string>;
  event: ReadonlySet<string>;
  organization: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  /** the courtesy titles of one word ("Mr", "Dr.", "Sheikh"): before a person's name, no part of it */
  honorifics: ReadonlySet<string>;
  /**
   * How many characters the courtesy titles at `text[at]` take with the white space after each, one or
   * several in a row ("Datuk Seri ", "H.E. Sheikh "), when a word follows them ("Mr. de Villepin"); else 0.
   */
  courtesyTitles: (text: string, at?: number) => number;
  /** titles of office the Phoenix agent table lacks, upper case → CAMEO role ("EMIR" → GOV) */
  offices: ReadonlyMap<string, string>;
  /**
   * How many characters the name particles at `text[at]` take with the capitalised words each leads to, one or
   * several in a row (" al-Sistani", " bin Hamad"), after a name; else 0.
   */
  nameParticles: (text: string, at: number) => number;
  /** heads of lower-case disease names ("fever", "flu") */
  diseases: ReadonlySet<string>;
}


/** One pattern for the whole list: longer titles first, so "Datuk Seri" is read whole before "Datuk". */
export function courtesyTitleReader(titles: readonly string[]): (text: string, at?: number) => number {
  // Sticky: read where the caller points, without a copy of the text.
  const leading = new RegExp(`(?<![\\p{L}\\d.'’])(?:(?:${longestFirst(titles, spacedPhrase)})\\s+)+(?=\\p{L})`, 'uy');
  return (text, at = 0) => {
    leading.lastIndex = at;
    return leading.exec(text)?.[0].length ?? 0;
  };
}

/** One pattern for the particles: each joined by a hyphen or a space to the capitalised word it leads to. */
export function nameParticleReader(particles: readonly string[]): (text: string, at: number) => number {
  const run = new RegExp(`(?:[^\\S\\n]+(?:${particles.map(escapeRegExp).join('|')})(?:-|[^\\S\\n]+)\\p{Lu}\\p{L}*)+`, 'uy');
  return (text, at) => {
    run.lastIndex = at;
    return run.exec(text)?.[0].length ?? 0;
  };
}

/** Load (once per process) the name heads shipped beside this file. */
export const loadNameHeads = once((): NameHeads => {
  const h = readLexicon('entities/name-heads.json', NameHeadsSchema);
  const { courtesy, office } = h.honorifics;
  return {
    law: new Set(h.law), event: new Set(h.event), organization: new Set(h.organization), connectors: new Set(h.connectors),
    honorifics: new Set(courtesy.filter((t) => !t.includes(' '))),
    courtesyTitles: courtesyTitleReader(courtesy),
    offices: new Map(Object.entries(office).map(([title, role]) => [title.toUpperCase(), role])),
    nameParticles: nameParticleReader(h.particles),
    diseases: new Set(h.diseases),
  };
});
