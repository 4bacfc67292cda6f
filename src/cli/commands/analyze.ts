import { z } from 'zod';
import { analyze } from '../../index.ts';
import { inputMessage, oneLine } from '../../ingest/limits.ts';
import { CalendarDateSchema, type Doc } from '../../model/index.ts';
import { parseFlags, type Command } from '../command.ts';
import { readInput } from '../read-input.ts';
import { LIMIT_FLAGS, LIMIT_USAGE, LimitFlagsSchema } from './limit-flags.ts';
import { textReport } from '../text-report.ts';

const Flags = LimitFlagsSchema.pick({ 'max-article-mb': true }).extend({
  published: CalendarDateSchema.optional(),
  format: z.enum(['text', 'json', 'jsonl']).default('text'),
});

const USAGE = `newsgraph analyze <file...|-> [--published YYYY-MM-DD] [--format text|json|jsonl] [--max-article-mb N]

Analyze news articles (one per file, - for standard input) and print what was found.
  --published  publication date: the anchor of relative dates ("last week", "in July")
  --format     text (a report to read, default), json (the document), jsonl (one document per line)
${LIMIT_USAGE.split('\n')[0]}`;

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('analyze', argv, {
      published: { type: 'string' },
      format: { type: 'string' },
      'max-article-mb': LIMIT_FLAGS['max-article-mb'],
    }, Flags);
    if (positionals.length === 0) {
      io.err.write('newsgraph analyze: no input; pass an article file, or - to read standard input\n');
      return 2;
    }
    // Read everything first, so a bad path fails before any output is written.
    const inputs = positionals.map((name) => readInput(name, 0, flags['max-article-mb']));
    const docs: Doc[] = inputs.map((input) => {
      const doc = analyze({ text: input.text, id: input.name, published: flags.published ?? null });
      doc.messages.unshift(...input.messages.map(inputMessage));
      for (const m of input.messages) io.err.write(`newsgraph analyze: ${oneLine(input.name)}: ${m.text}\n`);
      return doc;
    });
    if (flags.format === 'json') io.out.write(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
    else if (flags.format === 'jsonl') for (const doc of docs) io.out.write(`${JSON.stringify(doc)}\n`);
    else io.out.write(docs.map(textReport).join('\n'));
    return 0;
  },
};
