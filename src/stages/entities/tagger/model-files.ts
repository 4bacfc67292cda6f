import path from 'node:path';
import { REPO_ROOT } from '../../../util/shared-data.ts';

/**
 * Where the tagger's files are, in a module that loads nothing else: an analysis worker reads them ahead
 * (util/read-ahead.ts) before it has loaded the tagger's code.
 */
const MODEL_DIR = path.join(REPO_ROOT, 'models/ner');
export const MODEL_FILE = path.join(MODEL_DIR, 'tagger.bin.gz');
export const CLUSTERS_FILE = path.join(MODEL_DIR, 'word-clusters.tsv.gz');
