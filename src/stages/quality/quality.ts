import { defineStage } from '../../pipeline/stage.ts';
import { loadTranslationLexicons } from '../../lexicons/translation/translation-lexicons.ts';
import { truncatedParagraphs } from './rules/truncated.ts';
import { unbalancedQuotes } from './rules/unbalanced-quote.ts';
import { suspectNames } from './rules/suspect-name.ts';
import { unintroducedSpeakers } from './rules/unintroduced-speaker.ts';
import { literalNameGloss } from './rules/literal-name-gloss.ts';
import { untranslatedWords } from './rules/untranslated-word.ts';
import { sourceFormatNumbers } from './rules/source-format-number.ts';
import { pronounFlips } from './rules/pronoun-flip.ts';
import { runTogether } from './rules/run-together.ts';
import { repeatedWord } from './rules/repeated-word.ts';
import { straddledAdverbs } from './rules/straddled-adverb.ts';
import { sourcePunctuation } from './rules/source-punctuation.ts';
import { markupResidue } from './rules/markup-residue.ts';
import { pageFurniture } from './rules/page-furniture.ts';
import { acronymMismatch } from './rules/acronym-mismatch.ts';
import { nameVariants } from './rules/name-variant.ts';
import { garbledKnownNames } from './rules/garbled-known-name.ts';
import { garbledKoreanNames } from './rules/garbled-korean-name.ts';
import { garbledPlaceNames } from './rules/garbled-place-name.ts';
import { echoedPhrases } from './rules/echoed-phrase.ts';
import { unpairedBrackets } from './rules/unpaired-bracket.ts';
import { objectlessVerbs } from './rules/objectless-verb.ts';
import { calques } from './rules/calque.ts';
import { lowercaseSentences } from './rules/lowercase-sentence.ts';
import { doubledSurnames } from './rules/doubled-surname.ts';
import { pinyinNames } from './rules/pinyin-name.ts';
import { givenNamesAlone } from './rules/given-name-alone.ts';
import { cutSentences } from './rules/cut-sentence.ts';
import { doubledDeterminers } from './rules/doubled-determiner.ts';
import { quotedReports } from './rules/quoted-report.ts';
import { sourceOrderAttributions } from './rules/source-order-attribution.ts';
import { foreignGrammar } from './rules/foreign-grammar.ts';
import { lostLetters } from './rules/lost-letter.ts';
import { isTranslationFlag, translationScore } from './translation-score.ts';
import type { QualityRule } from './rules/rule.ts';

/** The rules quality runs, in report order. Each is a small function over the finished document. */
export const QUALITY_RULES: readonly QualityRule[] = [
  truncatedParagraphs, unbalancedQuotes, suspectNames, unintroducedSpeakers,
  literalNameGloss, acronymMismatch, nameVariants, garbledKnownNames, garbledKoreanNames, garbledPlaceNames, untranslatedWords, sourceFormatNumbers, pronounFlips,
  runTogether, repeatedWord, straddledAdverbs, sourcePunctuation, markupResidue, pageFurniture, echoedPhrases, unpairedBrackets, objectlessVerbs, calques, lowercaseSentences, doubledSurnames,
  pinyinNames, givenNamesAlone, cutSentences, doubledDeterminers, quotedReports, sourceOrderAttributions, foreignGrammar, lostLetters,
];

// The score said without a flag: the articles alone lean so far toward "the".
const SAID_UNFLAGGED = 0.5;

/**
 * Last stage: flags what makes the text (or what was read from it) doubtful, then scores how likely the text
 * is machine translated from those flags, the dates stage's weekday check and the text's articles (see articleProfile).
 */
export const quality = defineStage({
  name: 'quality',
  needs: ['paragraphs', 'sentences', 'tokens', 'mentions', 'mentions.entity', 'quotes', 'entities', 'entities.role', 'entities.affiliation', 'entities.country', 'entities.countrySource'],
  gives: [],
  setup: loadTranslationLexicons,
  run(doc, lex, context) {
    for (const rule of QUALITY_RULES) {
      for (const finding of rule.check(doc, lex)) {
        context.report('warning', rule.id, finding.text, finding.start, finding.end);
      }
    }
    // the score is said where a translation flag was raised, or where the articles alone make the text read as translated
    // (no native document of the bench or check pools does): a native story with no flag keeps its messages
    const score = translationScore(doc.messages, doc.text, lex);
    if (score >= SAID_UNFLAGGED || (score > 0 && doc.messages.some(isTranslationFlag))) context.report('info', 'machine-translation', `likelihood that the text is machine translated or second-language copy: ${score.toFixed(2)} (from the translation flags above and the text's articles)`);
  },
});
