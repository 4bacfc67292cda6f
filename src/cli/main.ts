import { COMMANDS } from './commands/index.ts';
import { NewsgraphError } from '../errors.ts';
import { oneLine } from '../ingest/limits.ts';
import { firstLine, type Io } from './command.ts';

const HELP = `newsgraph — who said what about whom, who did what to whom, and when

Usage: newsgraph <command> [flags]   (newsgraph <command> --help for its flags)

${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}
`;

/**
 * A reader that closes the pipe (\`newsgraph quotes | head\`) has all it wants: exit quietly with 0, as Unix
 * tools do, instead of an EPIPE error and a stack trace.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Run the CLI; returns the exit code (0 ok, 1 failure, 2 a usage or input error the user can fix). */
export async function main(argv: string[], io: Io = { out: process.stdout, err: process.stderr, stdin: process.stdin }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out.write(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out.write('newsgraph 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err.write(`newsgraph: unknown command "${name}"; run \`newsgraph --help\` for the list\n`);
    return 2;
  }
  const command = await entry.load();
  // A command may analyse articles, in this thread or an AnalysisPool's: the heap settings for that first.
  // Loaded here, not with this module, so `--help` does not pay for it.
  (await import('../ingest/analysis-pool.ts')).fitAnalysisHeap();
  // --help anywhere before a bare "--" shows the command's usage: one place, not one per command.
  const flagPart = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (flagPart.includes('--help') || flagPart.includes('-h')) {
    io.out.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A typed error carries its own fix (bad flag, model file missing, corrupt data): one line whatever a name
    // in it holds (a file name may carry a newline), and its exit code.
    if (error instanceof NewsgraphError) {
      io.err.write(`newsgraph ${command.name}: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    io.err.write(`newsgraph ${command.name}: internal error: ${firstLine(error)} (please report it with the input that caused it)\n`);
    if (process.env.NEWSGRAPH_DEBUG) io.err.write(`${(error as Error).stack}\n`);
    return 1;
  }
}
