import { dateWords } from '../../../lexicons/dates/words.ts';
import { alternation, wordParser } from './patterns.ts';

const references = dateWords().references;

/** "now", "recently", "the future": TimeML's PRESENT_REF, PAST_REF and FUTURE_REF. */
export const referenceParser = wordParser(`(${alternation(Object.keys(references))})`, (match) => {
  const value = references[match[1]!.toLowerCase().replace(/\s+/g, ' ')];
  return value ? { kind: 'literal', type: 'DATE', value } : null;
}, /now|current|recent|past|futur|present|these days|lately|term|soon|possible/i);
