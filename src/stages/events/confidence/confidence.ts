/** The learned filter over coded events: a dot product per event, and the events under the model's threshold dropped. */
import type { Event } from '../../../model/index.ts';
import type { EventConfidence } from '../../../lexicons/events/event-confidence.ts';
import { eventFeatures, type EventSetting, type FeatureToken } from './features.ts';

/** The model as the stage uses it: weights in a map, looked up per feature name. */
export interface ConfidenceModel {
  bias: number;
  threshold: number;
  weights: ReadonlyMap<string, number>;
}

export function confidenceModel(m: Pick<EventConfidence, 'bias' | 'threshold' | 'weights'>): ConfidenceModel {
  return { bias: m.bias, threshold: m.threshold, weights: new Map(Object.entries(m.weights)) };
}

/** The probability the model gives that the event is right. */
export function confidenceOf(model: Pick<ConfidenceModel, 'bias' | 'weights'>, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The distinct events of one sentence the model keeps; `dropped` hears of each one it drops. With no model
 * (the training script reads every event) all are kept.
 */
export function confidentEvents(model: ConfidenceModel | null, events: readonly Event[], toks: readonly FeatureToken[], sentence: number, dropped: (e: Event) => void): readonly Event[] {
  if (!model || events.length === 0) return events;
  const at: EventSetting = { toks, events: events.length, sentence };
  return events.filter((e) => {
    const keep = confidenceOf(model, eventFeatures(e, at)) >= model.threshold;
    if (!keep) dropped(e);
    return keep;
  });
}
