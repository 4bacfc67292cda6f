import type { PageTemplate } from '../../../lexicons/translation/translation-lexicons.ts';
import { wordCount } from './words.ts';

/**
 * A line a news site's page template writes around the story, told by its shape and the template's vocabulary
 * (page-template.json), not by any one site's strings: every new outlet brings a template nobody has seen, but its
 * labels are short, verbless and made of the same few words. page-furniture asks `templateLine` of each paragraph.
 */

/** One reading of a line: its name (said in the flag) and its test. */
interface TemplateUnit {
  name: string;
  test(line: Line, vocab: PageTemplate): boolean;
}

/** A line as the units read it: its trimmed text, its words lower-cased and how many figures it holds (separators left out). */
interface Line {
  text: string;
  words: string[];
  figures: number;
}

// A word's edges that are no part of it: brackets, quotes, colons, a label's arrows and bullets.
const EDGES = /^[^\p{L}\p{N}#@]+|[^\p{L}\p{N}]+$/gu;
// A figure: a count ("1,204", "1.2K"), a clock time ("10:45"), a date's numbers ("2024-03-05", "05/03/2024").
const FIGURE = /^\d[\d,.:/-]*[kKmM]?$/u;
// The longest line a unit reads: a label, a counter or a stamp is a few words; longer lines are the story's.
const LINE_WORDS = 14;
// A quotation mark or a reporting verb makes a line the story's, whatever the template's words in it.
const STORY_SIGN = /["“”«»]|(?<![\p{L}])(?:said|says|told|added|urged|asked|stated|noted|warned|stressed|according)(?![\p{L}])/u;

// Where a page's text run together a counter and its labels ("255FansLike"): a figure before a letter, a lower-case
// letter before a capital, in a piece opening on a figure (a network's name, "LinkedIn", stays whole).
const GLUED = /(?<=\d)(?=\p{L})|(?<=\p{Ll})(?=\p{Lu})/u;
const FIGURE_FIRST = /^\d/u;

function readLine(text: string): Line {
  const words: string[] = [];
  let figures = 0;
  for (const piece of text.split(/\s+/u).flatMap((w) => (FIGURE_FIRST.test(w) ? w.split(GLUED) : [w]))) {
    const bare = piece.replace(EDGES, '');
    if (bare === '') continue;
    if (FIGURE.test(bare)) figures += 1;
    else words.push(bare.toLowerCase());
  }
  return { text, words, figures };
}

// A label ends on no stop: "Read more" is one, "Read more." a sentence's end (an ellipsis, "Loading…", is a label's).
const SENTENCE_STOP = /(?<![.…])[.?]["”’)]*$/u;
// The longest label: buttons and menu entries are a few words ("Sign up for our daily newsletter").
const LABEL_WORDS = 7;
// A counter has one figure; a line of several is a table's row ("Reading 4 1 1 2 5 10 4").
const LABEL_FIGURES = 1;

/**
 * A label, button or counter: a few words, no stop, each a template word, a small word or a network's name, with
 * one template word that is no weak noun or a network at least ("Share this article", "Follow us on Telegram",
 * "Related Stories", "By admin"; not "THE NEWS"); a figure only beside a counted word, which lets in it and a span of
 * time ("5 min read", "1,204 views", "Comments (3)", "Read 160 times", "3 hours ago"; not "52 seconds").
 */
const label: TemplateUnit = {
  name: 'a label or counter of the page',
  test({ text, words, figures }, v) {
    if (words.length === 0 || words.length > LABEL_WORDS || SENTENCE_STOP.test(text)) return false;
    const counter = figures > 0;
    if (figures > LABEL_FIGURES || (counter && !words.some((w) => v.counted.has(w)))) return false;
    const template = (w: string) => v.words.has(w) || v.networks.has(w) || (counter && (v.counted.has(w) || v.durations.has(w)));
    return words.every((w) => template(w) || v.small.has(w)) && words.some((w) => (template(w) && !v.weak.has(w)) || (counter && v.counted.has(w)));
  },
};

/**
 * A time stamp under its label ("Updated: 10:45 GMT", "Last modified on Friday, 3 March 2021", "Posted on 2 May
 * 2023 by admin"), or a time counted back ("3 hours ago"): the label's words, then figures, months, weekdays, zones and
 * separators only, a figure among them. The story's dateline has no such label ("WASHINGTON, March 3 (Reuters) -").
 */
const stamp: TemplateUnit = {
  name: 'a time stamp of the page',
  test(line, v) {
    const after = afterStampLabel(line.text, v);
    const rest = after !== null ? readLine(after) : line;
    if (after === null && !line.words.includes('ago')) return false;
    return rest.figures > 0 && rest.words.every((w) => v.timeWords.has(w));
  },
};

/** What follows a stamp's label opening the line (from its first letter or figure on), or null when none opens it. */
function afterStampLabel(text: string, v: PageTemplate): string | null {
  const from = text.slice(text.search(/[\p{L}\d]/u));
  const labelled = v.stampLabel.exec(from);
  return labelled ? from.slice(labelled[0].length) : null;
}

// The separators of a menu, a breadcrumb or a row of buttons ("Home | World | Asia", "Home › News", "Facebook • Twitter").
const BAR = /\s*(?:[|•·›»►>]|\s\/\s)\s*/u;
// A menu's entry is a few words; a breadcrumb's last piece may be the story's headline.
const ENTRY_WORDS = 3;

/**
 * A menu, breadcrumb or row of share buttons: pieces between separators, two of them sections, networks or labels at
 * least and no fewer than the others ("Home | World | Politics", "Facebook • Twitter • Email", "Home › News › Talks
 * resume in Geneva").
 */
const bar: TemplateUnit = {
  name: 'a menu or row of buttons of the page',
  test({ text }, v) {
    const pieces = text.split(BAR).filter((p) => p !== '');
    if (pieces.length < 2) return false;
    const entries = pieces.slice(0, -1).concat(wordCount(pieces.at(-1)!) <= ENTRY_WORDS ? pieces.slice(-1) : []);
    if (entries.some((p) => wordCount(p) > ENTRY_WORDS)) return false;
    const known = entries.filter((p) => v.sections.has(p.toLowerCase()) || label.test(readLine(p), v)).length;
    return known >= 2 && known * 2 >= pieces.length;
  },
};


// The longest caption a credit label opens: a photo's caption may be a sentence, a story's paragraph is longer.
const CREDIT_WORDS = 40;

/**
 * A photo's or video's caption or credit under its label ("Photograph: Maria Lopez/AFP", "Image credit: Reuters",
 * "Video | The ministers meet", "Photo courtesy of the ministry"): the label opens the line.
 */
const credit: TemplateUnit = {
  name: 'a caption or credit of a picture',
  test({ text }, v) {
    return v.creditLabel.test(text) && wordCount(text) <= CREDIT_WORDS;
  },
};

/**
 * A caption closing on its credit ("… the Dominican Republic. File photo | Photo Credit: PTI", "… Pic/PTI", "… Image
 * Credit: ANI", "… 2018. [Photo/Xinhua]"): a credit label after the caption's stop or bracket, ending the line with a
 * credit of a few capitalised words at most.
 */
const closingCredit: TemplateUnit = {
  name: 'a caption closing on its credit',
  test: ({ text }, v) => v.closingCredit.test(text),
};

// A link's label is a few words ("Also Read", "READ MORE", "Related", "Watch"); what follows it is the linked title.
const LINK_LABEL = /^([^:|»›]{1,40}?)\s*[:|»›]\s*\S/u;
const LINK_WORDS = 4;

/**
 * A link under a label ("Also Read: WHO experts assess …", "READ MORE | Talks resume", "Related » …"): the words before
 * the colon, bar or arrow are a label of the template's words naming a link (a list heading's word: not "Editor: …",
 * a desk's sign-off or a sentence after a label), the rest a linked story's title.
 */
const linkLabel: TemplateUnit = {
  name: 'a link of the page to another story',
  test({ text }, v) {
    const head = LINK_LABEL.exec(text)?.[1];
    if (head === undefined || wordCount(head) > LINK_WORDS) return false;
    const line = readLine(head);
    return line.figures === 0 && label.test(line, v) && line.words.some((w) => v.listHeads.has(w));
  },
};

// The longest notice read: a cookie or comment notice is a sentence or two.
const NOTICE_WORDS = 40;
// A notice speaks to the reader or of the site, or for the reader ("Notify me of …", "Save my name …").
const TO_THE_READER = /(?<![\p{L}])(?:you|your|we|our|us|me|my)(?![\p{L}])/iu;
// A notice of a few words needs no address ("Privacy Policy", "Comments are closed.").
const SHORT_NOTICE = 6;

/**
 * What a template says to its reader: a comment form, a cookie notice, a sign-up prompt, a rights line ("Your email
 * address will not be published.", "We use cookies to improve your experience.", "Sign up for our newsletter to get
 * …"): a notice phrase, in a line that speaks to the reader or is short, and holds no quotation or reporting verb.
 */
const notice: TemplateUnit = {
  name: 'a notice of the page to its reader',
  test({ text }, v) {
    const words = wordCount(text);
    if (words > NOTICE_WORDS || !v.notice.test(text) || STORY_SIGN.test(text)) return false;
    return words <= SHORT_NOTICE || TO_THE_READER.test(text);
  },
};

// An agency's or desk's end marker alone on its line ("###", "-30-", "-ends-").
const END_MARKER = /^[-–—(\[/ ]*(?:#{3}|-30-|ends?)[-–—)\]/ ]*$/iu;

/** An end marker alone on its line: what wire desks write under the story ("###", "-30-", "- ENDS -"). */
const endMarker: TemplateUnit = {
  name: 'an end marker',
  test: ({ text }) => END_MARKER.test(text),
};

// A title in a list of stories: a few words at least, many at most, opening on a capital or a quotation mark, ending on
// no stop or colon (a sentence of the story, a label).
const TITLE = /^["“‘'(]?\p{Lu}.*[^.:;,!?]$/u;
const TITLE_WORDS = [3, 20] as const;

/** Whether a line reads as another story's title in a list: title-shaped, and no line of the template by itself. */
export function listTitle(text: string, vocab: PageTemplate): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return words >= TITLE_WORDS[0] && words <= TITLE_WORDS[1] && TITLE.test(trimmed) && /\p{Ll}/u.test(trimmed) && templateLine(trimmed, vocab) === null;
}

/** Whether a line the template wrote heads a list of stories: one of its words is a list heading's ("Related", "ALSO READ"). */
export function listHeading(text: string, vocab: PageTemplate): boolean {
  return readLine(text).words.some((w) => vocab.listHeads.has(w));
}

/** The units, in order: the first that reads a line names it. */
export const TEMPLATE_UNITS: readonly TemplateUnit[] = [label, stamp, bar, credit, closingCredit, linkLabel, notice, endMarker];

// The units read past a short line: a caption's, a link's or a notice's text may be a sentence.
const LONG_LINE_UNITS: ReadonlySet<TemplateUnit> = new Set([credit, closingCredit, linkLabel, notice]);

/**
 * Whether a unit that reads only short lines (label, stamp, bar, endMarker) could read `text`: each needs one of these
 * in it - no stop at its end (a label), a stamp's label or "ago" (a stamp), a separator (a bar), an end marker. A test
 * on the text alone, looser than the units, so a line it turns away is one they would all turn away.
 */
function shortUnitMayRead(text: string, v: PageTemplate): boolean {
  return !SENTENCE_STOP.test(text) || BAR.test(text) || END_MARKER.test(text) || /ago/iu.test(text) || afterStampLabel(text, v) !== null;
}

/**
 * The name of the first unit that reads the paragraph's text as the page template's, or null. Lines past the longest
 * a notice may be (most of the story's paragraphs) are read no further.
 */
export function templateLine(text: string, vocab: PageTemplate): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || wordCount(trimmed, NOTICE_WORDS + 1) > NOTICE_WORDS) return null;
  // Most of a story's paragraphs are sentences no short-line unit can read: they skip the word-by-word reading.
  const maybeShort = shortUnitMayRead(trimmed, vocab);
  const line = maybeShort ? readLine(trimmed) : { text: trimmed, words: [], figures: 0 };
  const short = maybeShort && line.words.length + line.figures <= LINE_WORDS;
  for (const unit of TEMPLATE_UNITS) {
    if ((short || LONG_LINE_UNITS.has(unit)) && unit.test(line, vocab)) return unit.name;
  }
  return null;
}
