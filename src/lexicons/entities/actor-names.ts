/**
 * Name forms the entity lexicon build reads out of the CAMEO/Phoenix tables (scripts/build-entity-lexicons.ts):
 * what a table writes in one string ("International Monetary Fund (IMF)") and the forms news writes instead.
 * All names are upper case.
 */

/** An acronym in brackets after a name: capitals, digits and hyphens, at most seven ("IMF", "G-8", "CPN-M"). */
const BRACKETED_ACRONYM = /^(.+?)\s*\(([A-Z][A-Z0-9-]{1,6})\)$/;

/**
 * "INTERNATIONAL MONETARY FUND (IMF)" → the name and its acronym; a name with no bracketed acronym is itself.
 * `isPlace` says which bracketed words qualify the name rather than abbreviate it ("NATIONAL FRONT (GREECE)"):
 * those names are left whole, as the bracket is what tells them apart.
 */
export function nameAndAcronym(name: string, isPlace: (word: string) => boolean): { name: string; acronym: string | null } {
  const m = BRACKETED_ACRONYM.exec(name.trim());
  if (!m || isPlace(m[2]!)) return { name: name.trim(), acronym: null };
  return { name: m[1]!, acronym: m[2]! };
}

/** Words an acronym's letters skip. */
const UNABBREVIATED: ReadonlySet<string> = new Set(['OF', 'THE', 'AND', 'FOR', 'IN', 'ON']);

/**
 * Whether an acronym's letters are initials of the name's words, in order ("HIPC": Highly Indebted Poor
 * Countries; "IACO": Inter-African Coffee Organization): a bracket whose letters are not ("OSEC" after "Council
 * of Security and Cooperation in Europe") is a typing error or another language's acronym, too unsure to add.
 */
export function abbreviates(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter((w) => w && !UNABBREVIATED.has(w)).map((w) => w[0]);
  let at = 0;
  for (const letter of acronym.replace(/[^A-Z]/g, '')) {
    while (at < initials.length && initials[at] !== letter) at++;
    if (at++ >= initials.length) return false;
  }
  return true;
}

/** American spellings in organisation names and the British ones wires and UN bodies write. */
const BRITISH: readonly [RegExp, string][] = [
  [/\bORGANIZATION(S?)\b/g, 'ORGANISATION$1'],
  [/\bLABOR\b/g, 'LABOUR'],
  [/\bPROGRAM\b/g, 'PROGRAMME'],
  [/\bCENTER\b/g, 'CENTRE'],
  [/\bDEFENSE\b/g, 'DEFENCE'],
];

/**
 * The other ways news writes an organisation's name: the British spelling ("WORLD HEALTH ORGANISATION"), the
 * United Nations' bodies with "UN", "U.N." or in full ("U.N. GENERAL ASSEMBLY"), and a group named by a letter
 * and a number with a hyphen, a space or neither ("G-8", Phoenix's "G 8", "G8"). The name itself is not among them.
 */
export function organisationVariants(name: string): string[] {
  const forms = new Set<string>();
  let british = name;
  for (const [american, replacement] of BRITISH) british = british.replace(american, replacement);
  forms.add(british);
  for (const form of [name, british]) {
    const body = /^(?:UNITED NATIONS|UN|U\.N\.) (.+)$/.exec(form)?.[1];
    if (body) for (const un of ['UNITED NATIONS', 'UN', 'U.N.']) forms.add(`${un} ${body}`);
  }
  const symbol = /^([A-Z])[- ]?(\d+)$/.exec(name);
  if (symbol) for (const joint of ['-', ' ', '']) forms.add(`${symbol[1]}${joint}${symbol[2]}`);
  forms.delete(name);
  return [...forms];
}

/**
 * The code the Phoenix dictionaries give the organisation an older or abbreviated CAMEO code names: the code
 * itself when they use it, else the one code they use that ends in the same three-letter organisation block
 * and starts with the same kind (IGO, NGO, …): the manual's IGOWTO and the KEDS list's IGOCAFBCA are Phoenix's
 * IGOBUSWTO and IGOAFRBCA. Null when none or several fit.
 */
export function currentCode(code: string, used: ReadonlySet<string>): string | null {
  if (used.has(code)) return code;
  const kind = code.slice(0, 3);
  const block = code.slice(-3);
  let found: string | null = null;
  for (const c of used) {
    if (c.length < 9 || !c.startsWith(kind) || !c.endsWith(block)) continue;
    if (found && found !== c) return null;
    found = c;
  }
  return found;
}

/**
 * The lands a state's official name joins: "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND" → GREAT
 * BRITAIN, NORTHERN IRELAND; "REPUBLIC OF TRINIDAD AND TOBAGO" → TRINIDAD, TOBAGO. Only names of the form
 * "<KINGDOM|REPUBLIC|FEDERATION> OF A AND B": in other names "AND" joins words that are no land of their own
 * ("FRENCH SOUTHERN AND ANTARCTIC LANDS").
 */
export function constituentLands(officialName: string): string[] {
  const m = /\b(?:KINGDOM|REPUBLIC|FEDERATION) OF (?:THE )?([A-Z ]+?) AND ([A-Z ]+)$/.exec(officialName);
  return m ? [m[1]!, m[2]!] : [];
}

/** Words many countries' parties and armed groups are named with: a name of these alone says whose it is not. */
const POLITICAL_WORDS: ReadonlySet<string> = new Set(
  "NATIONAL DEMOCRATIC DEMOCRACY PEOPLE'S PEOPLES POPULAR LIBERATION FRONT ALLIANCE RALLY PARTY MOVEMENT CAMPAIGN NEW DEAL UNITED UNION REVOLUTIONARY ARMY FORCES FORCE COUNCIL CONGRESS COALITION LEAGUE FOR OF THE AND IN".split(' '),
);

/**
 * Whether a name of the KEDS list is one country's group: a word besides the generic ones ("Democratic Society
 * Party", "Lord's Resistance Army"); "National Democratic Alliance" or "People's Liberation Front" are the names
 * of groups in many countries, and a code tied to one of them would mislabel the others.
 */
export function distinctiveName(name: string): boolean {
  return name.split(/\s+/).some((w) => !POLITICAL_WORDS.has(w));
}

/**
 * Whether a KEDS code names a group of one country: the country, a CAMEO role and the group ("TUROPPDTP": Turkey,
 * opposition, DTP). Codes of provinces, ethnic and religious groups (NGAKAN, CYPGRK, MOSSUN) and old states'
 * blocks (PALREBANO: PAL is no country code now) are not.
 */
export function countryGroupCode(code: string, countries: { has(code: string): boolean }, roles: ReadonlySet<string>): boolean {
  return code.length === 9 && countries.has(code.slice(0, 3)) && roles.has(code.slice(3, 6));
}
