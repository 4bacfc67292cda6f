import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../../../util/shared-data.ts';

/**
 * Where the tagger's files are, in a module that loads nothing else: an analysis worker reads them ahead
 * (util/read-ahead.ts) before it has loaded the tagger's code.
 */
const MODEL_DIR = path.join(REPO_ROOT, 'models/ner');
export const MODEL_FILE = path.join(MODEL_DIR, 'tagger.bin.gz');
export const CLUSTERS_FILE = path.join(MODEL_DIR, 'word-clusters.tsv.gz');
/**
 * The word clusters' index as the build makes it (scripts/build-dist.ts), beside the compiled tagger in dist/: a
 * checkout run from src/ has none and indexes the table at load (word-clusters.ts checks the index is for its bytes).
 */
export const CLUSTERS_INDEX_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'word-clusters.index');
/**
 * The weight table of the model's CoNLL convention as the build makes it (scripts/build-dist.ts), beside the compiled
 * tagger in dist/: a checkout run from src/ has none and builds the table from the model (model-file.ts checks the
 * index is for the model's bytes).
 */
export const MODEL_INDEX_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tagger.index');
