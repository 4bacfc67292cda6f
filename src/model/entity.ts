import { z } from 'zod';
import { SpanSchema } from './span.ts';

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** One place where the text names (or describes) an entity. */
export const MentionSchema = SpanSchema.extend({
  id: z.string().describe('m1, m2, …'),
  type: EntityTypeSchema,
  entity: z.string().nullable().describe('id of the entity cluster, null before corefer'),
  source: z.enum(['tagger', 'gazetteer', 'pattern', 'coreference']).describe('what found it'),
  nominal: z.boolean().describe('a description ("the expert", "the Russian President") rather than a name'),
});
export type Mention = z.infer<typeof MentionSchema>;

/**
 * A mention's text shaped like a surname standing alone: one capitalised word of lower-case letters, apostrophes or
 * hyphens ("Mullen", "Lavrov"; not "McCain"). Corefer reads it for a later surname's introduction, quality for a speaker never
 * introduced; one shape, so the two stages agree on what a lone surname is.
 */
export const SURNAME_SHAPE = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * A word or name that starts with an upper-case letter, in any script: one pattern for every stage that asks, and a
 * module constant because the TypeScript loader turns a \p{…} literal into `new RegExp` where it stands.
 */
export const CAPITAL_INITIAL = /^\p{Lu}/u;

/** A document-level cluster of mentions: one person, organisation, place, law… */
export const EntitySchema = z.object({
  id: z.string().describe('e1, e2, …'),
  name: z.string().describe('canonical name: the fullest proper name the text gives'),
  type: EntityTypeSchema,
  aliases: z.array(z.string()).describe('other names the text uses for it ("New START", "Li")'),
  mentions: z.array(z.string()).describe('mention ids in text order'),
  country: z.string().nullable().describe('ISO-3 (CAMEO) country code, e.g. RUS, or null'),
  countrySource: z.enum(['stated', 'dictionary', 'gazetteer']).nullable().describe('how the country was found'),
  actorCode: z.string().nullable().describe('CAMEO actor code valid at the publication date, e.g. RUSGOV'),
  role: z.string().nullable().describe('role or title the text states ("former US national security adviser")'),
  affiliation: z.string().nullable().describe('organisation the text attaches ("Upper Institute of Social Sciences")'),
});
export type Entity = z.infer<typeof EntitySchema>;
