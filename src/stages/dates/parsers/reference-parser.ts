import { alternation, wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';

/** "now", "recently", "the future": TimeML's PRESENT_REF, PAST_REF and FUTURE_REF. */
export const referenceParser = ({ words: { references } }: DateVocabulary): TriggeredParser =>
  wordParser(`(${alternation(Object.keys(references))})`, (match) => {
  const value = references[match[1]!.toLowerCase().replace(/\s+/g, ' ')];
  return value ? { kind: 'literal', type: 'DATE', value } : null;
}, /now|current|recent|past|futur|present|these days|lately|term|soon|possible/i);
