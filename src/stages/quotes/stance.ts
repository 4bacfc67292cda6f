import { spanOf, type Stance, type Word } from '../../model/index.ts';
import type { QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';

/**
 * The stance of a quote's content from the stance lexicon: polarity words push the score up or down (a
 * negator just before flips them), hedges and certainty words decide between hedged and certain. The
 * words that counted are returned with their weights so a reader sees why.
 */
export function stanceOf(text: string, toks: readonly Pick<Word, 'lower' | 'start' | 'end'>[], lex: QuoteLexicons): Stance {
  const cues: Stance['cues'] = [];
  let polarity = 0;
  let hedge = 0;
  let certainty = 0;
  for (let i = 0; i < toks.length; i++) {
    const candidates = lex.stance.get(toks[i]!.lower);
    if (!candidates) continue;
    const entry = candidates.find((e) => e.words.every((w, n) => toks[i + n]?.lower === w));
    if (!entry) continue;
    const last = toks[i + entry.words.length - 1]!;
    let weight = entry.weight;
    const negated = [1, 2, 3].some((d) => i - d >= 0 && lex.negators.has(toks[i - d]!.lower));
    if (entry.kind === 'polarity') {
      if (negated) weight = -weight;
      polarity += weight;
    } else if (entry.kind === 'hedge') {
      hedge += weight;
    } else if (negated) {
      hedge += weight;
    } else {
      certainty += weight;
    }
    cues.push({ ...spanOf(text, toks[i]!.start, last.end), weight });
    i += entry.words.length - 1;
  }
  const score = Math.round(Math.tanh(polarity) * 100) / 100;
  let label: Stance['label'] = 'neutral';
  if (Math.abs(score) >= 0.5) label = score > 0 ? 'positive' : 'negative';
  else if (hedge >= 0.5 && hedge > certainty) label = 'hedged';
  else if (certainty >= 0.5) label = 'certain';
  else if (Math.abs(score) >= 0.2) label = score > 0 ? 'positive' : 'negative';
  return { label, score, cues };
}
