import { has, WORD, type Tense, type TokenRange, type VerbGroup, type Word } from '../../model/index.ts';
import type { SyntaxWords } from '../../lexicons/syntax/syntax-lexicons.ts';
import { TENSE_MARKS, type VocabularyEntries } from './words.ts';

/** Auxiliaries, particles and adverbs read before a verb for its tense. */
const CHAIN = new Set(['AUX', 'PART', 'ADV', 'VERB']);
const CHAIN_REACH = 4;
const PASSIVE_FORM = /(ed|en|wn|ht|un)$/;
const PASSIVE_REACH = 3;
/**
 * A past participle: a regular ending, or an irregular form the tagger lemmatised to another word ("held",
 * "sent", "struck", "led"), or one of the verbs whose participle is their base form ("was hit", "is set").
 */
const SAME_FORM_PARTICIPLES = new Set(['hit', 'put', 'set', 'cut', 'hurt', 'shut', 'cast', 'spread', 'let', 'bid', 'burst', 'quit', 'upset', 'beat']);
const participle = (t: Word) =>
  PASSIVE_FORM.test(t.lower) || SAME_FORM_PARTICIPLES.has(t.lower) || (t.lemma !== t.lower && !t.lower.endsWith('ing') && !t.lower.endsWith('s'));
const GROUP_PARTICLES = new Set(['to', 'not', "n't"]);

/**
 * Tense of the verb chain ending at each verb: the verb and up to four auxiliaries, particles and adverbs
 * before it in its sentence. A future marker ("will", "plans") or an infinitive after a verb ("is to
 * resume") points ahead; a past form or auxiliary, or an -ed form, points back; the news present ("says
 * Tuesday") points neither way.
 */
export function tensesOf(words: readonly Word[], entries: VocabularyEntries, sentences: readonly TokenRange[]): Tense[] {
  const out: Tense[] = words.map(() => 'none');
  for (const s of sentences) {
    for (let verb = s.first; verb <= s.last; verb++) {
      if (!has(words[verb], WORD.VERB)) continue;
      let first = verb;
      while (first > s.first && verb - first < CHAIN_REACH && CHAIN.has(words[first - 1]!.pos)) first--;
      const last = words[verb]!;
      if (anyOfClass(entries, first, verb, TENSE_MARKS.FUTURE) || (infinitiveAfter(words, first, verb) && last.lower === last.lemma)) out[verb] = 'future';
      else if (anyOfClass(entries, first, verb, TENSE_MARKS.PAST)) out[verb] = 'past';
      else if (/ed$/i.test(last.text) && last.lower !== last.lemma) out[verb] = 'past';
      else if (sharesFuture(words, out, s, first, verb)) out[verb] = 'future';
    }
  }
  return out;
}

/**
 * "will resume talks and sign the deal": a base form right after "and"/"or" with no marks of its own shares
 * the future of the verb chain it is coordinated with (the nearest verb before it in the sentence).
 */
function sharesFuture(words: readonly Word[], tenses: readonly Tense[], s: TokenRange, first: number, verb: number): boolean {
  const last = words[verb]!;
  if (first !== verb || first === s.first || last.lower !== last.lemma) return false;
  const joint = words[first - 1]!.lower;
  if (joint !== 'and' && joint !== 'or') return false;
  for (let k = first - 2; k >= s.first; k--) if (has(words[k], WORD.VERB)) return tenses[k] === 'future';
  return false;
}

/** Is any word from `first` to `last` in `set` (lower case)? */
function anyIn(words: readonly Word[], first: number, last: number, set: ReadonlySet<string>): boolean {
  for (let k = first; k <= last; k++) if (set.has(words[k]!.lower)) return true;
  return false;
}

/** Is any word from `first` to `last` of a closed class among `classes` (TENSE_MARKS bits)? */
function anyOfClass(entries: VocabularyEntries, first: number, last: number, classes: number): boolean {
  for (let k = first; k <= last; k++) if (((entries[k]?.closed ?? 0) & classes) !== 0) return true;
  return false;
}

/** The first word from `first` to `last` in `set`, lower case, or null. */
function firstIn(words: readonly Word[], first: number, last: number, set: ReadonlySet<string>): string | null {
  for (let k = first; k <= last; k++) if (set.has(words[k]!.lower)) return words[k]!.lower;
  return null;
}

/** "is to resume": a "to" inside the chain, after its first word. */
function infinitiveAfter(words: readonly Word[], first: number, last: number): boolean {
  if (words[first]!.lower === 'to') return false;
  for (let k = first + 1; k <= last; k++) if (words[k]!.lower === 'to') return true;
  return false;
}

/** A participle with a form of "be" or "get" at most three words before it, only adverbs and particles between. */
export function passivesOf(words: readonly Word[], sentences: readonly TokenRange[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (const s of sentences) {
    for (let i = s.first; i <= s.last; i++) {
      const t = words[i]!;
      if (t.pos !== 'VERB' || !participle(t)) continue;
      for (let k = i - 1; k >= Math.max(s.first, i - PASSIVE_REACH); k--) {
        const p = words[k]!;
        if (p.lemma === 'be' || p.lemma === 'get') {
          out[i] = 1;
          break;
        }
        if (p.pos !== 'ADV' && !(p.pos === 'PART' && p.lower !== 'to')) break;
      }
    }
  }
  return out;
}

const inGroup = (t: Word) => t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'ADV' || (t.pos === 'PART' && GROUP_PARTICLES.has(t.lower));

/**
 * Verb groups: runs of auxiliaries, verbs, adverbs and "to"/"not" with at least one verb, trimmed to their
 * first and last verb ("did not say", "plans to meet", "was attacked"). Negation counts the adverbs around
 * the verbs too ("never said").
 */
export function verbGroupsOf(words: readonly Word[], sentences: readonly TokenRange[], tenses: readonly Tense[], passives: Uint8Array, lex: SyntaxWords, skip: (i: number) => boolean): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (const s of sentences) {
    let i = s.first;
    while (i <= s.last) {
      if (!inGroup(words[i]!) || skip(i)) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 <= s.last && inGroup(words[end + 1]!) && !skip(end + 1)) end++;
      // The first and last verb or auxiliary, and the last verb proper.
      let lead = -1;
      let last = -1;
      let lastVerb = -1;
      for (let k = i; k <= end; k++) {
        if (!has(words[k], WORD.VERB)) continue;
        if (lead < 0) lead = k;
        last = k;
        if (words[k]!.pos === 'VERB') lastVerb = k;
      }
      if (lead >= 0) {
        const head = lastVerb >= 0 ? lastVerb : last;
        out.push({
          first: lead,
          last,
          lead,
          head,
          lemma: words[head]!.lemma,
          tense: tenses[head]!,
          negated: anyIn(words, i, end, lex.negators),
          modal: firstIn(words, i, end, lex.modals),
          passive: passives[head] === 1,
          finite: has(words[lead], WORD.INFLECTED) || lex.modals.has(words[lead]!.lower) || lex.pastVerbs.has(words[lead]!.lower),
          subject: null,
          object: null,
        });
      }
      i = end + 1;
    }
  }
  return out;
}
