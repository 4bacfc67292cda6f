import type { Command } from '../command.ts';
import { analyzeCommand } from './analyze.ts';
import { evalCommand } from './eval.ts';

/** Every CLI command, in the order `newsgraph --help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, evalCommand];
