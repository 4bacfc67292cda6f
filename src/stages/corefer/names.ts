import type { EntityType } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import type { WireLexicons } from '../../lexicons/entities/wire-lexicons.ts';
import { escapeRegExp } from '../../util/regexp.ts';

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const CAPS_PAIR = /\p{Lu}{2}|\p{Lu}\./u;
const LETTER_RUNS = /\p{L}+/gu;

/** One name an entity is written with, and where. */
export interface Form {
  text: string;
  /** the agency of a dateline ("(AFP)") */
  agency: boolean;
  /** a place of a dateline ("TEHRAN", ", Fla.") */
  dateline: boolean;
  /** in a line written all in capitals (a headline) */
  shouted: boolean;
}

export interface NameContext {
  type: EntityType;
  /** the name clustering gave: the first form, or a person's fullest */
  name: string;
  forms: readonly Form[];
  /** the document text, where a name in capitals may be written in mixed case too */
  text: string;
  lexicons: EntityLexicons;
  wire: WireLexicons;
}

type NameRule = { name: string; apply: (c: NameContext) => string | null };

const allCaps = (s: string) => s === s.toUpperCase() && CAPS_PAIR.test(s);
const titleCase = (s: string) => s.replace(LETTER_RUNS, (w) => w[0]! + w.slice(1).toLowerCase());

/**
 * The canonical name of an entity is its fullest mixed-case form: rules in order, the first that answers
 * wins. A dateline's agency is the agency's name ("AFP" → Agence France-Presse) and its abbreviated US
 * state the state; a country written as an abbreviation ("U.S.", "S. Korea") is the country's name; a
 * name in capitals (a headline, a dateline) takes the mixed-case form the text gives elsewhere, and a
 * dateline or headline name that has none is written in title case ("CAMP DAVID" → Camp David).
 */
export const NAME_RULES: readonly NameRule[] = [
  {
    name: 'dateline agency',
    apply: (c) => c.forms.filter((f) => f.agency).map((f) => c.wire.agencies.get(f.text.toUpperCase())).find(Boolean) ?? null,
  },
  {
    name: 'dateline state',
    apply: (c) => c.forms.filter((f) => f.dateline).map((f) => c.wire.regions.get(f.text)).find(Boolean) ?? null,
  },
  {
    name: 'country abbreviation',
    apply: (c) => {
      if (c.type !== 'GPE') return null;
      const abbreviated = c.forms.find((f) => /\./.test(f.text) || (allCaps(f.text) && f.text.length <= 4));
      const place = abbreviated && c.lexicons.places.get(abbreviated.text.toUpperCase());
      return place && place.kind === 'country' ? (c.lexicons.countryNames.get(place.country) ?? null) : null;
    },
  },
  {
    name: 'mixed case',
    apply: (c) => {
      if (!allCaps(c.name)) return c.name;
      return c.forms.find((f) => !allCaps(f.text))?.text ?? null;
    },
  },
  {
    name: 'written elsewhere',
    apply: (c) => {
      if (!mayBeWrittenInLowerCase(c.name, c.text)) return null;
      const m = firstMixedCase(`(?<![\\p{L}\\d])${escapeRegExp(c.name).replace(/ /g, '\\s+')}(?![\\p{L}\\d])`, c.name, c.text);
      return m === null ? null : m.replace(/\s+/g, ' ');
    },
  },
  {
    name: 'shouted',
    apply: (c) => (c.forms.some((f) => f.dateline || f.shouted) ? titleCase(c.name) : null),
  },
];

/** The last text lower-cased: a document's names in capitals are tested one after another against it. */
let lowered = { text: '', lower: '' };
function lowerCased(text: string): string {
  if (lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
  return lowered.lower;
}

/**
 * Whether a name in capitals can occur in `text` with a lower-case letter, tested with plain substring
 * search before the rule's Unicode regular expression scans the text: mostly it does not. Exact for names
 * in ASCII: a match of the rule has each letter run of the name in some case, and one that is not in
 * capitals has one run with a lower-case letter. Texts where lower-casing moves offsets or a letter folds to
 * an ASCII one it does not lower-case to (long s) are left to the regular expression.
 */
function mayBeWrittenInLowerCase(name: string, text: string): boolean {
  if (!/^[\x00-\x7f]*$/.test(name) || text.includes('\u017f')) return true;
  const lower = lowerCased(text);
  if (lower.length !== text.length) return true;
  for (const run of name.match(/[A-Za-z0-9]+/g) ?? []) {
    const [folded, capitals] = [run.toLowerCase(), run.toUpperCase()];
    for (let at = lower.indexOf(folded); at >= 0; at = lower.indexOf(folded, at + 1)) {
      if (text.slice(at, at + run.length) !== capitals) return true;
    }
  }
  return false;
}

/**
 * The first match of the name's pattern (`source`, read case-blind) that is not in capitals, in the order a
 * scan of the whole text finds them. Where lower-casing the text keeps every offset (see
 * mayBeWrittenInLowerCase) and the name opens with an ASCII letter or digit, a match can only start where the
 * lower-cased text has that first run lower-cased: the pattern is tried there alone, each try resuming after
 * the previous match as the scan does, instead of at every character of the text.
 */
function firstMixedCase(source: string, name: string, text: string): string | null {
  const head = /^[A-Za-z0-9]+/.exec(name)?.[0];
  const lower = lowerCased(text);
  if (!head || !/^[\x00-\x7f]*$/.test(name) || text.includes('\u017f') || lower.length !== text.length) {
    for (const m of text.matchAll(new RegExp(source, 'giu'))) if (!allCaps(m[0])) return m[0];
    return null;
  }
  const re = new RegExp(source, 'iuy');
  const folded = head.toLowerCase();
  for (let at = lower.indexOf(folded); at >= 0; at = lower.indexOf(folded, at + 1)) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    if (!allCaps(m[0])) return m[0];
    at = re.lastIndex - 1;
  }
  return null;
}

export function canonicalName(c: NameContext): string {
  for (const rule of NAME_RULES) {
    const name = rule.apply(c);
    if (name) return name;
  }
  return c.name;
}
