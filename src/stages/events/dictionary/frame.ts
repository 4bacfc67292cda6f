/**
 * The clause the dictionary matcher reads: a verb, what stands before it (the subject side) and after it
 * (particles, object chunks, prepositional phrases), laid out as two sides of words in text order.
 *
 * From the syntax view (src/model/syntax.ts), for a verb group `g` of a clause that ends at `end` (the sentence's
 * end or its first BOUNDARY word after the group):
 *   const phrase = (r) => ({ words: texts(r), lemmas: lemmas(r), head: (s.chunkAt(r.last)?.head ?? r.last) - r.first });
 *   verb       g.head's text and lemma; passive: g.passive
 *   subject    g.subject → phrase (null for an infinitive or participle: the caller decides whose it is)
 *   preverb    the words from after the subject to before g.head: auxiliaries, "not", adverbs
 *   particles  the words right after g.head up to the next chunk or preposition: particles (off, up), adverbs
 *              (home), adjectives (confident); a preposition with no chunk after it ("fired at")
 *   objects    g.object → phrase, then any chunk right after it (a second object: "gave Iran weapons")
 *   preps      the attachments from g.last to `end`, in order, whose host is g or one of the clause's chunks
 *              after it: { prep: text of a.prep, object: phrase(s.chunks[a.object]) }
 *   subjectPreps  attachments hosted by the subject's chunk ("delivery of food")
 * Keep the words' own lemmas: they find forms the dictionary does not generate ("hitting" → HIT).
 */

/** A noun chunk: its words as written, their lemmas, and which word is its head. */
export interface FramePhrase {
  words: readonly string[];
  /** lemmas of `words` (any case); a word without one is compared as written */
  lemmas?: readonly (string | null | undefined)[];
  /** index of the head in `words`; default the last word */
  head?: number;
}

/** A prepositional phrase: the preposition and the chunk it introduces (null when none follows). */
export interface FramePrep {
  prep: string;
  object: FramePhrase | null;
}

export interface ClauseFrame {
  verb: { text: string; lemma?: string };
  /** the subject chunk */
  subject?: FramePhrase | null;
  /** prepositional phrases of the subject ("delivery of food", "refugees from Syria") */
  subjectPreps?: readonly FramePrep[];
  /** auxiliaries, negation and adverbs between the subject and the verb ("will not", "strongly") */
  preverb?: readonly string[];
  /** particles, adverbs and adjectives right after the verb ("off", "up", "home", "confident") */
  particles?: readonly string[];
  /** the object chunk(s), in order */
  objects?: readonly FramePhrase[];
  /** prepositional phrases after the verb, in text order */
  preps?: readonly FramePrep[];
  /** a passive verb: its by/from phrases stand on the subject side of the patterns (the agent) */
  passive?: boolean;
}

/** Where a marker of a pattern stood: which part of the frame, and its index in that list. */
export interface Slot {
  part: 'subject' | 'subjectPrep' | 'preverb' | 'particle' | 'object' | 'prep';
  index: number;
  /** the preposition, for the prepositional parts */
  prep?: string;
}

export interface SideWord {
  /** the word and its lemma, upper case */
  forms: readonly string[];
  unit: number;
  /** a word a run of pattern words may end on: a chunk's head, a word standing alone, a preposition */
  landing: boolean;
}

export interface SideUnit {
  kind: 'chunk' | 'word' | 'pp';
  slot: Slot;
  first: number;
  last: number;
  /** the chunk's head (for a prepositional phrase, its chunk's head; the preposition when it has none) */
  head: number;
}

export interface Side {
  words: SideWord[];
  units: SideUnit[];
}

const AGENT_PREPS = new Set(['BY', 'FROM']);

const upper = (s: string) => s.toUpperCase();

/** A passive clause's by- or from-phrase: its agent. */
const isAgent = (p: FramePrep) => AGENT_PREPS.has(upper(p.prep));

