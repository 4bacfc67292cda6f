import { z } from 'zod';
import { resolveArticleId } from '../../store/article-id.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';
import { textReport } from '../text-report.ts';
import { openStore, STORE_FLAGS, StoreFlagsSchema } from './store-flags.ts';

const USAGE = `newsgraph show ID [--db FILE] [--format text|json]

One stored article: its title, date, source and the report \`newsgraph analyze\` prints (json: the article row and
its document). ID is the article id or its short form, the first 12 hex digits lists show (any unique prefix of
6 digits or more).`;

export const showCommand: Command = {
  name: 'show',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('show', argv, { ...STORE_FLAGS, format: { type: 'string' } },
      StoreFlagsSchema.extend({ format: z.enum(['text', 'json']).default('text') }));
    if (positionals.length !== 1) throw new UsageError('name one article: its id or short id (the 12 digits lists show)');
    const store = await openStore(flags.db, true);
    try {
      const id = await resolveArticleId(store, positionals[0]!);
      const [article, doc] = await Promise.all([store.getArticle(id), store.getDoc(id)]);
      if (!article || !doc) throw new UsageError(`${id}: no such article`);
      if (flags.format === 'json') {
        io.out.write(`${JSON.stringify({ article, doc }, null, 2)}\n`);
        return 0;
      }
      io.out.write(`${article.title ?? '(no title)'}\n${[`id ${article.id}`, `published ${article.published ?? 'unknown'}`, article.source, article.url, article.name]
        .filter(Boolean).join(' · ')}\n\n`);
      io.out.write(textReport({ ...doc, id: article.id.slice(0, 12) }));
      return 0;
    } finally {
      await store.close();
    }
  },
};
