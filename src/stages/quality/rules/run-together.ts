import { CAPITAL_INITIAL, type Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { isLowerUnit, matchesIn, type Finding, type QualityRule } from './rule.ts';
import { isJoiner, unitSet, wordsOf } from './words.ts';

// A sentence's full stop glued to the next sentence's first word ("day.The", "2017.Talking"), or a word glued
// to a bracket ("Staff(JCS)"): the space was lost when the copy was pasted or converted. The left side is a
// word or a number of two characters or more, so initials ("U.S.") and domains ("news.ru") do not match, nor does a
// domain written with a capital ("VOANews.Com").
// A closing square bracket glued to the next sentence's first word ("[Reporter Fu Jiajun]According") and a
// clock time glued to a capitalised word ("09:40:25Source") are the same lost space; a number glued to a word
// is not read ("3D", "5G", "10Mbps" are English), only a time with its colon.
const GLUED = /[\p{L}\d'’-]*(?:\p{Ll}{2}|\p{Lu}{2}|\d)[.!?](?!(?:Com|Net|Org|Gov|Info)(?!\p{L}))\p{Lu}\p{Ll}+[\p{L}'’]*|\p{L}*\p{Ll}{3}\(\p{Lu}[^)\s]*\)?|\p{L}+\]\p{Lu}\p{Ll}+|\d{1,2}:\d\d(?::\d\d)?\p{Lu}\p{Ll}{2,}/gu;
// What every glued place holds: a stop between a word and a capitalised one, a lowercase letter before a bracket,
// a bracket closed before a capitalised word, or a time's last two digits before one.
const GLUE_HINT = /[\p{L}\d][.!?]\p{Lu}\p{Ll}|\p{Ll}\(\p{Lu}|\p{L}\]\p{Lu}\p{Ll}|:\d\d\p{Lu}\p{Ll}/u;

// Function words a lost space glues to the word before them. After a lower-case word only the longer ones are read:
// English has many words ending in "-in", "-to", "-on" ("kwaito"), few ending in "-after" or "-with".
const LONG_GLUES = ['after', 'the', 'and', 'with', 'from', 'for'];
const GLUES = [...LONG_GLUES, 'in', 'of', 'to', 'on', 'at', 'by'];
// The last letters of the function words.
const GLUE_LAST = unitSet(GLUES.map((g) => g.charCodeAt(g.length - 1)));
// The least a glued word keeps before its function word.
const STEM = 3;

/** The long glue ending at `end`, if one does: its last letter compared first, as most words end otherwise. */
function longGlueEnding(text: string, end: number): string | undefined {
  const last = text.charCodeAt(end - 1);
  for (const glue of LONG_GLUES) if (glue.charCodeAt(glue.length - 1) === last && text.startsWith(glue, end - glue.length)) return glue;
  return undefined;
}

/**
 * A function word glued to the word before it, the pair no word of English ("blinkafter", "Cebuin"): a lower-case
 * word that splits into an English word and "after", "the", "and", "with", "from" or "for", read from the text's
 * runs of letters (see wordsOf); or a name the entities stage read, made of another name it read (no
 * English word: "Thein" is no "The" with "in") and any function word, flagged where it stands.
 */
function gluedFunctionWords(doc: Doc, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  const { text } = doc;
  const found = (start: number, end: number, stem: string, glue: string) => {
    const word = text.slice(start, end);
    if (lex.englishWord(word.toLowerCase())) return;
    out.push({ start, end, text: `"${word}" runs two words together ("${stem} ${glue}"): a space was lost (pasted or converted copy, often machine-translated)` });
  };
  // read from the text's runs of letters (see wordsOf): a glue ends a run of letters, the stem is the rest of it
  const { runs } = wordsOf(text);
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]!;
    const end = runs[i + 1]!;
    // the shortest glue and its stem; then a lower-case word that no joiner ties to the one before
    if (end - start < STEM + 3 || !isLowerUnit(text.charCodeAt(start)) || (start > 0 && isJoiner(text.charCodeAt(start - 1)))) continue;
    const glue = longGlueEnding(text, end);
    if (!glue || end - glue.length - start < STEM) continue;
    const at = end - glue.length;
    if (lex.englishWordAt(text, start, at)) found(start, end, text.slice(start, at), glue);
  }
  // a name glued to a function word is read where the tagger took the pair for a name of its own ("Cebuin" beside "Cebu"):
  // a look-up of each single-word name, not a search of the text for each (a long text names many)
  const single = (e: Doc['entities'][number]) => e.name.length > STEM && !e.name.includes(' ') && CAPITAL_INITIAL.test(e.name);
  // the names ending in a function word first, most by their last letter: most texts have none, and need no set of names
  const glued = doc.entities.filter((e) => GLUE_LAST.has(e.name.charCodeAt(e.name.length - 1)) && GLUES.some((g) => e.name.endsWith(g)) && single(e));
  if (glued.length === 0) return out;
  const names = new Set(doc.entities.filter(single).map((e) => e.name));
  for (const e of glued) {
    const glue = GLUES.find((g) => e.name.endsWith(g) && names.has(e.name.slice(0, -g.length)));
    if (!glue || e.name.length - glue.length < STEM) continue;
    const stem = e.name.slice(0, -glue.length);
    if (lex.englishWord(stem.toLowerCase())) continue;
    for (const m of doc.mentions) if (m.entity === e.id && m.text === e.name) found(m.start, m.end, stem, glue);
  }
  return out;
}

/** Two sentences, a word and a bracket, or a word and the function word after it run together without a space. */
export const runTogether: QualityRule = {
  id: 'run-together',
  check(doc, lex) {
    const found: Finding[] = matchesIn(doc, GLUED, GLUE_HINT).map(({ start, end, match }) => ({
      start,
      end,
      text: `"${match[0]}" runs two words or sentences together: a space was lost (pasted or converted copy, often machine-translated)`,
    }));
    const glued = gluedFunctionWords(doc, lex).filter((g) => !found.some((f) => f.start < g.end && g.start < f.end));
    return glued.length === 0 ? found : [...found, ...glued].sort((a, b) => a.start - b.start);
  },
};
