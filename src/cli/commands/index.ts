import type { Command } from '../command.ts';
import { analyzeCommand } from './analyze.ts';
import { evalCommand } from './eval.ts';
import { trainCommand } from './train.ts';
import { ingestCommand } from './ingest.ts';
import { serveCommand } from './serve.ts';

/** Every CLI command, in the order `newsgraph --help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, evalCommand, ingestCommand, trainCommand, serveCommand];
