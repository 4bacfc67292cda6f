import { ResourceError } from '../../../errors.ts';

/**
 * A file the tagger needs (model, word clusters, training data) is missing, corrupt or in the wrong format.
 * The message is one line that names the file and the fix; its code (`resource`) makes the CLI print it
 * as one line with exit code 2.
 */
export class NerFileError extends ResourceError {
  override name = 'NerFileError';
}