/** Are the two words the same but for the case of ASCII letters? (false where unsure: the caller then compares upper cases) */
export function sameAsciiLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const lx = x | 32;
    if (lx !== (y | 32) || lx < 97 || lx > 122) return false;
  }
  return true;
}

function forms(text: string, lemma: string | null | undefined): string[] {
  const t = upper(text);
  // Most words' lemma is the word itself in lower case: no upper-case copy is made to find that out.
  if (!lemma || sameAsciiLetters(text, lemma)) return [t];
  const l = upper(lemma);
  return l === t ? [t] : [t, l];
}

function addWord(side: Side, text: string, slot: Slot): void {
  const at = side.words.length;
  side.units.push({ kind: 'word', slot, first: at, last: at, head: at });
  side.words.push({ forms: forms(text, null), unit: side.units.length - 1, landing: true });
}

function addPhrase(side: Side, phrase: FramePhrase, unit: number): number {
  const first = side.words.length;
  for (let i = 0; i < phrase.words.length; i++) side.words.push({ forms: forms(phrase.words[i]!, phrase.lemmas?.[i]), unit, landing: false });
  const head = first + Math.min(phrase.head ?? phrase.words.length - 1, phrase.words.length - 1);
  if (phrase.words.length > 0) side.words[head]!.landing = true;
  return head;
}

function addChunk(side: Side, phrase: FramePhrase, slot: Slot): void {
  const unit = side.units.length;
  side.units.push({ kind: 'chunk', slot, first: side.words.length, last: side.words.length, head: side.words.length });
  const u = side.units[unit]!;
  u.head = addPhrase(side, phrase, unit);
  u.last = side.words.length - 1;
}

function addPrep(side: Side, p: FramePrep, slot: Slot): void {
  const unit = side.units.length;
  const first = side.words.length;
  side.units.push({ kind: 'pp', slot: { part: slot.part, index: slot.index, prep: p.prep.toLowerCase() }, first, last: first, head: first });
  side.words.push({ forms: [upper(p.prep)], unit, landing: true });
  const u = side.units[unit]!;
  if (p.object && p.object.words.length > 0) u.head = addPhrase(side, p.object, unit);
  u.last = side.words.length - 1;
}

/** The frame's two sides: before the verb (subject, its phrases, preverb words) and after it. */
export function sidesOf(frame: ClauseFrame): { pre: Side; post: Side } {
  const pre: Side = { words: [], units: [] };
  const post: Side = { words: [], units: [] };
  const preps = frame.preps ?? [];
  // Loops, not a closure per part: a frame is laid out for every verb the dictionary lists.
  const passive = frame.passive === true;
  if (passive) {
    // The agent stands where an active clause's subject would.
    for (let index = 0; index < preps.length; index++) {
      const p = preps[index]!;
      if (p.object && isAgent(p)) addChunk(pre, p.object, { part: 'prep', index, prep: p.prep.toLowerCase() });
    }
  } else {
    if (frame.subject && frame.subject.words.length > 0) addChunk(pre, frame.subject, { part: 'subject', index: 0 });
    const subjectPreps = frame.subjectPreps ?? [];
    for (let index = 0; index < subjectPreps.length; index++) addPrep(pre, subjectPreps[index]!, { part: 'subjectPrep', index });
  }
  const preverb = frame.preverb ?? [];
  for (let index = 0; index < preverb.length; index++) addWord(pre, preverb[index]!, { part: 'preverb', index });
  const particles = frame.particles ?? [];
  for (let index = 0; index < particles.length; index++) addWord(post, particles[index]!, { part: 'particle', index });
  const objects = frame.objects ?? [];
  for (let index = 0; index < objects.length; index++) if (objects[index]!.words.length > 0) addChunk(post, objects[index]!, { part: 'object', index });
  for (let index = 0; index < preps.length; index++) if (!(passive && isAgent(preps[index]!))) addPrep(post, preps[index]!, { part: 'prep', index });
  return { pre, post };
}
