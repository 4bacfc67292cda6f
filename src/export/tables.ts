import { z } from 'zod';
import type { Store } from '../store/contract.ts';
import { ArticleRowSchema, EntityRowSchema, EventRowSchema, QuoteRowSchema } from '../store/rows.ts';

/** The tables an export can stream, with their row schemas (the CSV and Parquet columns, in order). */
export const TABLES = {
  articles: { schema: ArticleRowSchema, rows: (s: Store) => s.exportArticles() },
  quotes: { schema: QuoteRowSchema, rows: (s: Store) => s.exportQuotes() },
  events: { schema: EventRowSchema, rows: (s: Store) => s.exportEvents() },
  entities: { schema: EntityRowSchema, rows: (s: Store) => s.exportEntities() },
} as const;
export const TableSchema = z.enum(['articles', 'quotes', 'events', 'entities', 'docs']);
export type Table = z.infer<typeof TableSchema>;
