import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

const WireSchema = z.object({ about: z.string(), agencies: z.record(z.string(), z.string()), regions: z.record(z.string(), z.string()), tags: z.array(z.string()) });

/** What wire copy abbreviates: agencies by the form a dateline writes (upper case), and US state abbreviations. */
export interface WireLexicons {
  agencies: ReadonlyMap<string, string>;
  regions: ReadonlyMap<string, string>;
  /** words wire services set in copy that name nothing ('Enditem', 'UPDATE') */
  tags: ReadonlySet<string>;
}

/** Load (once per process) the wire lexicon shipped beside this file. */
export const loadWireLexicons = once((): WireLexicons => {
  const w = readLexicon('entities/wire.json', WireSchema);
  return { agencies: new Map(Object.entries(w.agencies)), regions: new Map(Object.entries(w.regions)), tags: new Set(w.tags) };
});
