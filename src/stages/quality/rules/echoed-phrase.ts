import type { Doc } from '../../../model/index.ts';
import { allMatches, letterRunStart, matchesIn, wordStart, type QualityRule } from './rule.ts';

// "the X", then within one to five plain words (no comma or stop between) "the X" again, singular or plural:
// a word-by-word translation echoing its own noun ("experts from the Straits of the Strait", "the truth is that
// the truth of the United States"). English copy repeats a noun that close only across a comma or in set
// phrases ("the talks, and the talks' outcome"; "day by day" has no article). A word followed by a capitalised one
// is part of a name, and names share words ("the United States and the United Nations", "the Arab League … the Arab world").
// An echo that is a possessive or a hyphened word's first part names something else ("voting in the country's
// elections", "the Lion's share", "the have-nots"): English copy writes that, word-by-word echoes did not.
const ECHO = /(?<![\p{L}])[Tt]he (\p{L}{4,})s? (?!\p{Lu})(?:[\p{L}’'-]+ ){1,5}?the \1s?(?![\p{L}]| \p{Lu}|['’]s(?![\p{L}])|-)/gu;
// A pair joined by "and", "or" or "of" said again within one to five words ("the power of navigation and flying
// through the navigation and flying power"): the same word-by-word echo, without the article. Read from the
// joining word (the engine finds its space fast), then the word before it and the repeat looked up as strings.
const JOINED = / (?:and|or|of) \p{L}{4,}(?![\p{L}])/gu;
// What may stand between a pair and its echo: one to five plain words, no comma or stop.
const PLAIN_WORDS = /^(?: [\p{L}’'-]+){1,5} $/u;
const LETTER = /\p{L}/u;

interface Echo { start: number; end: number; whole: string; repeated: string }

/** The pairs of the text said again within five plain words, as spans from the pair to its echo. */
function echoedPairs(text: string): Echo[] {
  const out: Echo[] = [];
  for (const m of allMatches(text, JOINED)) {
    const start = wordStart(text, m.index);
    if (m.index - start < 4) continue;
    const pair = text.slice(start, m.index + m[0].length);
    const end = m.index + m[0].length;
    // looked for within the next five words' reach only: a search to the text's end at every "of" costs the square of its length
    const near = text.slice(end, end + 80 + pair.length).indexOf(pair, 1);
    const again = near < 0 ? -1 : end + near;
    if (again < 0 || LETTER.test(text[again + pair.length] ?? '') || !PLAIN_WORDS.test(text.slice(end, again)) || anotherNounPhrase(text.slice(end, again))) continue;
    out.push({ start, end: again + pair.length, whole: text.slice(start, again + pair.length), repeated: pair });
  }
  return out;
}
// A word said again across its own "of": a title or noun the translation rendered twice. A title's capitalised word
// comes back right after "of" ("Foreign Minister of Foreign Affairs"), as names repeat a word further on ("the Islamic
// Republic of Iran and the Republic of Ireland", "Kunar district of Kunar province"); a lower-case noun comes back as
// the head of the name after "of" ("the statement of the Swedish Parliament statement"), which English copy writes
// with other words between ("the minister of economics and communications minister"). Case counts, and the
// quantifiers English does repeat so ("many of the many") are left out.
const OF_ECHO = /(?<![\p{L}])(?:(\p{Lu}\p{L}{3,}) \p{Lu}\p{L}+ of (?:the )?\1|(\p{Ll}{4,}) of (?:the )?(?:\p{Lu}[\p{L}’'-]+ ){1,3}\2)(?![\p{L}])/gu;
// What either branch needs: a capitalised word after "of" (and "the"); " of " alone passes nearly every paragraph.
const OF_HINT = / of (?:the )?\p{Lu}/u;
/** Where an OF_ECHO match may start: the word of letters before each " of ", and the one a space before that. */
function ofEchoStarts(text: string): number[] {
  const out = [];
  for (let of = text.indexOf(' of '); of >= 0; of = text.indexOf(' of ', of + 1)) {
    const word = letterRunStart(text, of);
    if (word === of) continue;
    if (text[word - 1] === ' ') out.push(letterRunStart(text, word - 1));
    out.push(word);
  }
  // " of of " gives the same word twice, out of order
  return out.sort((a, b) => a - b);
}
const QUANTIFIERS = new Set(['many', 'some', 'most', 'more', 'much', 'half', 'part', 'each', 'none', 'both', 'all', 'any']);
// The same words on both sides of "or" ("whether to look for a solution or a solution"), or the same past-tense verb
// or long word on both sides of "and" ("explained and explained", "are significant and significant", two synonyms
// of the source rendered alike); English says "more and more", "again and again", never these.
const SAME_BOTH_SIDES = /(?<![\p{L}])(?:((?:an?|the) \p{L}{3,}) or \1|(\p{Ll}{3,}ed) and \2|(\p{Ll}{6,}) and \3)(?![\p{L}])/gu;
// What either side needs: an article after "or", or a word of three letters or more before "and"; " or " or " and "
// alone is in nearly every paragraph.
const JOINED_TWICE = / or (?:an?|the) |\p{Ll}{3} and \p{Ll}/u;
// The long words English doubles around "and" itself: comparatives ("bigger and bigger", "further and further"),
// plurals of amounts ("thousands and thousands", "months and months") and the adverbs of going on ("through and through").
const DOUBLED_IN_ENGLISH = /(?:er|s)$|^(?:through|around)$/u;
// A long word said twice is read only as a predicate, after a form of "be" or a degree word ("are significant and
// significant"): after a modifier the two name different things ("junior middleweight and middleweight").
const PREDICATE_BEFORE = /(?:^|[^\p{L}])(?:are|is|was|were|be|been|being|remains?|seems?|very|so|too|quite|both) $/iu;
// What every echo holds: "the " twice. Most paragraphs hold it, so the hint is only a cheap first sieve.
const TWO_ARTICLES = /[Tt]he .*the /u;
/** Where an ECHO match may start: the T or t of each "he ": tried there alone, not at every character. */
function echoStarts(text: string): number[] {
  const out = [];
  for (let he = text.indexOf('he '); he >= 0; he = text.indexOf('he ', he + 1)) {
    if (text[he - 1] === 't' || text[he - 1] === 'T') out.push(he - 1);
  }
  return out;
}
/**
 * Where a SAME_BOTH_SIDES match may start: the word of letters before each " and ", and the article a space before
 * the word before each " or ". The pattern's lookbehind, tried at every character, is dearer than these searches.
 */
function bothSidesStarts(text: string): number[] {
  const out = [];
  for (let and = text.indexOf(' and '); and >= 0; and = text.indexOf(' and ', and + 1)) {
    const word = letterRunStart(text, and);
    if (word < and) out.push(word);
  }
  for (let or = text.indexOf(' or '); or >= 0; or = text.indexOf(' or ', or + 1)) {
    const word = letterRunStart(text, or);
    if (word < or && text[word - 1] === ' ') out.push(letterRunStart(text, word - 1));
  }
  return out.sort((a, b) => a - b);
}
// Words after "the" that pick out rather than name ("the second day of the second round", "the same … the same"):
// English repeats them as it likes.
const DETERMINING = new Set(['same', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'other', 'three', 'four', 'five', 'right', 'left', 'whole', 'former', 'latter']);
// A nationality word names two things in a row in plain copy ("the Chinese people … the Chinese dream").
const DEMONYM = /^\p{Lu}\p{Ll}*(?:ese|ian|an|ish|i)$/u;

/** The index of the token starting at `at` (tokens are in text order), or -1. */
function tokenAt(tokens: Doc['tokens'], at: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.start === at) return mid;
    if (t.start < at) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/**
 * Whether the echo at `at` modifies the noun after it ("at the consumer level … publishes the consumer price index",
 * "the tests … the test results"): a noun before a noun names another thing, as English copy writes; word-by-word
 * echoes repeat the phrase itself. Read from the tagger's parts of speech; without tokens, no echo is excused.
 */
function modifiesNextNoun(doc: Doc, at: number): boolean {
  const i = tokenAt(doc.tokens, at);
  return i >= 0 && doc.tokens[i]!.pos === 'NOUN' && doc.tokens[i + 1]?.pos === 'NOUN' && doc.tokens[i + 1]!.start === doc.tokens[i]!.end + 1;
}

// A determiner among the words between an echo's two halves: another noun phrase stands there, so the second half
// belongs to another clause ("fuel to the mission caused the UN to withdraw the mission", "the survey rated some
// participants in the survey", "as a fundamental change the industry"); a word-by-word echo has none ("the Straits
// of the Strait", "the truth is that the truth"). An article right before the echo is the echo's own.
const DETERMINER_BETWEEN = /(?:^|\s)(?:a|an|the|some|all|its|his|her|their|this|these|those|each|every)\s/iu;
const OWN_ARTICLE = /(?:^|\s)the $/iu;
const anotherNounPhrase = (between: string) => DETERMINER_BETWEEN.test(between.replace(OWN_ARTICLE, ' '));
const WORD_BEFORE = /(\p{L}+) $/u;
const COORDINATOR = /\s(?:and|or|but)\s/iu;

/**
 * Whether the second half repeats the first as a coordinate does: "and", "or" or "but" between, and the word before the
 * first half again right before the second ("was the plum of Missouri and was the plum of the Midwest", "recording of the
 * year and song of the year"), or both halves followed by their own "of" ("the conservation of mummies and the
 * conservation of the intestines"): a parallel English writes, where a word-by-word echo repeats the phrase itself.
 */
function coordinated(text: string, start: number, between: string, end: number): boolean {
  if (!COORDINATOR.test(between)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (before !== undefined && between.toLowerCase().endsWith(` ${before.toLowerCase()} `)) return true;
  return between.startsWith(' of ') && /^ (?:and|or) $/u.test(between.slice(between.lastIndexOf(' ', between.length - 2))) && text.startsWith(' of ', end);
}

/**
 * Whether the word a title echoes across its "of" opens a place's name ("The Jersey Journal of Jersey City"): a paper
 * or a body is named after its place, as English copy writes; a title rendered twice repeats a word of office ("Foreign
 * Minister of Foreign Affairs"). Read from the entities stage's place mentions.
 */
function opensPlaceName(doc: Doc, at: number): boolean {
  return doc.mentions.some((m) => m.start === at && (m.type === 'GPE' || m.type === 'LOC') && m.text.includes(' '));
}

/** A phrase that repeats its own article and noun within a few words: the translation garbled it, and its meaning must be guessed. */
export const echoedPhrases: QualityRule = {
  id: 'echoed-phrase',
  check(doc) {
    const echoes: Echo[] = matchesIn(doc, ECHO, TWO_ARTICLES, echoStarts)
      .filter(({ match }) => !DEMONYM.test(match[1]!) && !DETERMINING.has(match[1]!.toLowerCase()))
      .filter(({ end }) => !modifiesNextNoun(doc, wordStart(doc.text, end)))
      // the first half modifying its own next noun names another thing ("the death penalty for ordering the deaths")
      .filter(({ start }) => !modifiesNextNoun(doc, start + 4))
      .filter(({ start, end, match }) => {
        const between = doc.text.slice(doc.text.indexOf(' ', start + 4), start + match[0].lastIndexOf('the '));
        return !anotherNounPhrase(between) && !coordinated(doc.text, start, between, end);
      })
      .map(({ start, end, match }) => ({ start, end, whole: match[0], repeated: `the ${match[1]}` }));
    const ofEchoes = matchesIn(doc, OF_ECHO, OF_HINT, ofEchoStarts)
      .filter(({ match }) => !QUANTIFIERS.has(match[2] ?? ''))
      .filter(({ end, match }) => !(match[1] && opensPlaceName(doc, end - match[1].length)))
      .map(({ start, end, match }) => ({ start, end, whole: match[0], repeated: match[1] ?? match[2]! }));
    const bothSides = matchesIn(doc, SAME_BOTH_SIDES, JOINED_TWICE, bothSidesStarts)
      .filter(({ start, match }) => !(match[3] && (DOUBLED_IN_ENGLISH.test(match[3]) || !PREDICATE_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start)))))
      .map(({ start, end, match }) => ({ start, end, whole: match[0], repeated: match[1] ?? match[2] ?? match[3]! }));
    const found: Echo[] = [...echoes];
    for (const e of [...echoedPairs(doc.text), ...ofEchoes, ...bothSides]) if (!found.some((f) => f.start < e.end && e.start < f.end)) found.push(e);
    return found
      .sort((a, b) => a.start - b.start)
      .map(({ start, end, whole, repeated }) => ({
        start,
        end,
        text: `"${whole}" repeats "${repeated}" within a few words: a phrase garbled by word-by-word translation, whose meaning must be guessed`,
      }));
  },
};
