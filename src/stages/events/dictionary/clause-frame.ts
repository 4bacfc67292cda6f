/**
 * The clause frame of a verb group, read off the syntax view, as frame.ts describes it: the matcher's input.
 * The clause ends at the sentence's end or its first BOUNDARY word after the group.
 */
import { has, WORD, type Syntax, type TokenRange, type VerbGroup } from '../../../model/index.ts';
import type { ClauseFrame, FramePhrase, FramePrep } from './frame.ts';
import type { DictionaryIndex } from './dictionary-index.ts';
import { bestClauseMatch, type DictionaryMatch } from './match-clause.ts';

/** Names of days and months and the deictic day words: a date, never the head of the phrase it ends. */
const DATE_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight)$/;
/** Words that lead a date in the same phrase ("early Saturday", "last Monday"). */
const DATE_LEAD: ReadonlySet<string> = new Set(['early', 'late', 'last', 'next', 'this']);

/**
 * "kicked off a preliminary training Tuesday", "launched the operation early Saturday": the chunker runs a date on
 * into the noun phrase before it and makes it the head. The head is the word before the date (and the words that
 * lead it); a phrase that is all date keeps its own head.
 */
export function headBeforeDate(syntax: Syntax, first: number, head: number): number {
  const lower = (k: number) => syntax.words[k]!.lower;
  if (!DATE_WORD.test(lower(head))) return head;
  let k = head - 1;
  while (k >= first && (DATE_WORD.test(lower(k)) || DATE_LEAD.has(lower(k)))) k--;
  return k >= first ? k : head;
}

/** Is word `k` a hyphen glued to the words on both its sides ("all-out", "large-scale"), as a compound writes it? */
function compoundHyphen(syntax: Syntax, k: number): boolean {
  const w = syntax.words[k];
  const before = syntax.words[k - 1];
  const after = syntax.words[k + 1];
  return w?.text === '-' && !!before && !!after && before.end === w.start && w.end === after.start;
}

/**
 * "a large-scale offensive": the tagger reads the word after a hyphen compound as an adjective, and the chunker
 * makes the compound's second part ("scale") the head. A head that closes a hyphen compound with words after it
 * in its chunk modifies them: the chunk's last word is the head.
 */
function headAfterCompound(syntax: Syntax, head: number, last: number): number {
  return head < last && compoundHyphen(syntax, head - 1) ? last : head;
}

function phrase(syntax: Syntax, r: TokenRange): FramePhrase {
  // One loop over the range, not a slice mapped twice: a frame reads a few phrases for every verb of a document.
  // Sized once: an array grown by push from empty takes room for 17 words, most phrases have two or three.
  const last = Math.min(r.last, syntax.words.length - 1);
  const words = new Array<string>(Math.max(0, last - r.first + 1));
  const lemmas = new Array<string>(words.length);
  for (let k = r.first; k <= last; k++) {
    const w = syntax.words[k]!;
    words[k - r.first] = w.text;
    lemmas[k - r.first] = w.lemma;
  }
  const chunkHead = syntax.chunkAt(r.last)?.head ?? r.last;
  const head = headBeforeDate(syntax, r.first, headAfterCompound(syntax, chunkHead, last)) - r.first;
  return { words, lemmas, head: Math.max(0, Math.min(head, words.length - 1)) };
}

/** Does the word start with a letter (a to z, either case)? Numbers and punctuation are no particle or preverb word. */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c >= 97 && c <= 122;
}

/** A prepositional phrase of the frame: the preposition as written and the chunk it introduces. */
function framePrep(syntax: Syntax, a: Syntax['attachments'][number]): FramePrep {
  const object = syntax.chunks[a.object];
  return { prep: syntax.words[a.prep]!.text, object: object ? phrase(syntax, object) : null };
}

