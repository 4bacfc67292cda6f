/**
 * Train the NER tagger on CoNLL-2003 + GMB train (../shared/data) into models/ner/tagger.bin.gz.
 * Run: npm run train:ner   (flags as `newsgraph train ner`: --train FILE… --out FILE --seed N --epochs N)
 */
import { main } from '../src/cli/main.ts';

// Through the CLI's entry, so a wrong flag is one line (and --help its usage), as for `newsgraph train`.
process.exitCode = await main(['train', 'ner', ...process.argv.slice(2)]);
