import { z } from 'zod';
import { DEFAULT_ARTICLE_SECONDS, DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_WORKER_MB, MB, type ArticleLimits } from '../../ingest/limits.ts';

/** The bounds on one article that the reading commands take. */
export const LIMIT_FLAGS = {
  'max-article-mb': { type: 'string' },
  'article-seconds': { type: 'string' },
  'worker-mb': { type: 'string' },
} as const;

const positive = (what: string) => z.string().regex(/^(?:\d+(?:\.\d+)?|\.\d+)$/, `expected ${what}`).transform(Number).refine((n) => n > 0, `expected ${what} above 0`);

export const LimitFlagsSchema = z.object({
  'max-article-mb': positive('a size in MB, e.g. 4 or 0.5').transform((mb) => Math.round(mb * MB)).default(DEFAULT_MAX_ARTICLE_BYTES),
  'article-seconds': positive('a number of seconds').default(DEFAULT_ARTICLE_SECONDS),
  'worker-mb': z.string().regex(/^\d+$/, 'expected a whole number of MB').transform(Number).refine((n) => n >= 128, 'a worker needs at least 128 MB').default(DEFAULT_WORKER_MB),
});

export function limitsOf(flags: z.output<typeof LimitFlagsSchema>): ArticleLimits {
  return { maxBytes: flags['max-article-mb'], seconds: flags['article-seconds'], workerMb: flags['worker-mb'] };
}

export const LIMIT_USAGE = `  --max-article-mb  longest article read whole, in MB (default ${DEFAULT_MAX_ARTICLE_BYTES / MB}); a longer one is cut at a paragraph end, with a message
  --article-seconds  longest one article may take (default ${DEFAULT_ARTICLE_SECONDS}); a slower one is reported and skipped
  --worker-mb        memory of each worker thread (default ${DEFAULT_WORKER_MB}); an article that needs more is reported and skipped`;
