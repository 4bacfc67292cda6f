import type { Command } from '../command.ts';

/** A command as `newsgraph --help` lists it; its module (and what that imports) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every CLI command, in the order `newsgraph --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'analyze', summary: 'analyze articles: entities, dates, quotes, events, with offsets', load: async () => (await import('./analyze.ts')).analyzeCommand },
  { name: 'eval', summary: 'score newsgraph on a gold file (ner, timex, quotes, events, flags)', load: async () => (await import('./eval.ts')).evalCommand },
  { name: 'ingest', summary: 'add articles (text, HTML, feeds, JSONL, WARC) to the corpus store', load: async () => (await import('./ingest.ts')).ingestCommand },
  { name: 'worker', summary: 'analyse the articles queued on a PostgreSQL corpus (run one per machine)', load: async () => (await import('./worker.ts')).workerCommand },
  { name: 'status', summary: 'what the corpus holds, and the articles that have no date', load: async () => (await import('./status.ts')).statusCommand },
  { name: 'show', summary: 'show one stored article by its id or short id', load: async () => (await import('./show.ts')).showCommand },
  { name: 'search', summary: 'full-text search over the sentences of the articles', load: async () => (await import('./search.ts')).searchCommand },
  { name: 'quotes', summary: 'search quotes by speaker, topic, words and date', load: async () => (await import('./quotes.ts')).quotesCommand },
  { name: 'entities', summary: 'list entities resolved across articles, with mention and quote counts', load: async () => (await import('./entities.ts')).entitiesCommand },
  { name: 'events', summary: 'search coded events by actor, dyad, CAMEO code or root, and date', load: async () => (await import('./events.ts')).eventsCommand },
  { name: 'timeline', summary: 'count, mean Goldstein (dyad) or stance (speaker), and tone per day or week', load: async () => (await import('./timeline.ts')).timelineCommand },
  { name: 'network', summary: 'actor graph with edge counts and tone, heaviest edges first', load: async () => (await import('./network.ts')).networkCommand },
  { name: 'export', summary: 'export the corpus: jsonl, csv, GDELT, PLOVER, Parquet, GEXF', load: async () => (await import('./export.ts')).exportCommand },
  { name: 'train', summary: 'train a model from annotated data (ner)', load: async () => (await import('./train.ts')).trainCommand },
  { name: 'serve', summary: 'open the workbench (web UI and HTTP API) on the corpus', load: async () => (await import('./serve.ts')).serveCommand },
];
