/**
 * PETRARCH2's issue coding: phrases of a sentence tag it with issues (NUCLEAR_WEAPONS, ELECTIONS, …), counted
 * per tag. A section's exclusion phrase in the sentence (or, a story-level one, in the story) cancels that
 * section's tags ("olive oil" is not OIL). Phrases match whole tokens, case aside.
 */
import type { PetrarchIssues } from '../../../lexicons/events/petrarch-dictionary.ts';
import { findPhrases, phraseTable, type PhraseTable } from './phrase-table.ts';

export interface IssueSectionIndex {
  category: string;
  tags: PhraseTable<string>;
  exclude: PhraseTable<true>;
  excludeStory: PhraseTable<true>;
}

export interface IssueTag {
  issue: string;
  category: string;
  /** how many of its phrases the sentence holds */
  count: number;
  phrases: string[];
}

const table = (phrases: readonly string[]) => phraseTable(phrases.map((phrase) => ({ phrase, value: true as const })));

export function indexIssues(list: PetrarchIssues): IssueSectionIndex[] {
  return list.sections.map((s) => ({
    category: s.category,
    tags: phraseTable(Object.entries(s.issues).flatMap(([issue, phrases]) => phrases.map((phrase) => ({ phrase, value: issue })))),
    exclude: table(s.exclude),
    excludeStory: table(s.excludeStory),
  }));
}

/** The issues of a sentence (its tokens), in order of first mention; `story` is every token of its story. */
export function issuesOf(sections: readonly IssueSectionIndex[], words: readonly string[], story: readonly string[] = words): IssueTag[] {
  const upper = words.map((w) => w.toUpperCase());
  const storyUpper = story === words ? upper : story.map((w) => w.toUpperCase());
  const tags = new Map<string, IssueTag & { at: number }>();
  for (const s of sections) {
    const hits = findPhrases(s.tags, upper);
    if (hits.length === 0 || findPhrases(s.exclude, upper).length > 0 || findPhrases(s.excludeStory, storyUpper).length > 0) continue;
    for (const h of hits) {
      const tag = tags.get(h.value) ?? { issue: h.value, category: s.category, count: 0, phrases: [], at: h.start };
      tag.count++;
      if (!tag.phrases.includes(h.phrase)) tag.phrases.push(h.phrase);
      tag.at = Math.min(tag.at, h.start);
      tags.set(h.value, tag);
    }
  }
  return [...tags.values()].sort((a, b) => a.at - b.at || a.issue.localeCompare(b.issue)).map(({ at: _, ...t }) => t);
}
