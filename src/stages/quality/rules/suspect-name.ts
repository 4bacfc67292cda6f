import { CAPITAL_INITIAL, type Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { allMatches, matchesIn, wordStart, type QualityRule } from './rule.ts';

// Prepositions and clause words a name never starts with ("During the Enlightenment"); determiners are
// read only with a time head, since "the expert" is a fair description of a speaker.
const NOT_NAME_START = new Set(['during', 'in', 'at', 'on', 'after', 'before', 'when', 'while', 'under', 'since', 'for', 'with', 'by', 'from', 'to', 'of', 'through', 'amid', 'despite', 'about', 'according', 'as', 'if', 'because']);

/** Why a person speaker's name slot holds no name, or null when it may be one. */
export function notAName(words: string[], lex: TranslationLexicons): string | null {
  const first = words[0]!.toLowerCase();
  const head = words.at(-1)!.toLowerCase().replace(/[’']s$/, '');
  // "According to Aybek Smadiyarov": the slot took the phrase that brings the name, and the name is whole after it
  if (NOT_NAME_START.has(first) && !(first === 'according' && words[1]?.toLowerCase() === 'to' && words.length >= 4 && words.slice(2).every((w) => CAPITAL_INITIAL.test(w)))) return `it starts with "${words[0]}", as a phrase does`;
  const inner = words.slice(1, -1);
  const short = words.length <= 4 && inner.every((w) => !CAPITAL_INITIAL.test(w));
  if (short && lex.timeHeads.has(head) && (lex.leading.has(first) || words.length === 1 || CAPITAL_INITIAL.test(words.at(-1)!))) return `"${words.at(-1)}" names a time or an occasion, not a person`;
  return null;
}

/**
 * The person, named elsewhere in the text, whom the text gives one bare name and nothing else (no full name,
 * role or affiliation): the one nearest `at`, whose introduction the garbled slot may have been. With the
 * paragraph line where that name stands.
 */
function bareNameNear(doc: Doc, at: number, speaker: string | null): { name: string; line: number } | null {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const near = doc.mentions
    .filter((m) => m.type === 'PERSON' && !m.nominal && m.entity !== null && m.entity !== speaker)
    .map((m) => ({ m, e: entities.get(m.entity!)! }))
    .filter(({ e }) => !e.name.includes(' ') && e.aliases.every((a) => !a.includes(' ')) && !e.role && !e.affiliation)
    .sort((a, b) => Math.abs(a.m.start - at) - Math.abs(b.m.start - at))[0];
  if (!near) return null;
  const line = doc.paragraphs.find((p) => p.start <= near.m.start && near.m.start < p.end + 1)?.line ?? 0;
  return { name: near.e.name, line };
}

// A preposition capitalised right after a reporting verb stands in a name's place ("said During the Enlightenment").
const AFTER_VERB = /(?<=\b(?:said|says|told|according to|by) )(?:During|In|At|On|After|Before|Under|Since|Amid|Through|Despite)(?: the)? \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu;
// What AFTER_VERB needs, tested first (on the whole text, then per sentence) because most texts have none.
const AFTER_VERB_HINT = /(?:said|says|told|to|by) (?:During|In|At|On|After|Before|Under|Since|Amid|Through|Despite) /;

/** Whether the sentence can open with "X, an expert …" (lex.appositionRole): its first comma 3 to 60 characters in, an article after it. */
function mayOpenWithApposition(text: string): boolean {
  const comma = text.indexOf(',');
  return comma >= 3 && comma <= 60 && (text.startsWith(', a ', comma) || text.startsWith(', an ', comma) || text.startsWith(', the ', comma));
}

// A name right after the apposition's role ("In Washington, a White House spokeswoman, Dana Perino, said"): the role
// has its holder, so what stands before it is a scene-setting phrase, not a name slot. A possessive is no holder
// ("…, an expert at X, Putin's statement was …").
const HOLDER_AFTER_ROLE = /^ \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*(?:,| (?:said|says|told|added|called|expressed)(?![\p{L}]))/u;

/** Whether the role of "X, a spokesman," is followed by the name of whoever holds it. */
export const roleHasHolder = (afterRole: string) => HOLDER_AFTER_ROLE.test(afterRole);

// A reporting verb inside what the apposition pattern read as the role ("In Geneva Friday, a spokesman for the agency said
// …,"): the role is the subject of that verb, no apposition, and the phrase before it sets the scene.
const REPORTING = /(?<![\p{L}])(?:said|says|told)(?![\p{L}])/u;

/**
 * Whether a quote laid out as a transcript's "X: …" is headed by a place label opening its line ("At Trent Bridge:
 * Nottinghamshire 392-6", "In Washington: …"): a preposition there sets the scene of what follows, as results and
 * digests head their items; a garbled name stands in a sentence's name slot, not at a line's head before a colon.
 */
function labelsPlace(q: Doc['quotes'][number], text: string): boolean {
  const m = q.speaker.mention!;
  return q.layout === 'transcript' && (m.start === 0 || text[m.start - 1] === '\n') && NOT_NAME_START.has(m.text.split(' ')[0]!.toLowerCase());
}

/** The name slots of the text: quoted speakers (when they are persons), apposition heads and words after a reporting verb. */
function nameSlots(doc: Doc, lex: TranslationLexicons): { start: number; end: number; text: string; entity: string | null }[] {
  const slots = [];
  for (const q of doc.quotes) {
    const m = q.speaker.mention;
    if (q.speaker.kind === 'person' && m && !q.speaker.resolved && !labelsPlace(q, doc.text)) slots.push({ start: m.start, end: m.end, text: m.text, entity: q.speaker.entity });
  }
  const afterVerb = AFTER_VERB_HINT.test(doc.text);
  for (const s of doc.sentences) {
    const m = mayOpenWithApposition(s.text) ? s.text.match(lex.appositionRole) : null;
    if (m && !roleHasHolder(s.text.slice(m[0].length)) && !REPORTING.test(m[0])) slots.push({ start: s.start, end: s.start + m[1]!.length, text: m[1]!, entity: null });
    if (!afterVerb || !AFTER_VERB_HINT.test(s.text)) continue;
    for (const v of allMatches(s.text, AFTER_VERB)) slots.push({ start: s.start + v.index, end: s.start + v.index + v[0].length, text: v[0], entity: null });
  }
  return slots.sort((a, b) => a.start - b.start);
}

// Words plain English sets off by commas after a title ("the minister, however, who"): asides, not a name's slot.
const ASIDES = new Set(['however', 'meanwhile', 'meantime', 'too', 'also', 'though', 'therefore', 'then', 'thus', 'hence', 'instead', 'again', 'now', 'still', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'besides', 'otherwise', 'today', 'yesterday', 'himself', 'herself', 'themselves']);
// What every titled apposition holds, tested before the title pattern (most paragraphs have none).
const LOWERCASE_BEFORE_RELATIVE = /, \p{Ll}[\p{Ll}'’-]*, (?:who|whose|which)(?![\p{L}])/u;

/**
 * The one lowercase word set off by commas after a title, before "who" ("the US Secretary of State, vegan, who
 * was visiting"): the grammar wants the title holder's name there, and a lowercase word is none (a name
 * translated as the common word it sounds like). Asides and -ly adverbs are no slot.
 */
function lowercaseAppositions(doc: Doc, lex: TranslationLexicons): { start: number; end: number; text: string }[] {
  // ", who" (also ", whose") or ", which" as strings first: a native string search, cheaper than the hint's pattern
  if (!doc.text.includes(', who') && !doc.text.includes(', which')) return [];
  return matchesIn(doc, lex.titledApposition, LOWERCASE_BEFORE_RELATIVE)
    .filter(({ match }) => !ASIDES.has(match[1]!) && !match[1]!.endsWith('ly'))
    .map(({ start, match }) => {
      const at = start + match[0].lastIndexOf(`, ${match[1]!},`) + 2;
      return { start: at, end: at + match[1]!.length, text: match[1]! };
    });
}

/**
 * The other places a word found in a name slot stands, in any case ("Vice Minister Vegan", "the vegan message"):
 * once the translation has turned a name into a common word, it does so wherever the name stands.
 */
function otherUses(text: string, slot: { start: number; text: string }): { start: number; end: number; text: string }[] {
  const word = new RegExp(`(?<![\\p{L}])${slot.text}(?![\\p{L}])`, 'giu');
  return allMatches(text, word).filter((m) => m.index !== slot.start).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * A person introduced by a given name alone with a role and no article ("Danny Roy, senior researcher …, and
 * Michael, professor of political science at Tufts University"): English introduces an expert or official with
 * the full name, so the surname was lost or moved ("According to Beckley" next). The word must be a given name
 * the gender lists know, so a surname or a place standing alone is not read.
 */
function givenNameOnly(doc: Doc, lex: TranslationLexicons): { start: number; end: number; text: string }[] {
  const out = [];
  const { text } = doc;
  // from each ", ": the word before it first (a set lookup), then the role after it, tried there only (sticky)
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) {
    const from = wordStart(text, at);
    if (from === at || !CAPITAL_INITIAL.test(text[from]!)) continue;
    const name = text.slice(from, at);
    if (!lex.male.has(name.toLowerCase()) && !lex.female.has(name.toLowerCase())) continue;
    // a capitalised word right before it makes it a surname ("Danny Roy, senior researcher")
    if (text[from - 1] === ' ' && CAPITAL_INITIAL.test(text.slice(wordStart(text, from - 1), from - 1))) continue;
    lex.givenNameRole.lastIndex = at;
    if (lex.givenNameRole.test(text)) out.push({ start: from, end: at, text: name });
  }
  return out;
}

/**
 * A name slot holding words that are not a name: a time phrase, a phrase led by a preposition. The slot is a
 * quoted person speaker or, read from the text itself, the head of "X, an expert at Y," or the words after
 * "said", so the flag does not rest on the quotes stage alone. One flag per place.
 */
export const suspectNames: QualityRule = {
  id: 'suspect-name',
  check(doc, lex) {
    const out = [];
    const seen = new Set<number>();
    for (const slot of nameSlots(doc, lex)) {
      const why = notAName(slot.text.split(',')[0]!.trim().split(/\s+/), lex);
      if (!why || seen.has(slot.start)) continue;
      seen.add(slot.start);
      const suggested = bareNameNear(doc, slot.start, slot.entity);
      out.push({
        start: slot.start,
        end: slot.end,
        text: `"${slot.text}" stands where a person's name should be, but ${why}: a mistranslated or garbled name, so who is speaking is doubtful${suggested ? `; likely ${suggested.name}, named${suggested.line ? ` in paragraph ${suggested.line}` : ''} with no other introduction` : ''}`,
      });
    }
    for (const slot of lowercaseAppositions(doc, lex)) {
      if (seen.has(slot.start)) continue;
      seen.add(slot.start);
      out.push({ ...slot, text: `"${slot.text}" stands where the title holder's name should be, but it is a lowercase word, as no name is: a name translated as the common word it sounds like, so who acted is doubtful` });
      for (const other of otherUses(doc.text, slot)) {
        if (seen.has(other.start)) continue;
        seen.add(other.start);
        out.push({ ...other, text: `"${other.text}" is the word found standing in a title holder's name slot earlier ("${slot.text}"): the same name translated as a common word, capitalised or not` });
      }
    }
    for (const slot of givenNameOnly(doc, lex)) {
      if (seen.has(slot.start)) continue;
      seen.add(slot.start);
      out.push({ ...slot, text: `"${slot.text}" is introduced with a role but only a given name: the surname was lost or moved by the translation, so which person is meant is doubtful` });
    }
    return out;
  },
};
