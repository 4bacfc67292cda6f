import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { allMatches, paragraphTest, type QualityRule } from './rule.ts';
import { maskMarkup } from './markup-residue.ts';
import { wordCount } from './words.ts';
import { listHeading, listTitle, templateLine } from './template-line.ts';

/** The match of the first furniture pattern that matches the paragraph's text, or null (see matchFurniture). */
export function firstMatch(lex: TranslationLexicons, text: string): RegExpMatchArray | null {
  if (lex !== lastLex) {
    lastMatched.clear();
    lastLex = lex;
  }
  let found = lastMatched.get(text);
  if (found === undefined) {
    found = matchFurniture(lex, text);
    if (lastMatched.size > 256) lastMatched.clear();
    lastMatched.set(text, found);
  }
  return found;
}
// page-furniture and the rules that pass furniture by (pronoun-flip, repeated-word, lowercase-sentence, truncated) ask
// of a document's paragraphs in turn: the paragraphs read last, with what they matched, so each is searched once.
const lastMatched = new Map<string, RegExpMatchArray | null>();
let lastLex: TranslationLexicons | null = null;

/**
 * The match of the first furniture pattern that matches, or null; a pattern is tried only where a string it needs
 * stands, and one without needs only when one of them matches (most paragraphs match none).
 */
function matchFurniture(lex: TranslationLexicons, text: string): RegExpMatchArray | null {
  const unneeded = lex.anyUnneededFurniture.test(text);
  for (const { pattern, needs } of lex.furniture) {
    if (needs ? !needs.some((n) => text.includes(n)) : !unneeded) continue;
    const m = text.match(pattern);
    if (m) return m;
  }
  return null;
}

/** Whether the paragraph holding a position is page furniture: what other rules find there is the page's, not the story's. */
export function furnitureTest(doc: Doc, lex: TranslationLexicons): (at: number) => boolean {
  return paragraphTest(doc, (text) => firstMatch(lex, maskMarkup(text).trim()) !== null);
}

