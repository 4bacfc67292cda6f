import { actorCodeAt, countryOfCode } from '../../lexicons/entities/actor-codes.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';

/** The code of an organisation the dictionary knows by this exact (upper-case) name; persons are no answer. */
function organisationCode(upper: string, date: string | null, lexicons: EntityLexicons, role: string | null): string | null {
  const entry = lexicons.actors.get(upper);
  return entry?.kind === 'org' ? actorCodeAt(entry.codes, date, role) : null;
}

/**
 * "African Union Commission", "International Labour Organization office": a longer name the dictionary lacks
 * that starts with an organisation it knows (AFRICAN UNION) names a body of that organisation and takes its
 * code. The longest known leading name of two words or more wins; one word ("African") says too little.
 */
export function leadingOrganisationCode(upper: string, date: string | null, lexicons: EntityLexicons, role: string | null = null): string | null {
  const words = upper.split(/\s+/);
  for (let n = words.length - 1; n >= 2; n--) {
    const code = organisationCode(words.slice(0, n).join(' '), date, lexicons, role);
    if (code) return code;
  }
  return null;
}

/** Codes of bodies whose national branches the dictionary files under the body's own code. */
const NON_GOVERNMENTAL = /^NGO/;

/**
 * "Syrian Arab Red Crescent", "Kenya Red Cross": a national branch of a non-governmental body the dictionary knows
 * by the name's last words (RED CRESCENT) takes that body's code; a branch of a government or party takes no code
 * of its last words ("Popular Front", "National Council" name many). The longest known ending of two words wins.
 */
export function trailingOrganisationCode(upper: string, date: string | null, lexicons: EntityLexicons): string | null {
  const words = upper.split(/\s+/);
  for (let n = 1; n <= words.length - 2; n++) {
    // The dictionary lists some bodies among its persons (RED CRESCENT): the code, not the kind, says a body.
    const entry = lexicons.actors.get(words.slice(n).join(' '));
    const code = entry ? actorCodeAt(entry.codes, date, null) : null;
    if (code) return NON_GOVERNMENTAL.test(code) ? code : null;
  }
  return null;
}

/** Words an acronym's initials skip: "Organization of American States" is OAS. */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['OF', 'THE', 'AND', 'FOR', '&']);
/** An acronym: two to six capitals, as written ("AU", "ILO", "ECOWAS"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * "the AU said" after "African Union Commission chief …": an acronym the dictionary lacks is the organisation
 * named in the same text whose leading words it abbreviates, when the dictionary knows that organisation by
 * those words. Only names of the text are read: a bare acronym with no full name before or after is left alone,
 * as "AU" or "ILO" alone may stand for many bodies. `names` are the text's other organisation names, upper case.
 */
export function acronymCode(acronym: string, names: readonly string[], date: string | null, lexicons: EntityLexicons, role: string | null = null): string | null {
  if (!ACRONYM.test(acronym)) return null;
  for (const name of names) {
    const words = name.split(/\s+/);
    let initials = '';
    for (let n = 0; n < words.length && initials.length < acronym.length; n++) {
      if (ACRONYM_SKIPS.has(words[n]!)) continue;
      initials += words[n]![0];
      if (initials !== acronym) continue;
      const code = organisationCode(words.slice(0, n + 1).join(' '), date, lexicons, role);
      if (code) return code;
    }
  }
  return null;
}

/**
 * "The UN Security Council" tagged with its article: the dictionary keys names without it (UN SECURITY COUNCIL),
 * so an organisation's name is also read without a leading "The". Null when there is none to drop.
 */
export function withoutArticle(upper: string): string | null {
  return upper.startsWith('THE ') && upper.length > 4 ? upper.slice(4) : null;
}

/**
 * "Paris Club" (IGOBUSPROC), "Irish Republican Army" (WEUREB): an organisation the dictionary knows by its whole
 * name under a code of no country. The place word or agent noun inside the name then says nothing of whose it
 * is: the club is no French body, the army no Irish military. The code, or null when the name is not such a one.
 */
export function internationalByName(upper: string, date: string | null, lexicons: EntityLexicons): string | null {
  const code = organisationCode(upper, date, lexicons, null);
  return code && !countryOfCode(code, lexicons) ? code : null;
}
