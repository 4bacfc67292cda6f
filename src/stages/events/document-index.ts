/** What the coder looks up over the whole document for each event, indexed once so each lookup is short. */
import type { ActorReading, Timex, WorkingDoc, Word } from '../../model/index.ts';

export interface DocumentIndex {
  /** the first quote (in document order) whose content holds the token, or null */
  quoteAt(token: number): string | null;
  /** the timexes lying in [from, to), in document order */
  timexesWithin(from: number, to: number): Timex[];
  /** the country the story names most often (storyCountry), or null */
  storyCountry: string | null;
  /** what kind of speaker the quotes stage found for the quote with this id (person, organization, …), or null */
  speakerKind(quote: string): string | null;
  /** the actor link read where the text names the speaker of the quote with this id, or null */
  speakerActor(quote: string): ActorReading | null;
}

/** A state's code: three letters, not a body of several states (IGO, NGO, IMG) nor a collective (INT, WST). */
const STATE = /^(?!IGO|NGO|IMG|INT|WST)[A-Z]{3}$/;

/**
 * The country the story is about: the one its actors belong to most often (mentions read back from pronouns
 * count, they are the story's talk too), the first named among equals. Null when the story names none.
 */
export function storyCountry(actors: readonly (readonly ActorReading[])[]): string | null {
  const counts = new Map<string, number>();
  for (const sentence of actors) for (const a of sentence) if (a.country && STATE.test(a.country)) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  let best: string | null = null;
  for (const [country, n] of counts) if (best === null || n > counts.get(best)!) best = country;
  return best;
}

/**
 * One class, not an object of closures per document: its methods are made once, so V8 keeps their optimised code
 * across documents (a closure's code is dropped at a major GC once the document's closures are gone).
 */
class IndexedDocument implements DocumentIndex {
  readonly storyCountry: string | null;
  readonly #doc: WorkingDoc;
  readonly #words: readonly Word[];
  // Per token, the id of the first quote holding it: a quote spans many tokens, so an array rather than a map.
  readonly #quotes: (string | undefined)[];
  readonly #byStart: { x: Timex; i: number }[];
  readonly #kinds: Map<string, string | null>;
  readonly #speakers: Map<string, { start: number; end: number } | null>;

  constructor(doc: WorkingDoc, words: readonly Word[]) {
    this.#doc = doc;
    this.#words = words;
    this.#quotes = new Array(words.length);
    for (const q of doc.quotes) {
      for (const c of q.content) {
        for (let i = firstFrom(words, c.start); i < words.length && words[i]!.end <= c.end; i++) this.#quotes[i] ??= q.id;
      }
    }
    this.#byStart = doc.timexes.map((x, i) => ({ x, i })).sort((a, b) => a.x.start - b.x.start || a.i - b.i);
    this.#kinds = new Map(doc.quotes.map((q) => [q.id, q.speaker.kind]));
    this.#speakers = new Map(doc.quotes.map((q) => [q.id, q.speaker.mention]));
    this.storyCountry = storyCountry(doc.actors ?? []);
  }

  speakerKind(quote: string): string | null {
    return this.#kinds.get(quote) ?? null;
  }

  // Asked only for a quote whose sentence names no speaker: a scan of the readings, not an index built for every document.
  speakerActor(quote: string): ActorReading | null {
    const m = this.#speakers.get(quote);
    if (!m) return null;
    const words = this.#words;
    for (const sentence of this.#doc.actors ?? []) for (const a of sentence) if (words[a.first]!.start < m.end && words[a.last]!.end > m.start) return a;
    return null;
  }

  quoteAt(token: number): string | null {
    return this.#quotes[token] ?? null;
  }

  timexesWithin(from: number, to: number): Timex[] {
    const byStart = this.#byStart;
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.x.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: { x: Timex; i: number }[] = [];
    for (let k = lo; k < byStart.length && byStart[k]!.x.start < to; k++) if (byStart[k]!.x.end <= to) out.push(byStart[k]!);
    return out.sort((a, b) => a.i - b.i).map((e) => e.x);
  }
}

/** The first word that starts at or after a document offset (binary search). */
function firstFrom(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function documentIndex(doc: WorkingDoc, words: readonly Word[]): DocumentIndex {
  return new IndexedDocument(doc, words);
}
