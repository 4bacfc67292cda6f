import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { UsageError } from '../errors.ts';

/** Where a command writes: records to `out`, logs and progress to `err`. */
export interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

/** One CLI command; `run` returns the exit code. */
export interface Command {
  name: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

export { UsageError } from '../errors.ts';

/**
 * Parse flags with node:util (strict: unknown flags are errors), then check them with a zod schema.
 * Every failure becomes a UsageError that names the command's help (`help`: how to ask for it).
 */
export function parseFlags<S extends z.ZodType>(
  command: string,
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: S,
  help = `newsgraph ${command} --help`,
): { flags: z.infer<S>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const unknown = /Unknown option '([^']+)'/.exec(firstLine(error));
    const ambiguous = /Option '(--[\w-]+)[^']*' argument is ambiguous/.exec(firstLine(error));
    const what = unknown ? `unknown flag ${unknown[1]}`
      : ambiguous ? `${ambiguous[1]}: a value that starts with "-" is read as a flag (write ${ambiguous[1]}=VALUE to give it)`
        : firstLine(error);
    throw new UsageError(`${what}; run \`${help}\` for the flags`);
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const flag = issue.path.length > 0 ? `--${String(issue.path[0])}: ` : '';
    throw new UsageError(`${flag}${issue.message}; run \`${help}\` for the flags`);
  }
  return { flags: result.data, positionals: parsed.positionals };
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.replace(/^TypeError \[\w+\]: /, '');
}
