import type { QualityRule } from './rule.ts';
import { maskMarkup } from './markup-residue.ts';
import { firstMatch, printedTwice } from './page-furniture.ts';
import { foreignRuns } from './untranslated-word.ts';
import { listingLine, tableRow } from './line-shape.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { loadWireLexicons } from '../../../lexicons/entities/wire-lexicons.ts';

// A paragraph may end in a closing quote or bracket after its final punctuation, or in a closing quote alone.
const CLOSERS = '"\'”’»)]';
const FINAL_PUNCTUATION = '.!?…:;';
const CLOSING_QUOTES = '"”’»';

/**
 * Whether a paragraph ends on its final punctuation, perhaps closed by quotes or brackets, spaced or not ("… hope . ''",
 * as tokenised copy writes it). Read back from the end:
 * a pattern anchored at the end tries its first character class at every character of the paragraph.
 */
function endsTerminated(text: string): boolean {
  if (text.length === 0) return false;
  let end = text.length;
  while (end > 0 && (CLOSERS.includes(text[end - 1]!) || text[end - 1] === ' ')) end -= 1;
  return (end > 0 && FINAL_PUNCTUATION.includes(text[end - 1]!)) || CLOSING_QUOTES.includes(text.at(-1)!);
}
// Words a finished sentence does not end on: a paragraph stopping here was cut, also where a listing page marks
// the cut with an ellipsis ("… the top US military commander in the ...").
const DANGLING_WORD = '(?:though|although|if|and|but|or|nor|so|because|while|when|that|which|who|the|a|an|of|to|in|on|at|for|with|by|from|as|than|even|is|was|are|were|will|would)';
const DANGLING = new RegExp(`(?:^|\\s)${DANGLING_WORD}$|[,–—-]$`, 'i');
const CUT_ELLIPSIS = new RegExp(`(?:^|\\s)${DANGLING_WORD}\\s*(?:\\.{3,}|…)$`, 'i');
// CUT_ELLIPSIS tries its word list at every space of the paragraph: asked only of one ending on an ellipsis.
const endsOnEllipsis = (text: string) => text.endsWith('...') || text.endsWith('…');
// A caption or credit ends on a bracket ("(Photo: VNA)", read with endsWith) or a date ("in Ankara, Turkey, 18 Jul 2008"); a cut sentence seldom does.
const DATED = /(?:\b\d{1,2} \p{Lu}\p{Ll}{2,8}\.?|\b\p{Lu}\p{Ll}{2,8}\.? \d{1,2},) \d{4}$/u;
// The last word of a results line: a score ("15-7", "6-2", "4-6"), which such lines end on without a stop.
const SCORE = /^\d{1,3}-\d{1,3}$/;
const endsOnScore = (text: string) => SCORE.test(text.slice(text.lastIndexOf(' ') + 1));
// A paragraph that starts on a dash or a lowercase word (not a byline's "by") lost its beginning (a dateline cut before "– Deputy…");
// a line of a few words starting lowercase is a label or a template's date ("jeudi, mai 23, 2024"), not a cut sentence.
const HEADLESS = /^(?:[–—-]\s|(?!by\s)\p{Ll}(?:\S*\s+){5})/u;
const LOWER_START = /^\p{Ll}/u;
// A paragraph opening on a dash: a list's item when others do too.
const DASHED = /^(?:[–—-]|--)\s/;
// A paragraph opening on a bullet: a list's item or a page's summary point, alone or not, written without a full stop as a
// headline is: cut only when it ends on a word no sentence ends on.
const BULLETED = /^[•●▪◦►]\s/u;
// A paragraph ending on a year: a date line above the headline, not the headline.
const ENDS_ON_YEAR = /\b\d{4}$/;
// A rule of dashes, stars or the like, perhaps with a few letters in it ("----- oOo-----"): no sentence, nothing cut.
const ORNAMENT = /^(?=.*[-–—*=_~#]{3})[^\p{L}]*(?:\p{L}{1,4}[^\p{L}]+)?$/u;
// A company's abbreviations ("The Walt Disney Co." / "said Thursday it had …"): their stop ends no sentence.
const COMPANY_ABBREVIATIONS = new Set(['Co.', 'Inc.', 'Corp.', 'Ltd.']);
/**
 * Whether a line ends on an abbreviation whose stop ends no sentence: a US state as wire copy abbreviates it (the wire
 * lexicon's "Mass.", "Wis.") or a company's "Co.", so a lowercase line after it goes on with the sentence ("Mass." / "governor has trouble …").
 */
function endsOnAbbreviation(line: string): boolean {
  const last = line.slice(line.lastIndexOf(' ') + 1);
  return COMPANY_ABBREVIATIONS.has(last) || loadWireLexicons().regions.has(last);
}
// A line ending on a closing quotation mark: a lowercase line after it is the quotation's attribution.
const CLOSING_QUOTE_END = /(?:["”’]|'')$/u;
// A dateline alone on its line ("WASHINGTON (AP) --", "NICOSIA, August 8 (Xinhua) --"): the story starts on the next one.
const DATELINE = /^\p{Lu}[\p{Lu} .'-]*(?:, [\p{L}\d .'-]+)? ?\([\p{L}]{2,12}\) ?(?:--|[–—-])$/u;
// A dateline of place and date alone on its line ("LONDON 1996-08-22", "TIRANA, Albania Aug 10"): a dash opening the
// next line is the dateline's own ("LONDON 1996-08-22 - Secondhand tonnage…"), the story's head is there.
const PLACE_DATE = /^\p{Lu}{2}[\p{Lu} .'-]*(?:, [\p{L} .'-]+)? (?:\d{4}-\d\d-\d\d|\p{Lu}\p{Ll}{2,8}\.? \d{1,2})$/u;
// A label in capitals alone on its line: a digest's paper or section ("AL-ANWAR", "NIDA'A AL-WATAN").
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}\d '’&/-]*$/u;
const headed = (before: string) => PLACE_DATE.test(before) || CAPITALS_LABEL.test(before);
// A byline paragraph: "By" and a capitalised name, short.
const BYLINE = /^By \p{Lu}[^.!?]{0,60}$/u;
// What an image's title adds to the headline it repeats: a dash or bar and a short label ("- ảnh 1", "| Photo").
const IMAGE_TAIL = /^\s*[-–—|]\s*\S.{0,20}$/u;
// Longer than a headline or a byline and still no full stop.
const LONG = 15;
// Copy broken into lines at a fixed width (wire copy) has lines no longer than this, many ending mid-sentence.
const WRAP_WIDTH = 70;

/** Whether runs of words English does not have make up half a paragraph or more. */
function mostlyForeign(text: string, lex: TranslationLexicons): boolean {
  return foreignRuns(text, lex).reduce((n, r) => n + r.end - r.start, 0) * 2 >= text.length;
}

/**
 * Whether a paragraph's end was cut: a dangling word before an ellipsis, or no final punctuation and either a
 * word no sentence ends on or, past a headline's length, none at all. Captions and credits (a bracket or a
 * date at the end) are no cuts, nor are results lines ending on a score, nor a headline ending on an ordinary word.
 */
function endsCut(text: string, headline: boolean): boolean {
  if (endsTerminated(text)) return endsOnEllipsis(text) && CUT_ELLIPSIS.test(text);
  if (text.endsWith(')') || DATED.test(text) || DATELINE.test(text) || endsOnScore(text)) return false;
  return DANGLING.test(text) || (!headline && text.split(/\s+/).length > LONG);
}

// Line breaks written as markup ("<br />", "<br>", several in a row): the page's own line ends there, as a paragraph's does.
const MARKUP_BREAK = /\s*(?:<br\s*\/?>\s*)+/giu;
// How much of a cut line's end a flag shows.
const CUT_TAIL = 40;

/**
 * The lines of a paragraph that its markup line breaks end, the last line aside (the paragraph's own end is read
 * below): one ending on a word no sentence ends on, a comma or a dash ("… of China-US relations, <br /><br />He
 * commented") was cut where the page broke it. Only a dangling end counts: a page's links and labels ("SUBSCRIBE:
 * https://…<br />") and headings end on none.
 */
function cutAtMarkupBreaks(p: { start: number; text: string }, lex: TranslationLexicons): { start: number; end: number; text: string }[] {
  if (!p.text.includes('<br')) return [];
  const out = [];
  let from = 0;
  for (const m of p.text.matchAll(MARKUP_BREAK)) {
    const line = p.text.slice(from, m.index);
    from = m.index + m[0].length;
    if (!DANGLING.test(line) || firstMatch(lex, line.trim())) continue;
    // the line's last words, from a word's start
    const lineStart = m.index - line.length;
    let at = Math.max(lineStart, m.index - CUT_TAIL);
    if (at > lineStart && p.text[at - 1] !== ' ') at = p.text.indexOf(' ', at) + 1;
    const tail = p.text.slice(at, m.index);
    out.push({ start: p.start + at, end: p.start + m.index, text: `a line ends on "${tail}" before a line break left as markup: its sentence was cut where the page broke the line` });
  }
  return out;
}

/**
 * A paragraph that ends without terminal punctuation was probably cut off mid-sentence; one that starts mid-sentence
 * lost its head. The first paragraph of four words or more, with more text after it, is the headline (above it
 * only a template's weather or a date line ending on its year), which English writes without a full stop: it counts as cut only when
 * it ends on a word no sentence ends on.
 */
export const truncatedParagraphs: QualityRule = {
  id: 'truncated',
  check(doc, lex) {
    const out = [];
    const dashed = doc.paragraphs.map((p) => DASHED.test(p.text));
    const dashes = dashed.filter(Boolean).length;
    const headline = doc.paragraphs.length > 1 ? doc.paragraphs.findIndex((p) => p.text.trim().split(/\s+/).length >= 4 && !ENDS_ON_YEAR.test(p.text.trim())) : -1;
    // what stands between the headline and a byline is its deck (a subheading), written without a full stop too
    const byline = doc.paragraphs.findIndex((p) => BYLINE.test(p.text));
    // a sentence broken over two lines (a hard-wrapped line, one unstopped body paragraph and a lowercase one after it):
    // its halves are whole together, neither cut; so is a quotation trailing off ("… political talks...") that a lowercase line goes on with,
    // or a quotation closed at the line's end, the lowercase line its attribution ("… fired it at Germany."" / "said Bertram, who …"),
    // or an abbreviation's stop ending the line ("… Walt Disney Co." / "said Thursday it had …")
    const wrapped = doc.paragraphs.map((p, i) => {
      if (i === 0 || !LOWER_START.test(p.text)) return false;
      const before = maskMarkup(doc.paragraphs[i - 1]!.text).trimEnd();
      // a headline's end is read only for an abbreviation: a lowercase line under a headline is otherwise cut
      if (i - 1 === headline) return endsOnAbbreviation(before);
      return !endsTerminated(before) || endsOnEllipsis(before) || CLOSING_QUOTE_END.test(before) || endsOnAbbreviation(before);
    });
    // a short line ending on a word no sentence ends on, with a line after it, is broken at the copy's width when the
    // text has two or more, or when it opens the story under a place-and-date dateline: a cut paragraph is one, and seldom that short
    const broken = doc.paragraphs.map((p, i) => i + 1 < doc.paragraphs.length && p.text.trimEnd().length <= WRAP_WIDTH && DANGLING.test(p.text.trimEnd()));
    const hardWrapped = broken.filter(Boolean).length >= 2;
    // a line that repeats the headline and adds a tail is the title under an image ("… John Kerry - ảnh 1"): a caption, no cut sentence
    const title = headline >= 0 ? doc.paragraphs[headline]!.text.trim() : null;
    // a paragraph printed twice in a row is a caption or a title, each copy: where it stops says nothing of the story
    const twice = printedTwice(doc).copies;
    for (const [i, p] of doc.paragraphs.entries()) {
      out.push(...cutAtMarkupBreaks(p, lex));
      const text = maskMarkup(p.text).trimEnd();
      const retitled = title !== null && i !== headline && text.startsWith(title) && IMAGE_TAIL.test(text.slice(title.length));
      if (broken[i] && (hardWrapped || (i > 0 && PLACE_DATE.test(doc.paragraphs[i - 1]!.text.trim())))) continue;
      // paragraphs that start with dashes one after another, or three or more in a text (a digest's items), are a list,
      // whose items need no full stop, not cut sentences; a dash after a dateline is the dateline's, after a label (a paper's name) the label's
      const list = dashed[i] && (dashed[i - 1] || dashed[i + 1] || dashes >= 3 || (i > 0 && headed(doc.paragraphs[i - 1]!.text.trim())));
      if (wrapped[i] || wrapped[i + 1]) continue;
      // a table's row is asked only of the few paragraphs that would be flagged
      if (HEADLESS.test(text.trimStart()) && !list && !listingLine(text) && !firstMatch(lex, text.trim()) && !tableRow(text)) {
        out.push({ start: p.start, end: p.start + Math.min(p.text.length, 20), text: `paragraph ${p.line} starts mid-sentence ("${p.text.slice(0, 20)}…"): its beginning (a dateline, a subject) was cut` });
      }
      // a caption or credit (page-furniture's patterns, asked only of the few paragraphs that end cut) is no cut sentence,
      // and a paragraph mostly in another language is flagged as untranslated: where it stops says nothing of the story;
      // an ornament's pattern, whose lookahead reads the whole paragraph, is asked after the cheap read of its end too
      if (!list && !retitled && !twice.has(p) && endsCut(text, i === headline || (headline >= 0 && headline < i && i < byline) || BULLETED.test(text)) && !ORNAMENT.test(text.trim()) && !firstMatch(lex, text.trim()) && !listingLine(text) && !mostlyForeign(text, lex) && !tableRow(text)) {
        const tail = Math.max(p.start, p.end - 40);
        out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} ends without terminal punctuation ("…${doc.text.slice(tail, p.end)}"): it may be cut off, and what it reports may be incomplete` });
      }
    }
    return out;
  },
};
