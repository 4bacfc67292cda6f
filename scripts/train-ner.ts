/**
 * Train the NER tagger on CoNLL-2003 + GMB train (../shared/data) into models/ner/tagger.bin.gz.
 * Run: npm run train:ner   (flags as `newsgraph train ner`: --train FILE… --out FILE --seed N --epochs N)
 */
import { trainCommand } from '../src/cli/commands/train.ts';

process.exitCode = await trainCommand.run(['ner', ...process.argv.slice(2)], { out: process.stdout, err: process.stderr, stdin: process.stdin });