/** The index of the first attachment whose preposition is at or after word `i` (attachments go in word order). */
function firstAttachmentFrom(syntax: Syntax, i: number): number {
  const list = syntax.attachments;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.prep < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Nouns that only measure or package what their of-phrase names (coding decision 12: quantity words are
 * transparent, "cut the number of peacekeepers" is CUT * &PKO; "resumed shipments of aid" is RESUME * AID). Lemmas.
 */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['number', 'amount', 'quantity', 'batch', 'consignment', 'shipment', 'load', 'cargo', 'ton', 'tonne', 'dozen', 'hundred', 'thousand', 'score', 'portion', 'bulk']);

/**
 * The chunk a quantity noun's "of" introduces right after the object ("the number of troops" → troops), read as a
 * second object; null for any other object. The quantity chunk stays first, so the dictionary's patterns written over
 * it (`* NUMBER (OF &MILITARY)`, `* SHIPMENT (OF &FOOD)`) still fit and, filling more slots, still win.
 */
function measuredChunk(syntax: Syntax, object: TokenRange): TokenRange | null {
  const head = syntax.chunkAt(object.last)?.head ?? object.last;
  if (!QUANTITY_NOUNS.has(syntax.words[head]!.lemma)) return null;
  const a = syntax.attachments[firstAttachmentFrom(syntax, object.last + 1)];
  if (!a || a.prep !== object.last + 1 || syntax.words[a.prep]!.lower !== 'of') return null;
  return syntax.chunks[a.object] ?? null;
}

/** Where the clause of a group ends (exclusive): its sentence's end or the first boundary word after the group. */
export function clauseEndOf(syntax: Syntax, g: VerbGroup): number {
  const sentence = syntax.sentences[syntax.words[g.head]!.sentence]!;
  for (let k = g.last + 1; k <= sentence.last; k++) if (has(syntax.words[k], WORD.BOUNDARY)) return k;
  return sentence.last + 1;
}

/** How many words may stand between a verb and the object chunk the chunker did not give it ("a third", "newly -", "the short - lived"). */
const OBJECT_LEAD_REACH = 5;
/** Words that may lead into an object the chunker started late: its determiner, a number, an adjective. */
const OBJECT_LEAD: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);

/**
 * "received newly-accredited Ambassador …", "signed earlier the executive order", "launched a third legal challenge"
 * (the tagger calls "third" an adverb): the chunker opens no object at an adverb, so the group has none though a noun
 * chunk of its clause follows. Where only an adverb, a glued hyphen and the words that lead into a noun phrase stand
 * between, that chunk is the object. No adverb, no object: "fired at", "said, …" and "is in Iran" stay as they are.
 * An object a hyphen compound cut short runs on to the noun after it (objectPastCompound).
 */
export function objectPastAdverb(syntax: Syntax, g: VerbGroup, end: number): TokenRange | null {
  if (g.object) return objectPastCompound(syntax, g.object, end);
  let adverb = false;
  for (let k = g.last + 1; k < end && k <= g.last + OBJECT_LEAD_REACH; k++) {
    const c = syntax.chunkAt(k);
    if (c) return adverb ? objectPastCompound(syntax, { first: c.first, last: c.last }, end) : null;
    const w = syntax.words[k]!;
    const gluedHyphen = w.text === '-' && syntax.words[k - 1]!.end === w.start;
    // "dispersed the short-lived demonstration": a compound's second part the tagger calls a verb stops the chunker as an adverb does.
    if (w.pos === 'ADV' || compoundHyphen(syntax, k - 1)) adverb = true;
    else if (!OBJECT_LEAD.has(w.pos) && !gluedHyphen) return null;
  }
  return null;
}

/**
 * "pledged all-out efforts", "declared an all-out war": the chunker ends the object at a hyphen compound whose
 * parts it misreads ("all" a determiner, "out" a preposition), leaving the noun it modifies outside. A noun chunk
 * right after the compound is the object's own end, its head the object's head.
 */
