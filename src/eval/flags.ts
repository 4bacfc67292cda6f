import path from 'node:path';
import { z } from 'zod';
import { defaultPipeline } from '../pipeline/presets.ts';
import type { Message } from '../model/index.ts';
import { FLAG_KINDS, translationScore } from '../stages/quality/translation-score.ts';
import { pct, readGoldLines, type EvalReport, type Scorer } from './scorer.ts';

// The fields of the translation set (test/fixtures/translation) this scorer reads.
const GoldStorySchema = z.object({
  id: z.string(),
  group: z.enum(['translated', 'native']),
  published: z.string().nullable(),
  text: z.string(),
  artifacts: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string(), kind: z.string(), suggested: z.string().optional() })),
});
type GoldStory = z.infer<typeof GoldStorySchema>;
export type Artifact = GoldStory['artifacts'][number];

/** A flag is a message with a span from a rule that names an artifact kind. */
export function flagsOf(messages: readonly Message[]): Message[] {
  return messages.filter((m) => m.start !== null && m.end !== null && m.rule in FLAG_KINDS);
}

type Span = { start: number | null; end: number | null };
const overlaps = (a: { start: number; end: number }, b: Span) => Math.min(a.end, b.end!) > Math.max(a.start, b.start!);
/** A flag finds an artifact when their spans overlap and the rule names that kind. */
export const finds = (m: Message, a: Artifact) => overlaps(a, m) && (FLAG_KINDS[m.rule] ?? []).includes(a.kind);
/** Two annotators' artifacts are the same one by the rule a flag is judged by: the spans overlap and the kind is the same. */
export const sameArtifact = (a: Artifact, b: Artifact) => overlaps(a, b) && a.kind === b.kind;

/** Area under the ROC curve: the chance a positive (a translated story, a right event) scores above a negative (ties count half). */
export function auc(positive: number[], negative: number[]): number {
  if (positive.length === 0 || negative.length === 0) return 0;
  let wins = 0;
  for (const p of positive) for (const n of negative) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positive.length * negative.length);
}

export interface StoryResult {
  story: GoldStory;
  flags: Message[];
  score: number;
}

/**
 * Flag precision, artifact recall (all kinds and the issue's kinds), false flags on native stories, score separation.
 * `listErrors` false keeps each false flag and missed artifact out of the report: a frozen half is scored by its
 * totals only, so reading its misses cannot steer the rules.
 */
export function scoreFlags(results: StoryResult[], issueKinds: readonly string[], listErrors = true): EvalReport {
  const byKind = new Map<string, { gold: number; found: number }>();
  const byRule = new Map<string, { flags: number; right: number }>();
  const errors: string[] = [];
  let flags = 0, right = 0, nativeFalse = 0;
  for (const { story, flags: found } of results) {
    for (const m of found) {
      const ok = story.artifacts.some((a) => finds(m, a));
      const r = byRule.get(m.rule) ?? { flags: 0, right: 0 };
      byRule.set(m.rule, { flags: r.flags + 1, right: r.right + (ok ? 1 : 0) });
      flags++;
      if (ok) right++;
      else {
        if (story.group === 'native') nativeFalse++;
        errors.push(`  false ${m.rule} in ${story.id}: "${story.text.slice(m.start!, m.end!).slice(0, 60)}"`);
      }
    }
    for (const a of story.artifacts) {
      const k = byKind.get(a.kind) ?? { gold: 0, found: 0 };
      const hit = found.some((m) => finds(m, a));
      byKind.set(a.kind, { gold: k.gold + 1, found: k.found + (hit ? 1 : 0) });
      if (!hit) errors.push(`  missed ${a.kind} in ${story.id}: "${a.text.slice(0, 60)}"`);
    }
  }
  const kinds = [...byKind.entries()].sort(([a], [b]) => a.localeCompare(b));
  const sum = (list: typeof kinds) => list.reduce((s, [, v]) => ({ gold: s.gold + v.gold, found: s.found + v.found }), { gold: 0, found: 0 });
  const all = sum(kinds);
  const issue = sum(kinds.filter(([k]) => issueKinds.includes(k)));
  const translated = results.filter((r) => r.story.group === 'translated').map((r) => r.score);
  const native = results.filter((r) => r.story.group === 'native').map((r) => r.score);
  const atHalf = [...translated.map((s) => s >= 0.5), ...native.map((s) => s < 0.5)].filter(Boolean).length;
  return {
    title: `flags: ${results.length} stories (${translated.length} translated, ${native.length} native), ${flags} flags, ${all.gold} artifacts`,
    notes: [
      'by rule (flags / right):',
      ...[...byRule.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([rule, v]) => `  ${rule}: ${v.flags} / ${v.right}`),
      ...(listErrors ? ['errors:', ...errors] : [`errors: ${errors.length}, not listed for a frozen half (tune on the tune half)`]),
      'article score (translated | native): ' + `${translated.map((s) => s.toFixed(2)).join(' ')} | ${native.map((s) => s.toFixed(2)).join(' ')}`,
    ],
    header: ['artifact kind', 'gold', 'found', 'recall'],
    rows: [...kinds.map(([k, v]) => [k, v.gold, v.found, pct(v.gold ? v.found / v.gold : 0)]), ['all kinds', all.gold, all.found, pct(all.gold ? all.found / all.gold : 0)], ['issue kinds', issue.gold, issue.found, pct(issue.gold ? issue.found / issue.gold : 0)]],
    figures: {
      task: 'flags',
      flags,
      precision: pct(flags ? right / flags : 0),
      recall: pct(all.gold ? all.found / all.gold : 0),
      recall_issue_kinds: pct(issue.gold ? issue.found / issue.gold : 0),
      native_false_flags: nativeFalse,
      score_auc: pct(auc(translated, native)),
      score_accuracy_at_half: pct(atHalf / results.length),
    },
  };
}

// The artifact kinds issue 16 names (the rest are kinds the set adds).
const ISSUE_KINDS = ['name-slot-non-name', 'literal-name-gloss', 'untranslated-word', 'source-format-number-or-date', 'weekday-date-mismatch', 'pronoun-or-gender-flip', 'quote-unbalanced', 'truncated-paragraph'];

export const scorer: Scorer = {
  task: 'flags',
  format: 'one story per line: {"id","group":"translated"|"native","published","text","artifacts":[{"start","end","text","kind"}]}',
  async score(file) {
    const stories = readGoldLines(file, GoldStorySchema, '{"id","group","published","text","artifacts"}');
    const pipeline = defaultPipeline();
    const results = stories.map((story) => {
      const doc = pipeline.analyze({ text: story.text, id: story.id, published: story.published });
      return { story, flags: flagsOf(doc.messages), score: translationScore(doc.messages, doc.text) };
    });
    return scoreFlags(results, ISSUE_KINDS, !path.basename(file).startsWith('frozen'));
  },
};
