import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { parseFlags } from '../src/cli/command.ts';
import { UsageError } from '../src/errors.ts';

/** A count flag (--rounds, --docs): a whole number from 1. */
export const count = z.coerce.number().int().min(1);

/**
 * The flags of a bench or development script, read as the CLI reads a command's (strict, then a zod schema):
 * `--help` prints `usage` and exits 0; a wrong flag prints one line that names the fix and exits 2, where a
 * bare node:util parseArgs would end in a stack trace. `usage` starts with the command that runs the script.
 */
export function devFlags<S extends z.ZodType>(
  usage: string,
  options: NonNullable<ParseArgsConfig['options']>,
  schema: S,
  argv: string[] = process.argv.slice(2),
): { flags: z.infer<S>; positionals: string[] } {
  const invocation = usage.split(' [')[0]!;
  const name = invocation.split(/[ /]/).at(-1)!.replace(/\.ts$/, '');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseFlags(invocation, argv, options, schema, `${invocation}${invocation.startsWith('npm run') ? ' --' : ''} --help`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(2);
  }
}
