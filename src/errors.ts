/**
 * The errors newsgraph throws, each with a stable code. Problems in a text are never errors (they are
 * messages on the document); these are for what a caller or an installation must fix. The CLI turns a code
 * into an exit code, the server into a problem type: neither looks at class names or messages.
 */
export const ERRORS = {
  usage: { exit: 2, problem: 'invalid-input', about: 'a command line the user can fix: unknown flag, missing argument, bad value' },
  input: { exit: 2, problem: 'invalid-input', about: 'input that is not an article or not in the format expected: empty, binary, a malformed gold file' },
  query: { exit: 2, problem: 'invalid-input', about: 'a query the store cannot run as given: a cursor it did not write, an empty search' },
  resource: { exit: 2, problem: 'internal', about: 'a shipped model or lexicon file is missing, corrupt or in the wrong format' },
  pipeline: { exit: 1, problem: 'internal', about: 'a stage list that cannot run, or a stage that broke its contract: a programming error' },
  busy: { exit: 1, problem: 'server-busy', about: 'the store is locked by another writer for longer than the caller waits: try again' },
} as const satisfies Record<string, { exit: number; problem: 'invalid-input' | 'internal' | 'server-busy'; about: string }>;
export type ErrorCode = keyof typeof ERRORS;

/** An error with a stable code; its message is one line that says what to do. */
export class NewsgraphError extends Error {
  override name = 'NewsgraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  /** The process exit code the CLI ends with. */
  get exitCode(): number {
    return ERRORS[this.code].exit;
  }

  /** The problem type (urn:newsgraph:problem:…) the server answers with. */
  get problem(): (typeof ERRORS)[ErrorCode]['problem'] {
    return ERRORS[this.code].problem;
  }
}

/** A mistake on the command line (bad flag, missing file): printed as one line, exit code 2, no stack. */
export class UsageError extends NewsgraphError {
  override name = 'UsageError';
  constructor(message: string) {
    super('usage', message);
  }
}

/** Input that is not what it should be: an empty or binary article, a malformed gold file. */
export class InputError extends NewsgraphError {
  override name = 'InputError';
  constructor(message: string) {
    super('input', message);
  }
}

/** A file newsgraph ships (model, lexicon) is missing or corrupt; the message names the file and the fix. */
export class ResourceError extends NewsgraphError {
  override name = 'ResourceError';
  constructor(
    readonly file: string,
    problem: string,
    fix: string,
  ) {
    super('resource', `${file}: ${problem}; ${fix}`);
  }
}
