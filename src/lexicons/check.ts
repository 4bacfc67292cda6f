import { checkReadLexicons } from './load.ts';
import { loadDateWords } from './dates/words.ts';
import { loadActorLexicons } from './entities/actor-lexicons.ts';
import { entityLexicons } from './entities/entity-lexicons.ts';
import { loadNameHeads } from './entities/name-heads.ts';
import { loadWireLexicons } from './entities/wire-lexicons.ts';
import { loadEventLexicons } from './events/event-lexicons.ts';
import { loadPetrarchDictionary } from './events/petrarch-dictionary.ts';
import { loadQuoteLexicons } from './quotes/quotes-lexicons.ts';
import { loadSyntaxWords } from './syntax/syntax-lexicons.ts';
import { toneWords } from './tone/tone.ts';
import { loadTranslationLexicons } from './translation/translation-lexicons.ts';

/**
 * Load every lexicon and check each file read against its schema (see `checkReadLexicons`): the build and
 * a test run this, since the stages read the files unchecked. Returns the files checked.
 */
export function checkLexicons(): string[] {
  const loaders = [loadDateWords, loadActorLexicons, entityLexicons, loadNameHeads, loadWireLexicons, loadEventLexicons, loadPetrarchDictionary, loadQuoteLexicons, loadSyntaxWords, toneWords, loadTranslationLexicons];
  for (const load of loaders) load();
  return checkReadLexicons();
}
