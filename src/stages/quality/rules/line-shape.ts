/** Lines that are no sentence: a table's row, a listing or a label. Rules that read sentences leave them alone. */

// A cell of a table: a figure ("46", ".632", "+3.7", "6-4") or an empty cell's dash.
const CELL = /\d|^[–—-]+$/u;

/** Whether a line is a table's row (half its pieces or more are figures or empty cells, as in results and price tables): no sentence, cut or not. */
export function tableRow(text: string): boolean {
  const pieces = text.trim().split(/\s+/);
  return pieces.length >= 3 && pieces.filter((w) => CELL.test(w)).length * 2 >= pieces.length;
}

// A word that starts lowercase: the function words and verbs that make a sentence.
const LOWER_WORD = /(?:^|[\s(])\p{Ll}/gu;
const LETTER_WORD = /(?:^|[\s(])\p{L}/gu;

/**
 * Whether a line is a listing or a label, no sentence: it has letters, and fewer than one word in four starts
 * lowercase (a roster "Chalmers (Australia), Miguel Angel Martin (Spain),", a score line, a rating "MOODY'S: A1"),
 * or it has no letter at all (a rule of dashes). English sentences, cut or whole, are mostly lowercase words.
 */
export function listingLine(text: string): boolean {
  const letters = letterWords(text);
  return lowercaseWords(text) * 4 < letters || letters === 0;
}

/** Whether no word of the line starts lowercase: a heading of columns or a label ("PREVIOUS ACTUAL (Parent) FORECAST"). */
export const noLowercaseWord = (text: string) => lowercaseWords(text) === 0;

const lowercaseWords = (text: string) => text.match(LOWER_WORD)?.length ?? 0;
const letterWords = (text: string) => text.match(LETTER_WORD)?.length ?? 0;
