/**
 * A file the tagger needs is missing, corrupt or in the wrong format. The message is one line that names
 * the file and the fix; `exitCode` 2 tells the CLI to print it as a user error, without a stack.
 */
export class NerFileError extends Error {
  override name = 'NerFileError';
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    problem: string,
    fix: string,
  ) {
    super(`${file}: ${problem}; ${fix}`);
  }
}
