import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyze } from '../../index.ts';
import { CalendarDateSchema, type Doc } from '../../model/index.ts';
import { parseFlags, type Command } from '../command.ts';
import { readInput } from '../read-input.ts';
import { textReport } from '../text-report.ts';

const Flags = z.object({
  published: CalendarDateSchema.optional(),
  format: z.enum(['text', 'json', 'jsonl']).default('text'),
});

const USAGE = `newsgraph analyze <file...|-> [--published YYYY-MM-DD] [--format text|json|jsonl]

Analyze news articles (one per file, - for standard input) and print what was found.
  --published  publication date: the anchor of relative dates ("last week", "in July")
  --format     text (a report to read, default), json (the document), jsonl (one document per line)`;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyze articles: entities, dates, quotes, events, with offsets',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('analyze', argv, {
      published: { type: 'string' },
      format: { type: 'string' },
    }, Flags);
    if (positionals.length === 0) {
      io.err.write('newsgraph analyze: no input; pass an article file, or - to read standard input\n');
      return 2;
    }
    // Read everything first, so a bad path fails before any output is written.
    const inputs = positionals.map((name) => readInput(name, () => readFileSync(0)));
    const docs: Doc[] = inputs.map((input) => {
      const doc = analyze({ text: input.text, id: input.name, published: flags.published ?? null });
      if (input.replaced) {
        doc.messages.unshift({
          level: 'warning', rule: 'invalid-utf8', stage: 'input', start: null, end: null,
          text: 'the input was not valid UTF-8; undecodable bytes were replaced by U+FFFD: re-save the file as UTF-8',
        });
        io.err.write(`newsgraph analyze: ${input.name}: not valid UTF-8; bad bytes were replaced (re-save the file as UTF-8)\n`);
      }
      return doc;
    });
    if (flags.format === 'json') io.out.write(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
    else if (flags.format === 'jsonl') for (const doc of docs) io.out.write(`${JSON.stringify(doc)}\n`);
    else io.out.write(docs.map(textReport).join('\n'));
    return 0;
  },
};
