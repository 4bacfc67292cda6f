import path from 'node:path';
import { z } from 'zod';
import { parseFlags, UsageError, type Command } from '../command.ts';
import { DEFAULT_EPOCHS, trainNer } from '../../stages/entities/tagger/train.ts';
import { MODEL_FILE } from '../../stages/entities/tagger/tagger.ts';
import { sharedDataDir } from '../../util/shared-data.ts';

const USAGE = `newsgraph train ner [--train FILE]… [--out FILE] [--seed N] [--epochs N]

Train the NER tagger (averaged perceptron) and write its weights.
  --train FILE   CoNLL-2003 or GMB JSONL; repeat for several (default: conll2003 + gmb train from ../shared/data)
  --out FILE     where to write the model (default: models/ner/tagger.bin.gz)
  --seed N       shuffling seed (default 1); the same seed and data give byte-identical weights
  --epochs N     passes over the data (default ${DEFAULT_EPOCHS})`;

const Flags = z.object({
  train: z.array(z.string()).optional(),
  out: z.string().optional(),
  seed: z.coerce.number().int().nonnegative().default(1),
  epochs: z.coerce.number().int().min(1).max(50).default(DEFAULT_EPOCHS),
});

export const trainCommand: Command = {
  name: 'train',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags(
      'train',
      argv,
      { train: { type: 'string', multiple: true }, out: { type: 'string' }, seed: { type: 'string' }, epochs: { type: 'string' } },
      Flags,
    );
    if (positionals[0] !== 'ner' || positionals.length !== 1) throw new UsageError('name what to train: ner (e.g. newsgraph train ner --seed 1)');
    const train = flags.train ?? ['conll2003/train.jsonl', 'gmb/train.jsonl'].map((f) => path.join(sharedDataDir(), f));
    const result = await trainNer({ train, out: flags.out ?? MODEL_FILE, seed: flags.seed, epochs: flags.epochs, log: (line) => io.err.write(`${line}\n`) });
    io.out.write(`${JSON.stringify({ model: result.file, sha256: result.sha256, bytes: result.bytes, features: result.features, tokens: result.tokens, epochs: result.epochs, seconds: result.seconds })}\n`);
    return 0;
  },
};
