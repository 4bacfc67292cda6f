import type { Refiner } from 'chrono-node';
import { annotate, annotations } from '../draft.ts';

/** A duration of one counted unit: P2Y, P3M, P10D, PT1H, PT20M. */
const ONE_UNIT = /^P(T?)(\d+)([YMDHS])$/;
/** The units from largest to smallest, each as "T" (time part) or "" (date part) plus its letter. */
const ORDER = ['Y', 'M', 'D', 'TH', 'TM', 'TS'];

/**
 * One length written in two units, the larger first: "two years and three months" is P2Y3M, "an hour and 20
 * minutes" PT1H20M, "a day and six hours" P1DT6H (TimeML: one TIMEX3). Null when the two do not make one: the
 * same unit twice, the smaller first, or anything but a plain counted unit (weeks, vague counts).
 */
export function joinDurations(larger: string, smaller: string): string | null {
  const a = larger.match(ONE_UNIT);
  const b = smaller.match(ONE_UNIT);
  if (!a || !b) return null;
  const [ka, kb] = [ORDER.indexOf(a[1]! + a[3]!), ORDER.indexOf(b[1]! + b[3]!)];
  if (ka < 0 || kb <= ka) return null;
  // The time part opens with T once: P1D then T6H, PT1H then 20M.
  const tail = b[1] && !a[1] ? `T${b[2]}${b[3]}` : `${b[2]}${b[3]}`;
  return `${larger}${tail}`;
}

const AND = /^\s+and\s+$/i;

/** Two counted durations joined by "and", the larger unit first, are one timex over both ("an hour and 20 minutes"). */
export const compoundDurationRefiner: Refiner = {
  refine(context, results) {
    const out: typeof results = [];
    for (let i = 0; i < results.length; i++) {
      const first = results[i]!;
      const next = results[i + 1];
      const a = annotations.get(first)?.spec;
      const b = next ? annotations.get(next)?.spec : undefined;
      const joined = a?.kind === 'literal' && b?.kind === 'literal' && a.type === 'DURATION' && b.type === 'DURATION' && a.value && b.value
        && AND.test(context.text.slice(first.index + first.text.length, next!.index)) ? joinDurations(a.value, b.value) : null;
      if (!joined) {
        out.push(first);
        continue;
      }
      const result = context.createParsingResult(first.index, context.text.slice(first.index, next!.index + next!.text.length));
      out.push(annotate(result, { ...annotations.get(first), spec: { ...a!, value: joined } as typeof a }));
      i++;
    }
    return out;
  },
};
