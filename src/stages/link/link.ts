import { defineStage } from '../../pipeline/stage.ts';
import type { Doc, Entity, Mention } from '../../model/index.ts';
import { entityLexicons, type EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { statedTitle } from '../entities/titles.ts';
import { countryOfCode, dictionaryCode, surnameCode } from './actor-codes.ts';

/** ", from the Upper Institute of Social Sciences" / ", of the X" right after a person's name. */
function statedAffiliation(doc: Doc, m: Mention): string | null {
  const after = doc.text.slice(m.end, m.end + 16);
  const lead = /^,\s*(?:from|of|at|with)\s+(?:the\s+)?/i.exec(after);
  if (!lead) return null;
  const at = m.end + lead[0].length;
  const org = doc.mentions.find((x) => x.start === at && (x.type === 'ORG' || x.type === 'GPE'));
  return org ? org.text : null;
}

function linkEntity(doc: Doc, entity: Entity, mentions: Mention[], lexicons: EntityLexicons): void {
  const names = [entity.name, ...entity.aliases];
  if (entity.type === 'GPE' || entity.type === 'NORP' || entity.type === 'LOC') {
    for (const name of names) {
      const place = lexicons.places.get(name.toUpperCase());
      if (place) {
        entity.country = place.country;
        entity.countrySource = 'gazetteer';
        entity.actorCode = place.country;
        return;
      }
    }
    return;
  }
  // Persons and organisations: a title the text states wins; the Phoenix dictionary fills the rest.
  let agent: string | null = null;
  for (const m of mentions) {
    if (m.nominal) continue;
    const title = statedTitle(doc, m, lexicons);
    if (title) {
      if (title.country && !entity.country) {
        entity.country = title.country;
        entity.countrySource = 'stated';
      }
      entity.role ??= title.role;
      agent ??= title.agent;
    }
    entity.affiliation ??= statedAffiliation(doc, m);
  }
  if (entity.type === 'ORG' && !entity.country) {
    // "Chinese Ministry of Foreign Affairs": the country word leads the name.
    const place = lexicons.places.get(entity.name.split(/\s+/)[0]!.toUpperCase());
    if (place && place.kind !== 'place') {
      entity.country = place.country;
      entity.countrySource = 'stated';
    }
  }
  let code: string | null = null;
  const role = agent?.slice(0, 3) ?? null;
  for (const name of names) code ??= dictionaryCode(name, doc.published, lexicons, role);
  if (entity.type === 'PERSON') for (const name of names) code ??= surnameCode(name, doc.published, lexicons, role);
  const dictionaryCountry = countryOfCode(code, lexicons);
  if (!entity.country && dictionaryCountry) {
    entity.country = dictionaryCountry;
    entity.countrySource = 'dictionary';
  }
  if (code && (!entity.country || dictionaryCountry === entity.country)) entity.actorCode = code;
  else if (entity.country) entity.actorCode = entity.country + (agent ?? '');
}

/**
 * Country (ISO-3), CAMEO actor code, role and affiliation of each entity. Places and demonyms from the
 * gazetteer; persons and organisations from the title the text puts before the name ("Russian Defense
 * Minister Sergey Shoigu" → RUS, RUSMIL… via Phoenix agent titles) and from the Phoenix actor dictionaries,
 * whose date ranges are read against the publication date (without one, the latest entry).
 */
export const link = defineStage({
  name: 'link',
  needs: ['entities', 'mentions', 'tokens'],
  gives: ['links'],
  setup: () => entityLexicons(),
  run(doc, lexicons) {
    const byId = new Map(doc.mentions.map((m) => [m.id, m]));
    for (const entity of doc.entities) linkEntity(doc, entity, entity.mentions.map((id) => byId.get(id)!), lexicons);
  },
});
