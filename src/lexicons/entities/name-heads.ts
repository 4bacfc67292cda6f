import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

const words = z.array(z.string().min(1));
const NameHeadsSchema = z.object({ about: z.string(), law: words, event: words, organization: words, connectors: words, honorifics: words, diseases: words });

/** Head words that type a name (LAW, EVENT, ORG) and the connectors a name may hold. */
export interface NameHeads {
  law: ReadonlySet<string>;
  event: ReadonlySet<string>;
  organization: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  /** "Mr", "Dr.": before a person's name, no part of it */
  honorifics: ReadonlySet<string>;
  /** heads of lower-case disease names ("fever", "flu") */
  diseases: ReadonlySet<string>;
}

/** Load (once per process) the name heads shipped beside this file. */
export const loadNameHeads = once((): NameHeads => {
  const h = readLexicon('entities/name-heads.json', NameHeadsSchema);
  return {
    law: new Set(h.law), event: new Set(h.event), organization: new Set(h.organization), connectors: new Set(h.connectors),
    honorifics: new Set(h.honorifics), diseases: new Set(h.diseases),
  };
});
