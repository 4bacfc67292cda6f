import type { Span } from './span.ts';

/**
 * One actor a sentence names, as the link stage reads it: a linked entity, with the agent noun that gives it
 * a role ("Israeli soldiers" → ISRMIL), or an agent of the sentence's country ("the police"). Events choose
 * their sources and targets among these. Derived, on the working document only: events carry what they use.
 */
export interface ActorReading {
  /** token range, indices into doc.tokens */
  first: number;
  last: number;
  /** CAMEO actor code, e.g. RUSGOV, CHN, IGOUNO */
  code: string;
  country: string | null;
  /** CAMEO role (GOV, MIL, …) */
  role: string | null;
  entity: string | null;
  /** where the text names the actor; null only for an inferred actor */
  mention: Span | null;
  /** read from a pronoun or description that points back to an entity named before ("he", "the ministry") */
  referring: boolean;
  /** how it was read, for an event's reason */
  how: string;
}

/** CAMEO's generic collective actors that are no country (world leaders → INT, the West → WST): never a shared agent's country. */
export const COLLECTIVE_CODES: ReadonlySet<string> = new Set(['INT', 'WST']);
