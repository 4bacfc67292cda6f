import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { allMatches, type Finding } from './rule.ts';

/**
 * A country's office under the generic title of other governments ("US Foreign Minister Antony Blinken": the
 * United States has a Secretary of State), as a translation renders the source's title word by word
 * (office-titles.json). Each phrase is flagged where it first stands, with the office the country has.
 */
export function glossedTitles(text: string, lex: TranslationLexicons): Finding[] {
  const { pattern, known } = lex.officeTitles;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const m of allMatches(text, pattern)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" names an office that country does not have: a title translated word by word; likely ${known.get(m[0])}` });
  }
  return out;
}
