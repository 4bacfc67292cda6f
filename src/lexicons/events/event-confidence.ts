import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

/** What the training script measured, so the data file says how good its weights were where they were chosen. */
const TrainingSchema = z.object({
  stories: z.number().int().describe('stories trained on: tune.jsonl less test/fixtures/events/check-stories.txt'),
  events: z.number().int().describe('coded events with CAMEO rows (the examples)'),
  right: z.number().int().describe('events with a triple the gold has at country level, full code (label 1)'),
  features: z.number().int().describe('feature names with a weight'),
  folds: z.number().int(),
  l2: z.number().describe('the L2 penalty (fixed in the training script)'),
  featureSet: z.string().describe('the feature groups used ("all")'),
  cv: z.object({
    auc: z.number().describe('area under the ROC curve of the out-of-fold probabilities (0.5: no better than chance)'),
    keepAll: z.object({ precision: z.number(), recall: z.number(), f1: z.number() }),
    filtered: z.object({ precision: z.number(), recall: z.number(), f1: z.number(), dropped: z.number().int() }),
  }).describe('pooled out-of-fold figures at country level, full code, on the training stories'),
});

/** A logistic model over eventFeatures' names: an event is kept when sigmoid(bias + Σ weights) ≥ threshold. */
export const EventConfidenceSchema = z.object({
  about: z.string(),
  bias: z.number(),
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number()),
  training: TrainingSchema,
});
export type EventConfidence = z.infer<typeof EventConfidenceSchema>;

/** The committed model (once per process, from the events stage's setup). */
export const loadEventConfidence = once((): EventConfidence =>
  readLexicon('events/event-confidence.json', EventConfidenceSchema, 'restore it from git, or retrain it with node --import tsx scripts/train-event-confidence.ts'),
);
