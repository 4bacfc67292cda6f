import { defineStage } from '../../pipeline/stage.ts';
import type { Doc, NounChunk, Syntax, Title, TokenRange, VerbGroup, Word } from '../../model/index.ts';
import { loadSyntaxWords, type SyntaxWords } from '../../lexicons/syntax/syntax-lexicons.ts';
import { entityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { loadNameHeads } from '../../lexicons/entities/name-heads.ts';
import { vocabulary, wordsOf, type Vocabulary } from './words.ts';
import { passivesOf, tensesOf, verbGroupsOf } from './verb-groups.ts';
import { appositionsOf, attachmentsOf, chunksOf } from './chunks.ts';
import { datelinesOf } from './datelines.ts';
import { clauseEndAfter, clauseStartBefore, statesFact } from './clauses.ts';
import { titleBefore, titleRunsOf, titleWords, type TitleWords } from './titles.ts';
import { governorOf, mainSubject, nearestSubject, phraseEndingAt, phraseStartingAt, subjectBefore } from './phrases.ts';

interface Resources {
  words: SyntaxWords;
  vocabulary: Vocabulary;
  titles: TitleWords;
  isPlace: (name: string) => boolean;
}

/**
 * The one shallow-syntax view every later stage reads: word classes, noun chunks with heads, verb groups
 * (lemma, tense, negation, modal, passive), prepositional attachments, appositions, datelines, titles before
 * names, and the noun-phrase queries of attribution and event coding. Rules over wink's POS tags, linear in
 * the tokens. The view stays on the working document (see model/syntax.ts).
 */
export const syntax = defineStage({
  name: 'syntax',
  needs: ['paragraphs', 'sentences', 'tokens'],
  gives: ['syntax'],
  setup(): Resources {
    const words = loadSyntaxWords();
    const entities = entityLexicons();
    const titles = titleWords(entities, words, loadNameHeads().courtesyTitles);
    return { words, vocabulary: vocabulary(words, titles), titles, isPlace: (name) => entities.places.has(name.toUpperCase()) };
  },
  run(doc, resources) {
    doc.syntax = buildSyntax(doc, resources);
  },
});

export function buildSyntax(doc: Doc, { words: lex, vocabulary, titles, isPlace }: Resources): Syntax {
  const sentences = sentenceRanges(doc);
  const paragraphs = paragraphRanges(doc, sentences);
  const { words, entries } = wordsOf(doc, vocabulary, sentences);
  const datelines = datelinesOf(doc.text, words, paragraphs, isPlace);
  const dateline = new Uint8Array(words.length);
  for (const d of datelines) dateline.fill(1, d.first, d.last + 1);
  const tenses = tensesOf(words, entries, sentences);
  const passives = passivesOf(words, sentences);
  const verbGroups = verbGroupsOf(words, sentences, tenses, passives, lex, (i) => dateline[i] === 1);
  const chunks = chunksOf(words, sentences);
  const chunkIndex = indexOf(words.length, chunks);
  const groupIndex = indexOf(words.length, verbGroups);
  for (const g of verbGroups) readArguments(words, g, sentences[words[g.first]!.sentence]!, chunks, chunkIndex, dateline);
  const titleRuns = titleRunsOf(words, entries, sentences, titles);
  const titleMemo = new Map<number, Title | null>();
  let byOffset: Int32Array | undefined;
  return {
    words,
    sentences,
    paragraphs,
    chunks,
    verbGroups,
    attachments: attachmentsOf(words, chunks, chunkIndex, verbGroups, groupIndex),
    appositions: appositionsOf(words, chunks, chunkIndex),
    datelines,
    chunkAt: (i) => chunks[chunkIndex[i] ?? -1] ?? null,
    verbGroupAt: (i) => verbGroups[groupIndex[i] ?? -1] ?? null,
    inDateline: (i) => dateline[i] === 1,
    tenseAt: (i) => tenses[i] ?? 'none',
    passiveAt: (i) => passives[i] === 1,
    tokenAt(offset) {
      byOffset ??= tokenStarts(doc.text.length, words);
      return byOffset[offset] ?? -1;
    },
    titleBefore(i) {
      if (!titleMemo.has(i)) titleMemo.set(i, titleBefore(doc, words, entries, titleRuns, i, titles));
      return titleMemo.get(i)!;
    },
    phraseEndingAt,
    phraseStartingAt,
    subjectBefore,
    nearestSubject,
    mainSubject,
    governorOf: (ws, first) => governorOf(ws, first, lex.governingPrepositions),
    clauseStartBefore,
    clauseEndAfter,
    statesFact,
  };
}

const emptyRanges = (count: number): TokenRange[] => Array.from({ length: count }, () => ({ first: 0, last: -1 }));

/** Each sentence's token range: the tokens' sentence numbers do not decrease. */
function sentenceRanges(doc: Doc): TokenRange[] {
  const out = emptyRanges(doc.sentences.length);
  for (let i = 0; i < doc.tokens.length; i++) {
    const r = out[doc.tokens[i]!.sentence]!;
    if (r.last < r.first) r.first = i;
    r.last = i;
  }
  return out;
}

/** Each paragraph's token range: from its first sentence with tokens to its last. */
function paragraphRanges(doc: Doc, sentences: readonly TokenRange[]): TokenRange[] {
  const out = emptyRanges(doc.paragraphs.length);
  sentences.forEach((s, k) => {
    if (s.last < s.first) return;
    const r = out[doc.sentences[k]!.paragraph]!;
    if (r.last < r.first) r.first = s.first;
    r.last = s.last;
  });
  return out;
}

/** Per token, the index of the range holding it, or -1: a loop, where a fill per range costs a call each. */
function indexOf(length: number, ranges: readonly TokenRange[]): Int32Array {
  const out = new Int32Array(length).fill(-1);
  for (let k = 0; k < ranges.length; k++) {
    for (let i = ranges[k]!.first; i <= ranges[k]!.last; i++) out[i] = k;
  }
  return out;
}

/** Per character offset, the token starting there, or -1 (the last one, if several do). */
function tokenStarts(length: number, words: readonly Word[]): Int32Array {
  const out = new Int32Array(length + 1).fill(-1);
  for (const w of words) out[w.start] = w.index;
  return out;
}

/**
 * A verb group's subject (the noun phrase before it, by the attribution rules, never inside a dateline) and
 * object (the chunk right after it). Participles and infinitives have no subject of their own here.
 */
function readArguments(words: readonly Word[], g: VerbGroup, sentence: TokenRange, chunks: readonly NounChunk[], chunkIndex: Int32Array, dateline: Uint8Array): void {
  let lo = sentence.first;
  while (lo <= sentence.last && dateline[lo] === 1) lo++;
  const lead = words[g.lead]!;
  const infinitive = words[g.lead - 1]?.lower === 'to' || lead.lower.endsWith('ing');
  if (!infinitive && g.first > lo) g.subject = subjectBefore(words, g.first, lo);
  const after = chunkIndex[g.last + 1] ?? -1;
  if (after >= 0 && chunks[after]!.first === g.last + 1 && g.last + 1 <= sentence.last) g.object = { first: chunks[after]!.first, last: chunks[after]!.last };
}
