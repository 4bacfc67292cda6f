// Shared by the dates stage's tests: segment, syntax and dates only, published Friday 2020-10-23 unless said otherwise.
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax', 'dates'));

export const read = (text: string, published: string | null = '2020-10-23') => pipeline.analyze({ text, published });

/** Each timex as "text|TYPE|value" (and "|MOD" when it has one). */
export const found = (text: string, published: string | null = '2020-10-23') =>
  read(text, published).timexes.map((t) => `${t.text}|${t.type}|${t.value}${t.mod ? `|${t.mod}` : ''}`);

/** Each message of a rule as its span's text. */
export const flagged = (text: string, rule: string, published: string | null = '2020-10-23') => {
  const doc = read(text, published);
  return doc.messages.filter((m) => m.rule === rule).map((m) => doc.text.slice(m.start!, m.end!));
};
