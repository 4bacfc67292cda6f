import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

const WireSchema = z.object({ about: z.string(), agencies: z.record(z.string(), z.string()), regions: z.record(z.string(), z.string()), outlets: z.array(z.string()), tags: z.array(z.string()) });

/** What wire copy abbreviates: agencies by the form a dateline writes (upper case), and US state abbreviations. */
export interface WireLexicons {
  agencies: ReadonlyMap<string, string>;
  regions: ReadonlyMap<string, string>;
  /** words wire services set in copy that name nothing ('Enditem', 'UPDATE') */
  tags: ReadonlySet<string>;
  /** whether a one-word name is a news source's, cited as copy cites one ('Yonhap said', 'Kommersant reported'): an agency, by its dateline form or its name, or an outlet */
  newsSource(name: string): boolean;
}

/** Load (once per process) the wire lexicon shipped beside this file. */
export const loadWireLexicons = once((): WireLexicons => {
  const w = readLexicon('entities/wire.json', WireSchema);
  const agencies = new Map(Object.entries(w.agencies));
  const sources = new Set([...agencies.keys(), ...agencies.values(), ...w.outlets].map((n) => n.toUpperCase()));
  return { agencies, regions: new Map(Object.entries(w.regions)), tags: new Set(w.tags), newsSource: (name) => sources.has(name.toUpperCase()) };
});
