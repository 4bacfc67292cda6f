import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphTest, type QualityRule } from './rule.ts';
import { maskMarkup } from './markup-residue.ts';

/**
 * The match of the first furniture pattern that matches, or null; a pattern is tried only where a string it needs
 * stands, and one without needs only when one of them matches (most paragraphs match none).
 */
export function firstMatch(lex: TranslationLexicons, text: string): RegExpMatchArray | null {
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
// A caption of a name is short: longer lines are headlines or the story.
const CAPTION_WORDS = 12;
const LOWER = /\p{Ll}/u;

/**
 * A paragraph that is one person's name, after their title at most, with no verb and no stop ("Hossein
 * Amir-Abdollahian", "Acting Minister of Foreign Affairs Le Hoai Trung" between two paragraphs): a photo's caption
 * naming who is pictured, the page's and not the story's. The name is one the entities stage read as a person's, so a
 * headline of capitalised words ("Foreign Ministers Meet in Geneva") is not one.
 */
function nameCaptions(doc: Doc): Doc['paragraphs'] {
  const persons = doc.mentions.filter((m) => m.type === 'PERSON' && !m.nominal);
  return doc.paragraphs.filter((p) => {
    const text = p.text.trimEnd();
    // an all-capitals line is a headline ("FOREIGN MINISTER RECEIVED BY ZHOU YONGKANG"), not a caption
    if (text.split(/\s+/).length > CAPTION_WORDS || !LOWER.test(text)) return false;
    const name = persons.find((m) => m.end === p.start + text.length && m.start >= p.start);
    return name !== undefined && CAPTION_TITLE.test(doc.text.slice(p.start, name.start).trimStart());
  });
}

/** A paragraph that is a photo caption, a credit or an end marker rather than part of the story. */
export const pageFurniture: QualityRule = {
  id: 'page-furniture',
  check(doc, lex) {
    const out = [];
    const captions = new Set(nameCaptions(doc));
    for (const p of doc.paragraphs) {
      const text = maskMarkup(p.text).trim();
      const at = firstMatch(lex, text);
      if (at) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} looks like page furniture ("${at[0]}"): a caption or credit, not the story; its names and dates may belong to another story` });
      else if (captions.has(p)) out.push({ start: p.start, end: p.end, text: `paragraph ${p.line} is a person's name and title alone: a photo's caption, not the story` });
    }
    return out;
  },
};
