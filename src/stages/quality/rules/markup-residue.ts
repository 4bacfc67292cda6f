import { matchesIn, type QualityRule } from './rule.ts';

// The HTML entities conversions leave, by name: a list, so "Johnson & Johnson;" is no entity.
const ENTITY = '(?:nbsp|amp|quot|apos|lt|gt|[lr]squo|[lr]dquo|sbquo|bdquo|[mn]dash|hellip|[lr]aquo|copy|reg|trade|bull|middot|shy|[a-z](?:acute|grave|uml|circ|tilde)|ccedil|szlig)';
// HTML left in the text: entities, whole ("&nbsp;", "&#8217;", "&#x27;"), split by a space ("& nbsp;"), without their
// semicolon ("&nbsp" before a word) or without their ampersand ("nbsp;"); tags ("<p>", "</a>", a tag cut to "p>");
// an attribute that lost its tag ('style="…"'); a WordPress shortcode ("[caption id=…]"); an HTML comment; a string
// escape a JSON or script conversion left as text ("\u2019", "\n" before a space).
const MARKUP = new RegExp([
  `&\\s?(?:${ENTITY}|#\\d{2,5}|#x[0-9a-f]{2,5})\\s?;`,
  `&(?:nbsp|amp|quot|[lr]squo|[lr]dquo|[mn]dash)(?=[\\s\\p{L}\\d])`,
  `(?<![\\p{L}&])(?:nbsp|quot|[lr]squo|[lr]dquo|[mn]dash|#\\d{3,5});`,
  `<\\/?[a-z][a-z0-9]*(?:\\s[^<>]*)?\\/?>`,
  `(?<![\\p{L}\\d-])(?:p|br|div|span|strong|em)\\/?>`,
  `(?<![\\p{L}])(?:href|src|class|style|width|height)=["'][^"'\\n]*["']`,
  `\\[\\/?(?:caption|embed|gallery|video|audio)\\b[^\\]\\n]*\\]`,
  `<!--[^\\n]*?-->`,
  `\\\\(?:u[0-9a-f]{4}|[rn](?=\\s|$))`,
].join('|'), 'giu');
// What every match holds (see matchesIn): the characters looked for first, since the alternation costs a
// try at every character and most paragraphs hold none of them.
const MARKUP_TAIL = /(?:sp|ot|uo|sh|\d);|=["']/i;
const MARKUP_HINT = {
  test: (text: string) => text.includes('&') || text.includes('>') || text.includes(']') || text.includes('\\') || ((text.includes(';') || text.includes('=')) && MARKUP_TAIL.test(text)),
};

/**
 * The text with its markup blanked out (same length, so offsets hold): the other rules read a paragraph that
 * ends in "<br />" as ending on its full stop, and the quotation marks of 'id="x"' as no quotation.
 */
export function maskMarkup(text: string): string {
  let masked = lastMasked.get(text);
  if (masked === undefined) {
    masked = MARKUP_HINT.test(text) ? text.replace(MARKUP, (m) => ' '.repeat(m.length)) : text;
    if (lastMasked.size > 256) lastMasked.clear();
    lastMasked.set(text, masked);
  }
  return masked;
}
// Three rules mask each paragraph in turn: the paragraphs masked last, so each is scanned once.
const lastMasked = new Map<string, string>();

// UTF-8 read back as a single-byte code page (mojibake): a typographic mark's three bytes E2 80 xx as "â€" and one more
// character ("â€Ķ" for …, "â€™" for ’), an accented letter's two bytes C3 xx as "Ã" and a high character ("Ã©" for é),
// a no-break space or a sign's C2 xx as "Â" and one ("Â " for a no-break space). English has none of these pairs.
const MOJIBAKE = /â€[^\s]?|Ã[\u0080-\u00bf\u0152-\u2122]|Â[\u00a0-\u00bf]/gu;
const MOJIBAKE_HINT = { test: (text: string) => text.includes('â€') || text.includes('Ã') || text.includes('Â') };

/** HTML entities or tags that a conversion left in the text, and characters a wrong decoding made of one (mojibake). */
export const markupResidue: QualityRule = {
  id: 'markup-residue',
  check(doc) {
    const markup = matchesIn(doc, MARKUP, MARKUP_HINT).map(({ start, end, match }) => ({ start, end, text: `"${match[0]}" is HTML left in the text: read it as a space or delete it` }));
    const mojibake = matchesIn(doc, MOJIBAKE, MOJIBAKE_HINT).map(({ start, end, match }) => ({ start, end, text: `"${match[0]}" is a character decoded wrongly (UTF-8 read as another code page): read it as the mark or letter it stands for` }));
    return mojibake.length === 0 ? markup : [...markup, ...mojibake].sort((a, b) => a.start - b.start);
  },
};
