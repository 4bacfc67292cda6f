import type { Command } from '../command.ts';
import { analyzeCommand } from './analyze.ts';
import { evalCommand } from './eval.ts';
import { trainCommand } from './train.ts';
import { ingestCommand } from './ingest.ts';
import { quotesCommand } from './quotes.ts';
import { searchCommand } from './search.ts';
import { entitiesCommand } from './entities.ts';
import { eventsCommand } from './events.ts';
import { timelineCommand } from './timeline.ts';
import { networkCommand } from './network.ts';
import { exportCommand } from './export.ts';
import { serveCommand } from './serve.ts';
import { showCommand } from './show.ts';
import { statusCommand } from './status.ts';
import { workerCommand } from './worker.ts';

/** Every CLI command, in the order `newsgraph --help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, evalCommand, ingestCommand, workerCommand, statusCommand, showCommand, searchCommand, quotesCommand, entitiesCommand, eventsCommand, timelineCommand, networkCommand, exportCommand, trainCommand, serveCommand];