function objectPastCompound(syntax: Syntax, object: TokenRange, end: number): TokenRange {
  // The object ends at the compound's first part: the hyphen follows it, the second part the hyphen, the noun that.
  const hyphen = object.last + 1;
  const next = hyphen + 2;
  if (next >= end || !compoundHyphen(syntax, hyphen)) return object;
  const c = syntax.chunkAt(next);
  return c && c.first === next ? { first: object.first, last: c.last } : object;
}

export function clauseFrame(syntax: Syntax, g: VerbGroup): ClauseFrame {
  const { words } = syntax;
  const end = clauseEndOf(syntax, g);
  const head = words[g.head]!;
  const subjectChunk = g.subject ? syntax.chunkAt(g.subject.last) : null;
  const preps: FramePrep[] = [];
  const subjectPreps: FramePrep[] = [];
  // Where the first preposition taken stands (attachments go in word order): the particles stop there.
  let firstPrepAt = -1;
  // Only the prepositions between the subject and the clause's end can belong to the frame.
  const from = g.subject ? Math.min(g.subject.last + 1, g.first) : g.first;
  for (let k = firstAttachmentFrom(syntax, from); k < syntax.attachments.length; k++) {
    const a = syntax.attachments[k]!;
    if (a.prep >= end) break;
    if (a.host?.kind === 'chunk' && subjectChunk && syntax.chunks[a.host.index] === subjectChunk && g.subject && a.prep > g.subject.last && a.prep < g.first) subjectPreps.push(framePrep(syntax, a));
    if (a.prep <= g.last || !a.host) continue;
    const host = a.host.kind === 'verb' ? syntax.verbGroups[a.host.index] : syntax.chunks[a.host.index];
    if (a.host.kind === 'verb' ? host !== g : (host?.first ?? -1) <= g.last) continue;
    preps.push(framePrep(syntax, a));
    if (firstPrepAt < 0) firstPrepAt = a.prep;
  }
  // Particles: the words right after the verb up to the next chunk or preposition ("fired at", "called off").
  const particles: string[] = [];
  for (let k = g.head + 1; k < end && particles.length < 3; k++) {
    const w = words[k]!;
    if (syntax.chunkAt(k) || k === firstPrepAt || has(w, WORD.VERB) || !startsWithLetter(w.text)) break;
    particles.push(w.text);
  }
  const objects: FramePhrase[] = [];
  const object = objectPastAdverb(syntax, g, end);
  if (object && object.first < end) {
    objects.push(phrase(syntax, object));
    const measured = measuredChunk(syntax, object);
    const next = measured ?? syntax.chunkAt(object.last + 1);
    if (next && (measured !== null || next.first === object.last + 1) && next.first < end) objects.push(phrase(syntax, next));
  }
  const preverbFrom = g.subject && g.subject.last < g.head ? Math.max(g.subject.last + 1, g.first) : g.first;
  const preverb: string[] = [];
  for (let k = preverbFrom; k < g.head; k++) if (startsWithLetter(words[k]!.text)) preverb.push(words[k]!.text);
  return {
    verb: { text: head.text, lemma: head.lemma },
    subject: g.subject ? phrase(syntax, g.subject) : null,
    subjectPreps,
    preverb,
    particles,
    objects,
    preps,
    passive: g.passive,
  };
}

/** Each verb group's best reading, per dictionary: the trigger pass reads a clause and the event builder asks again. */
const readings = new WeakMap<DictionaryIndex, WeakMap<VerbGroup, DictionaryMatch | undefined>>();

/** `bestClauseMatch` of the group's clause frame, worked out once per group. */
export function clauseReading(index: DictionaryIndex, syntax: Syntax, g: VerbGroup): DictionaryMatch | undefined {
  let byGroup = readings.get(index);
  if (!byGroup) readings.set(index, (byGroup = new WeakMap()));
  let found = byGroup.get(g);
  if (found !== undefined || byGroup.has(g)) return found;
  found = bestClauseMatch(index, clauseFrame(syntax, g));
  byGroup.set(g, found);
  return found;
}
