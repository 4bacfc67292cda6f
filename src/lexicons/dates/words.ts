import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

const WordsSchema = z.object({
  numbers: z.record(z.string(), z.number()),
  vagueNumbers: z.array(z.string()),
  ordinals: z.record(z.string(), z.number().int()),
  units: z.record(z.string(), z.string()),
  seasons: z.record(z.string(), z.enum(['SP', 'SU', 'FA', 'WI'])),
  partsOfDay: z.record(z.string(), z.enum(['MO', 'AF', 'EV', 'NI'])),
  references: z.record(z.string(), z.enum(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'])),
  sets: z.record(z.string(), z.string()),
  modifiers: z.record(z.string(), z.string()),
  /** MM-DD, or MM- plus the weekday rule: T4 = fourth Thursday, M1 = first Monday, ML = last Monday. */
  holidays: z.record(z.string(), z.string().regex(/^\d{2}-(\d{2}|[MT][1-4L])$/)),
  /** Dateline places (lower case) whose outlets write numeric dates month first: US cities and states, the Philippines. */
  monthFirstPlaces: z.array(z.string()),
  /** Start years of commemorated events ("marshall plan" → 1948), for "the 60th anniversary of the Marshall Plan". */
  commemorations: z.object({ about: z.string(), years: z.record(z.string().regex(/^[a-z0-9'’ -]+$/), z.number().int()) }),
  /** Month names of source languages (lower case, English spellings left out) → month number, for dates a translation left as written. */
  foreignMonths: z.object({ about: z.string(), names: z.record(z.string().regex(/^\p{Ll}+$/u), z.number().int().min(1).max(12)) }),
});
export type DateWords = z.infer<typeof WordsSchema>;

/** The date words (numbers, units, seasons, reference words, modifiers, holidays, commemorated events): the dates stage's one lexicon. */
export const loadDateWords = once(() => readLexicon('dates/words.json', WordsSchema));