// What may stand before a name in a caption that names who is pictured: capitalised words of a title ("Acting Minister
// of Foreign Affairs", "Iranian Foreign Ministry Spokesman") and the lower-case words titles hold. Not "By": a byline.
const CAPTION_TITLE = /^(?:(?!By )(?:\p{Lu}[\p{L}.’'-]*|of|and|for|the) )*$/u;
// A title's lower-case word: the words of the role the entities stage read for the person ("North Korean leader Kim Jong
// Un", role "leader") may stand there too, as a caption writes them; a line's other lower-case words make it a sentence.
const TITLE_LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu;

/** Whether the words before a name are its capitalised title words and lower-case words of the person's stated role alone. */
function statedTitle(title: string, role: string | null): boolean {
  if (role === null || !CAPTION_TITLE.test(title.replace(TITLE_LOWER_WORD, 'X'))) return false;
  const roleWords = new Set(role.toLowerCase().split(/\s+/u));
  return (title.match(TITLE_LOWER_WORD) ?? []).every((w) => roleWords.has(w) || CAPTION_TITLE.test(`${w} `));
}
// A journalist's title makes the line a byline ("AP Diplomatic Writer Matthew Lee"), not a caption.
const BYLINE_TITLE = /\b(?:Writer|Correspondent|Reporter|Editor|Staff|Bureau|Columnist)\b/u;
// A caption of a name is short: longer lines are headlines or the story.
const CAPTION_WORDS = 12;
const LOWER = /\p{Ll}/u;
const CAPITAL_START = /^\s*\p{Lu}/u;

/**
 * A paragraph that is a name alone, with no verb and no stop: a photo's caption naming who or what is pictured
 * (between "… the Iranian Foreign Minister." and "Amir-Abdollahian hails from …", "Hossein Amir-Abdollahian"), the
 * page's and not the story's. A person's name after a title ("Acting Minister of Foreign Affairs Le Hoai Trung") is a
 * caption wherever it stands; a bare person's or body's name ("Ministry of Foreign Affairs of Azerbaijan") only
 * between two of the story's sentences, the next opening anew, and named in the story before: wire copy sets its
 * reporter's name alone on a line above the story ("Larry Fine"), a digest heads its next story with a new name. The
 * name is one the entities stage read, so a headline of capitalised words is not one.
 */
function nameCaptions(doc: Doc): Doc['paragraphs'] {
  const persons = doc.mentions.filter((m) => m.type === 'PERSON' && !m.nominal);
  const bodies = doc.mentions.filter((m) => m.type === 'ORG' && !m.nominal && m.text.includes(' '));
  const sentence = (i: number) => SENTENCE_END.test(doc.paragraphs[i]?.text ?? '') && wordCount(doc.paragraphs[i]!.text, STORY_WORDS) >= STORY_WORDS;
  // a caption ends on a name: a paragraph no read name ends is none, whatever its words (most paragraphs, read cheaply)
  const nameEnds = new Set([...persons, ...bodies].map((m) => m.end));
  const roles = new Map(doc.entities.map((e) => [e.id, e.role]));
  const roleOf = (m: Doc['mentions'][number]) => (m.entity === null ? null : (roles.get(m.entity) ?? null));
  return doc.paragraphs.filter((p, i) => {
    const text = p.text.trimEnd();
    if (!nameEnds.has(p.start + text.length)) return false;
    // an all-capitals line is a headline ("FOREIGN MINISTER RECEIVED BY ZHOU YONGKANG"), not a caption
    if (wordCount(text, CAPTION_WORDS + 1) > CAPTION_WORDS || !LOWER.test(text)) return false;
    const end = p.start + text.length;
    const lead = p.text.length - p.text.trimStart().length;
    // between two sentences, the next one opening anew (a line going on in lower case makes the name its subject: "Brady" / "was shot …")
    const within = sentence(i - 1) && sentence(i + 1) && CAPITAL_START.test(doc.paragraphs[i + 1]!.text);
    // and naming someone or something the story named before (a new name there heads another story, as in a digest)
    const whole = (m: { start: number; end: number; text: string }) => m.start === p.start + lead && m.end === end && doc.text.lastIndexOf(m.text.split(' ').at(-1)!, p.start) >= 0;
    if (within && (bodies.some(whole) || persons.some(whole))) return true;
    const name = persons.find((m) => m.end === end && m.start > p.start + lead);
    const title = name ? doc.text.slice(p.start, name.start).trimStart() : '';
    return name !== undefined && (CAPTION_TITLE.test(title) || statedTitle(title, roleOf(name))) && !BYLINE_TITLE.test(title);
  });
}

// A paragraph that finishes a sentence: its stop (a closing quote or bracket after it at most), and enough words to be
// the story's, not a button's label ("Please enter your comment!").
const SENTENCE_END = /[.!?…]["”’)\]]*\s*$/u;
const STORY_WORDS = 8;
// A widget's label is a few words at most; a longer line after the story is a headline or a related story's title.
const LABEL_WORDS = 6;
// A short line ending on a stop or a question is a sentence of the story's (a closing quotation) rather than a label;
// a button's label may end on "!".
const FULL_STOP = /[.?…](?:\s*["”’)\]])*\s*$/u;
// A line ending on a comma, colon or semicolon goes on below (a table's label, a broken sentence: "In Seattle ,").
const GOES_ON = /[,:;]\s*$/u;
// A line in another script is untranslated-word's, and a label of a few words ending on a colon ("Kaynak:Source of
// News", "Güncelleme Tarihi: …") is a field of the template named in its own language when a word of it is no English word; a source credit ("Source: Reuters")
// names the story's origin, no furniture.
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const LABEL = /^((?:\p{L}+ ){0,2}\p{L}+)\s*:/u;
const SOURCE_CREDIT = /^Sources?\s*:[^:]/u;

const LETTER_WORD = /\p{L}+/gu;
const DOMAIN = /\S+\.\p{L}{2,}\b/gu;
const LOWER_INITIAL = /^\p{Ll}/u;

/**
 * A line of a template in another Latin-script language ("Cari pada List Sites Notifications", "Akses
 * Pengaturan/Setting Browser Anda"): a lower-case word English does not have, or mostly such words. A site's name
 * among English words ("Shafaq Live") is no such line.
 */
function foreignLine(text: string, lex: TranslationLexicons): boolean {
  // a site's address ("VOANews.Com") is no word of any language
  const words = text.replace(DOMAIN, ' ').match(LETTER_WORD) ?? [];
  const foreign = words.filter((w) => !lex.englishWord(w.toLowerCase()));
  return foreign.some((w) => LOWER_INITIAL.test(w)) || foreign.length * 2 > words.length;
}

// A page's widgets under a story are a few lines; a longer run of short lines is a table, a results list or a schedule
// (wire copy's "AMERICAN LEAGUE" / "NEW YORK 74 59 .556"), the story's own.
const TAIL_LINES = 6;
// A line with a figure is a table's row, a dateline or a desk's sign-off ("-- New York Energy Desk 212-859-1620"); two such
// lines make the run a table.
const FIGURE = /\d/u;
// A line without a lower-case letter is a heading of wire copy ("EASTERN DIVISION"), not a widget's label.
const LOWER_LETTER = /\p{Ll}/u;

/**
 * The short lines after a story's last sentence: what a page puts under the story ("Leave A Reply", "Rate this
 * item", "Go to top", "More Articles", "Please enter your comment!"), none of it the story's. Read only when the
 * lines after the last sentence are few and figureless, as a page's widgets are; a table or a list of results there is wire copy's.
 */
function tailLabels(doc: Doc, lex: TranslationLexicons): Doc['paragraphs'] {
  const last = doc.paragraphs.findLastIndex((p) => SENTENCE_END.test(p.text) && wordCount(p.text, STORY_WORDS) >= STORY_WORDS);
  if (last < 0) return [];
  const tail = doc.paragraphs.slice(last + 1).filter((p) => p.text.trim() !== '');
  if (tail.length > TAIL_LINES || tail.filter((p) => FIGURE.test(p.text)).length > 1) return [];
  return tail.filter((p) => {
    const text = p.text.trim();
    // one word alone is a label patterns name ("Comments") or a sentence's broken piece ("If"), not read here
    const words = wordCount(text, LABEL_WORDS + 1);
    if (words < 2 || words > LABEL_WORDS || FULL_STOP.test(text) || GOES_ON.test(text) || FIGURE.test(text) || !LOWER_LETTER.test(text) || OTHER_SCRIPT.test(text) || SOURCE_CREDIT.test(text)) return false;
    const label = LABEL.exec(text)?.[1];
    return (label === undefined || label.split(' ').every((w) => lex.englishWord(w.toLowerCase()))) && !foreignLine(text, lex);
  });
}

// A headline has a few words at least: a shorter line above the story is a label, not its title.
const HEADLINE_WORDS = 4;
// A page's label is capitalised words and the few lower-case ones names hold ("All Persian News Related to Iran"); a line of
// lower-case words is a sentence's broken piece or a table's row ("Estimated price range"), of capitals alone a wire heading.
const LABEL_TITLE = /^(?:\p{Lu}[\p{L}.’'-]*|of|and|for|the|to|&)(?: (?:\p{Lu}[\p{L}.’'-]*|of|and|for|the|to|&))*$/u;
// The headline stands right above the story's first sentence, a line (a byline, a deck) between them at most: a longer
// gap is a table's or a wrapped text's, whose headline is not found so.
const HEADLINE_GAP = 2;

/** The story's first sentence: the first paragraph that ends as one (markup aside) and is long enough to be the story's; -1 if none. */
function firstStoryParagraph(doc: Doc): number {
  return doc.paragraphs.findIndex((p) => SENTENCE_END.test(maskMarkup(p.text)) && wordCount(p.text, STORY_WORDS) >= STORY_WORDS);
}

/**
 * The short lines above the story's headline: what a page puts over the title (a section's or a site's name, "General
 * World News", "All Persian News Related to Iran"), none of it the story's. The headline is the longest line before the
 * story's first sentence that holds no figure (a date line) and is not printed twice (a caption), standing right above
 * that sentence; a line above it is read when it is a few capitalised words (LABEL_TITLE, with a lower-case letter),
 * no person's name alone, ends on no stop and holds no figure (a date line, the story's own, or a counter is left to
 * the patterns), with no line holding one between it and the headline (a table's rows).
 */
function headLabels(doc: Doc, twice: ReadonlySet<Doc['paragraphs'][number]>): Doc['paragraphs'] {
  const first = firstStoryParagraph(doc);
  if (first < 2) return [];
  const above = doc.paragraphs.slice(0, first);
  let headline = -1;
  let longest = HEADLINE_WORDS - 1;
  for (const [i, p] of above.entries()) {
    const words = wordCount(p.text);
    if (words > longest && !FIGURE.test(p.text) && !twice.has(p)) [headline, longest] = [i, words];
  }
  if (headline < 1 || first - headline > HEADLINE_GAP) return [];
  // a person's name alone is a byline ("Sami Aboudi" above the dateline), the story's
  const named = (p: Doc['paragraphs'][number]) => doc.mentions.some((m) => m.type === 'PERSON' && m.start <= p.start + p.text.length - p.text.trimStart().length && m.end >= p.start + p.text.trimEnd().length);
  // the labels stand together right above it: a line with a figure between (a table's row) ends them
  const from = above.slice(0, headline).findLastIndex((p) => FIGURE.test(p.text)) + 1;
  return above.slice(from, headline).filter((p) => {
    const text = p.text.trim();
    return text !== '' && !named(p) && wordCount(text, LABEL_WORDS + 1) <= LABEL_WORDS && LABEL_TITLE.test(text) && LOWER_LETTER.test(text) && !FULL_STOP.test(text) && !FIGURE.test(text);
  });
}

// A caption's position marker after a name: "Joko Widodo (left)", "Sung Kim (second from left)", "Wang Yi (2nd R)".
const POSITION_WORD = /\p{Lu}[\p{L}.’'-]* \((?:left|right|cent(?:er|re)|(?:(?:second|third|fourth|\d(?:st|nd|rd|th)) (?:from )?(?:left|right|L|R))|L-R|from left)\)/u;
// A letter alone ("Zarif (R)") is a party's as often ("Graham (R)"): a caption only with another position's letter beside it.
const POSITION_LETTER = /\p{Lu}[\p{L}.’'-]* \(([LRC])\)/gu;

/**
 * A paragraph marking where its named people stand in a photo: a caption ("Indonesian President Joko Widodo (left)
 * speaks with …", "Zarif (R) sits with … Ashton (C)"). One marker in words, or two letters naming different positions;
 * a party's letter after each of two names ("Graham (R) and Cruz (R)") names one.
 */
export function positionCaption(text: string): boolean {
  // every marker opens its bracket after a space: most paragraphs hold none, and each pattern tries every capital
  if (!text.includes(' (')) return false;
  if (POSITION_WORD.test(text)) return true;
  return new Set(allMatches(text, POSITION_LETTER).map((m) => m[1])).size >= 2;
}

// A repeat of one word is a counter or a label the patterns read ("0", "Share"), not a title printed twice.
const REPEAT_WORDS = 2;

type Paragraph = Doc['paragraphs'][number];

/**
 * The paragraphs printed twice in a row word for word: every copy, and the repeats (each copy after the first, and the
 * first too where the copy is shorter than a headline: the story's headline may be the first of a longer one). A page
 * prints a photo's caption or the story's title twice (as the image's text and its caption, as the headline and a
 * video's title); the story does not say one thing twice in a row. The repeats are the page's, flagged by
 * page-furniture; a copy cut short is a caption, no cut sentence of the story (truncated passes every copy by).
 */
export function printedTwice(doc: Doc): { copies: Set<Paragraph>; repeats: Set<Paragraph> } {
  const copies = new Set<Paragraph>();
  const repeats = new Set<Paragraph>();
  let before: Paragraph | null = null;
  for (const p of doc.paragraphs) {
    const text = p.text.trim();
    if (text === '') continue;
    if (before && text === before.text.trim() && wordCount(text, REPEAT_WORDS) >= REPEAT_WORDS) {
      copies.add(before).add(p);
      repeats.add(p);
      // a label shorter than a headline (HEADLINE_WORDS) is the page's in each copy (a byline's name, the site's)
      if (wordCount(text, HEADLINE_WORDS) < HEADLINE_WORDS) repeats.add(before);
    }
    before = p;
  }
  headCopies(doc, copies, repeats);
  return { copies, repeats };
}

// How far apart an author line and the byline repeating it may stand: a line or two between (a reading time).
const HEAD_REACH = 3;
const BYLINE = /^By\s+/u;

/**
 * Copies above the story a line or two apart: an author line that the byline below repeats after its "By" ("Laurie Chen
 * and Sakura Murakami" / "·3 min read" / "By Laurie Chen and Sakura Murakami"; the page's template prints the names, the
 * byline is the story's), and the headline printed again under the site's name (see below).
 */
function headCopies(doc: Doc, copies: Set<Paragraph>, repeats: Set<Paragraph>): void {
  const first = firstStoryParagraph(doc);
  const above = doc.paragraphs.slice(0, Math.max(first, 0)).filter((p) => p.text.trim() !== '');
  for (let j = 0; j < above.length; j += 1) {
    const byline = above[j]!.text.trim();
    if (!BYLINE.test(byline)) continue;
    const names = byline.replace(BYLINE, '');
    if (wordCount(names, REPEAT_WORDS) < REPEAT_WORDS) continue;
    for (let i = Math.max(0, j - HEAD_REACH); i < j - 1; i += 1) {
      if (above[i]!.text.trim() !== names) continue;
      copies.add(above[i]!).add(above[j]!);
      repeats.add(above[i]!);
    }
  }
  // the headline printed again under one line without a figure (the site's name: "… sanctions on Tehran" / "Yemen News
  // Agency SABA" / "… sanctions on Tehran"): the later copy. Around a byline's date line ("Sonya Michaella - 18 March
  // 2016 10:43 WIB") the set leaves the copy to the story.
  for (let j = 2; j < above.length; j += 1) {
    const text = above[j]!.text.trim();
    if (text !== above[j - 2]!.text.trim() || wordCount(text, HEADLINE_WORDS) < HEADLINE_WORDS || FIGURE.test(above[j - 1]!.text)) continue;
    copies.add(above[j - 2]!).add(above[j]!);
    repeats.add(above[j]!);
  }
}

// A site's name run into the text at a paragraph's start: its domain glued to the section or headline after it
// ("GENERICO.ruWorldUS ambassador …"), or its name glued to the section's, before a colon ("Iran PressIran News: …").
// English copy writes a domain with a space after it, and a name in camel case ("MacArthur") is not followed by another
// word and a colon.
const SITE_GLUED = /^(\s*)(?:\p{Lu}\p{L}*\.(?:ru|com|net|org|info|ir|az|tr|cn|uk|in)(?=\p{Lu}\p{Ll})|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,} \p{Lu}\p{Ll}+:)/u;

// A photo's caption, marked an archive photo, run into the paragraph it opens ("View of the city of Ankara. Archival photo
// ANKARA, May 22. …"): the caption alone (a cue for the whole paragraph would hide the story's sentences in it).
const ARCHIVE_CAPTION = /^(\s*)[^.!?\n]{3,80}\. (?:Archive|Archival|File) photo(?![\p{L}])/u;

// A broadcast transcript's label of who speaks, opening a paragraph: a role in square brackets, no name ("[Reporter]",
// "[Anchor]", "【Interview】"), the page's and not the story's; a label naming its reporter is left to the other readings.
const ROLE_LABEL = /^(\s*)[[【]\s*(?:Reporter|Anchor|Interview|Interviewee|Narration|Narrator|Correspondent|Host|Announcer|Sound|Recording|Insert|Commentary|Video|Graphic)s?\s*[\]】]/u;

// The longest list of other stories read under its heading: a widget's few titles.
const LIST_TITLES = 10;

/** A paragraph as page-furniture reads it: its text with markup masked, trimmed, and the template reading it gets, if any. */
interface Read {
  p: Paragraph;
  text: string;
  /** the furniture pattern it matches */
  at: RegExpMatchArray | null;
  /** else the template unit that reads it (templateLine) */
  template: string | null;
}

/**
 * The titles of other stories listed under a heading of the template after the story's first sentence ("ALSO READ" /
 * "Bhutanese prime minister to visit India from Nov 24-26" / …, "Popular posts from this blog" / …): the title-shaped
 * lines right under the heading, up to the next line of another shape. Above the story's first sentence a title is
 * the story's own headline, never read here. The paragraphs come read once (`reads`), as the rule reads them all.
 */
function listedTitles(doc: Doc, reads: readonly Read[], lex: TranslationLexicons): Set<Paragraph> {
  const out = new Set<Paragraph>();
  const first = firstStoryParagraph(doc);
  if (first < 0) return out;
  const after = reads.filter((r, i) => i > first && r.text !== '');
  for (const [i, r] of after.entries()) {
    if ((r.at === null && r.template === null) || !listHeading(r.text, lex.pageTemplate)) continue;
    for (const next of after.slice(i + 1, i + 1 + LIST_TITLES)) {
      if (!listTitle(next.text, lex.pageTemplate)) break;
      out.add(next.p);
    }
  }
  return out;
}

/** A paragraph that is a photo caption, a credit or an end marker rather than part of the story. */
export const pageFurniture: QualityRule = {
  id: 'page-furniture',
  check(doc, lex) {
    const out = [];
    const captions = new Set(nameCaptions(doc));
    const tail = new Set(tailLabels(doc, lex));
    const { copies, repeats } = printedTwice(doc);
    const head = new Set(headLabels(doc, copies));
    const reads = doc.paragraphs.map((p): Read => {
      const text = maskMarkup(p.text).trim();
      const at = firstMatch(lex, text);
      return { p, text, at, template: at ? null : templateLine(text, lex.pageTemplate) };
    });
    const listed = listedTitles(doc, reads, lex);
    for (const { p, text, at, template } of reads) {
      if (at) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} looks like page furniture ("${at[0]}"): a caption or credit, not the story; its names and dates may belong to another story` });
      else if (template) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} is ${template} ("${text}"): a short line of the site's template by its shape and words, not the story` });
      else if (positionCaption(text)) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} marks where the people it names stand ("(left)", "(R)"): a photo's caption, not the story` });
      else if (captions.has(p)) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} is a name alone (a person's after a title at most, or a body's): a photo's caption, not the story` });
      else if (repeats.has(p)) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} repeats one beside it word for word (the line before, or a line or two away above the story): a caption, title or author line the page printed twice, not the story` });
      else if (head.has(p)) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} is a short label above the story's headline ("${p.text.trim()}"): the page's menus or name, not the story` });
      else if (listed.has(p)) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} is another story's title in a list under a heading of the page ("${p.text.trim()}"): the page's links, not the story` });
      else if (tail.has(p)) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} is a short label after the story's last sentence ("${p.text.trim()}"): the page's widgets or links, not the story` });
      else {
        // only the name's span: the rest of the paragraph is the story's, which other rules read on
        const site = SITE_GLUED.exec(p.text) ?? ARCHIVE_CAPTION.exec(p.text) ?? ROLE_LABEL.exec(p.text);
        if (site) out.push({ start: p.start + site.index + site[1]!.length, end: p.start + site.index + site[0].length, text: `"${site[0].trim()}" opens paragraph ${p.line}: the site's name, a photo's caption or a speaker's label run into the story, the page's and not the story's` });
      }
    }
    return out;
  },
};
