import { has, WORD, type LocalRange as Range, type Word } from '../../model/index.ts';
import type { QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import type { CueMatch, Found, ParagraphView, PlacedSegment, RawAttribution } from './attribution-model.ts';

const DASH = /^(?:-|--|—|–)$/;
const DANGLING = new Set(['SCONJ', 'CCONJ']);
/** Forms of "be": before a participle cue they make it passive. */
export const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
// Subordinating conjunctions that open a clause before the main one ("After X announced …, Y …").
const FRONTED = new Set(['after', 'when', 'while', 'since', 'although', 'though', 'because', 'if', 'as', 'before', 'once', 'unless', 'until', 'whereas', 'whenever']);
const WH = /^(?:whether|if|how|why|what|when|where|who)$/;
const QUANTITY_MODIFIERS = new Set(['at least', 'at most', 'more than', 'less than', 'fewer than', 'up to']);

export const lower = (t: Word | undefined) => t?.lower ?? '';
export const isComma = (t: Word | undefined) => has(t, WORD.COMMA);
export const isFinalPunct = (t: Word | undefined) => has(t, WORD.FINAL);
export const isQuoteMark = (t: Word | undefined) => has(t, WORD.QUOTE_MARK);
export const isVerb = (t: Word | undefined) => has(t, WORD.VERB);
export const isDash = (t: Word | undefined) => t !== undefined && DASH.test(t.text);

/** Content found for an attribution: its type and character ranges. */
export interface Content {
  type: 'direct' | 'indirect' | 'mixed';
  content: [number, number][];
}

/**
 * One unit of a paragraph (a sentence, or sentences joined across a quote) as every attribution layout reads
 * it: its words and placed quotation marks, its cues, the attributions found in it so far, and the small
 * readings the layouts share (where a reported clause ends, whether words are a clause, where content starts
 * after a cue). Indices are into the paragraph's words; nothing outside `[u0, u1]` is taken.
 */
export class UnitView {
  readonly toks: readonly Word[];
  /** attributions found in this unit so far, in the order found */
  readonly here: RawAttribution[] = [];
  readonly #cues: ReadonlySet<number>;
  readonly #subjects = new Map<number, Range | null>();

  constructor(
    readonly paragraph: ParagraphView,
    readonly lex: QuoteLexicons,
    readonly u0: number,
    readonly u1: number,
    readonly unit: number,
    cues: readonly number[],
  ) {
    this.toks = paragraph.toks;
    this.#cues = new Set(cues);
  }

  get syntax() {
    return this.paragraph.syntax;
  }

  isCue(i: number): boolean {
    return this.#cues.has(i);
  }

  isTime(t: Word | undefined): boolean {
    return t !== undefined && this.paragraph.isTime(t);
  }

  /** Record an attribution found in this unit. */
  push(a: Found): RawAttribution {
    const full: RawAttribution = {
      type: a.type, content: a.content, speaker: a.speaker, sameSpeakerAs: a.sameSpeakerAs ?? null, cue: a.cue, lemma: a.lemma,
      speech: a.speech, cueClass: a.cueClass ?? null, layout: a.layout, apposition: a.apposition ?? null, unit: this.unit,
    };
    this.here.push(full);
    return full;
  }

  segAt(i: number): PlacedSegment | null {
    const { segmentOf, segments } = this.paragraph;
    return i >= 0 && i < this.toks.length && segmentOf[i]! >= 0 ? segments[segmentOf[i]!]! : null;
  }

  opensSegment(i: number): PlacedSegment | null {
    const s = this.segAt(i);
    return s !== null && s.firstTok === i && isQuoteMark(this.toks[i]) ? s : null;
  }

  closesSegment(i: number): PlacedSegment | null {
    const s = this.segAt(i);
    return s !== null && s.closed && s.lastTok === i && isQuoteMark(this.toks[i]) ? s : null;
  }

  /** Does the unit hold any quoted words? */
  quoted(): boolean {
    for (let i = this.u0; i <= this.u1; i++) if (this.paragraph.segmentOf[i]! >= 0) return true;
    return false;
  }

  charRange(a: number, b: number): [number, number] {
    return [this.toks[a]!.start, this.toks[b]!.end];
  }

  /** The subject phrase before a cue ("Sergey Shoigu once said", "officials on Monday said"). */
  subjectBefore(c: number, lo = this.u0): Range | null {
    return this.syntax.subjectBefore(this.toks, c, lo, (w) => this.isTime(w));
  }

  /** The subject of the cue at `c` in this unit (read once, asked by several layouts). */
  subjectOf(c: number): Range | null {
    if (!this.#subjects.has(c)) {
      const subject = this.subjectBefore(c);
      this.#subjects.set(c, subject && this.withHead(subject));
    }
    return this.#subjects.get(c)!;
  }

  /**
   * "One person familiar with the talks said": the syntax view's subject is the last noun phrase; the
   * speaker is the head phrase with its prepositional complements, so the phrase reaches back over
   * "(adjective) preposition" links to the head noun phrase.
   */
  withHead(subject: Range): Range {
    const { toks, u0 } = this;
    let first = subject.first;
    for (let hops = 0; hops < 3; hops++) {
      let p = first - 1;
      if (p < u0 || !has(toks[p], WORD.INNER_ADP) || toks[p]!.pos !== 'ADP') break;
      p--;
      if (toks[p]?.pos === 'ADJ') p--;
      if (p < u0 || !(toks[p]!.pos === 'NOUN' || toks[p]!.pos === 'PROPN' || toks[p]!.pos === 'NUM' || lower(toks[p]) === 'one')) break;
      const head = this.syntax.phraseEndingAt(toks, p, u0);
      if (!head) break;
      first = head.first;
    }
    // The head phrase opens the clause: "After the talks with Iran officials said" keeps its subject.
    const opens = first === u0 || isComma(toks[first - 1]) || toks[first - 1]!.pos === 'CCONJ' || isQuoteMark(toks[first - 1]);
    return first === subject.first || !opens ? subject : { first, last: subject.last };
  }

  /** The noun phrase that starts at `i` (inverted order: "said the expert"), time words left out of its end. */
  phraseStartingAt(i: number, hi: number): Range | null {
    return this.syntax.phraseStartingAt(this.toks, i, hi, (w) => this.isTime(w));
  }

  /**
   * "said the coming year will be …", "saying 2010 has had …": a time noun phrase followed by a verb is the
   * content's subject; a bare weekday is not ("the deal announced Tuesday is …" reads the verb after it).
   */
  timeSubject(k: number): boolean {
    const { toks } = this;
    if (!this.isTime(toks[k]) || this.isTime(toks[k - 1]) || !(toks[k]!.pos === 'DET' || /^\d{4}$/.test(toks[k]!.text))) return false;
    let e = k;
    while (this.isTime(toks[e + 1])) e++;
    return isVerb(toks[e + 1]);
  }

  /** "late on Thursday", "early Monday": a modifier of a time expression goes with it. */
  modifiesTime(k: number): boolean {
    const { toks } = this;
    return (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV') && (this.isTime(toks[k + 1]) || (toks[k + 1]?.pos === 'ADP' && this.isTime(toks[k + 2])));
  }

  /** Last token of a reported clause that starts at `k`, cut before a sibling cue or a new attribution. */
  clauseEnd(k: number): number {
    const { toks, u1 } = this;
    let end = u1;
    for (let i = k; i <= u1; i++) {
      const seg = this.segAt(i);
      if (seg && seg.firstTok === i && seg.lastTok > i) {
        i = seg.lastTok;
        continue;
      }
      const w = lower(toks[i]);
      if (w === ';') {
        end = i - 1;
        break;
      }
      if (w === 'according' && lower(toks[i + 1]) === 'to' && i > k) {
        end = i - 1;
        break;
      }
      if (isComma(toks[i]) && i > k && this.frontedClauseEndsAt(i)) {
        end = i - 1;
        break;
      }
      const conj = isComma(toks[i]) || toks[i]!.pos === 'CCONJ';
      if (!conj || i === k) continue;
      let n = i + 1;
      if (isComma(toks[i]) && toks[n]?.pos === 'CCONJ') n++;
      const after = lower(toks[n]);
      if (isComma(toks[i]) && (after === 'while' || after === 'whereas')) {
        end = i - 1;
        break;
      }
      while (n <= u1 && toks[n]!.pos === 'ADV') n++;
      if (this.isCue(n) || (this.coordinatedCue(n) && !this.relativeAsideIn(k, i))) {
        end = i - 1;
        break;
      }
      if (toks[n - 1]?.pos === 'CCONJ' || (toks[i]!.pos === 'CCONJ' && n === i + 1)) {
        // "…, but gave no details", "… but did not say": a second predicate of the outer subject.
        const commaBut = isComma(toks[i]) && lower(toks[i + 1]) === 'but';
        if (commaBut && isVerb(toks[n]) && !/ing$/.test(toks[n]!.text)) {
          end = i - 1;
          break;
        }
        if (/^(?:did|does|do)$/.test(lower(toks[n])) && lower(toks[n + 1]) === 'not') {
          end = i - 1;
          break;
        }
        // "…, but the Moscow region's chief veterinary official, Valery Sitnikov, said …": a new attribution.
        if (isComma(toks[i]) && this.newAttributionAt(n)) {
          end = i - 1;
          break;
        }
      }
    }
    // Cut-off paragraphs leave "…, though" or "even if": a dangling conjunction is not content.
    while (end > k && (isFinalPunct(toks[end]) || isComma(toks[end]) || isDash(toks[end]) || DANGLING.has(toks[end]!.pos) || (lower(toks[end]) === 'even' && DANGLING.has(toks[end + 1]?.pos ?? ''))) && !this.closesSegment(end)) end--;
    // A closing mark after final punctuation belongs to the content: …agony."
    return end;
  }

  /**
   * "… and has demanded his release", "…, but has insisted …", "X, a friend who says …, has said": a cue after
   * its own auxiliaries (and adverbs) is a second predicate of the subject, not content. A passive ("and are
   * expected to") is no such cue.
   */
  private coordinatedCue(n: number): boolean {
    const { toks, u1 } = this;
    let k = n;
    while (k <= u1 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV')) k++;
    return k > n && toks[n]!.pos === 'AUX' && this.isCue(k) && !this.passiveAt(k);
  }

  /**
   * "After Peru announced the decision, the ministry issued …": a clause that opens the unit with a
   * subordinating conjunction ends at its first comma, and a cue inside it reports no further.
   */
  private frontedClauseEndsAt(comma: number): boolean {
    const { toks, u0 } = this;
    let first = u0;
    while (first < comma && (toks[first]!.pos === 'PUNCT' || toks[first]!.pos === 'CCONJ')) first++;
    if (!FRONTED.has(lower(toks[first])) || this.segAt(first)) return false;
    for (let j = first + 1; j < comma; j++) if (isComma(toks[j])) return false;
    return true;
  }

  /** A cue's participle after a form of "be" ("were reported"): passive, its subject no speaker. */
  private passiveAt(c: number): boolean {
    return BE.has(lower(this.toks[c - 1])) && !/ing$/.test(this.toks[c]!.text);
  }

  /**
   * "says Ahmadinejad, who said …, must know": a relative aside opened inside the content, between `k` and the
   * comma at `i`, is closed by that comma, and the verb after it is the content's own.
   */
  private relativeAsideIn(k: number, i: number): boolean {
    for (let j = k; j < i; j++) if (isComma(this.toks[j]) && /^(?:who|which)$/.test(lower(this.toks[j + 1]))) return true;
    return false;
  }

  /**
   * Does a phrase starting at `n` open a new attribution (it is the subject of the next cue)? The subject of a
   * passive ("…, but no casualties were reported") is no speaker: the clause goes on reporting.
   */
  private newAttributionAt(n: number): boolean {
    const { toks, u1 } = this;
    for (let c = n + 1; c <= u1 && c < n + 25; c++) {
      if (this.isCue(c)) return !this.passiveAt(c) && this.subjectBefore(c, n)?.first === n;
      if (isVerb(toks[c]) && toks[c]!.pos === 'VERB') return false;
    }
    return false;
  }

  /**
   * Is `[k, end]` a clause (reported content), not a noun phrase or an infinitive? After "say" (or "that",
   * `gerund`) the clause may hold relatives and infinitives before its verb; after other cues the first verb
   * must be finite, so "denied the charges that …" and "announced plans to …" stay out.
   */
  isClause(k: number, end: number, gerund = false): boolean {
    const { toks } = this;
    // "asked whether …", "explained why …": the wh-word opens the clause.
    if (WH.test(lower(toks[k])) && k < end) return this.isClause(k + 1, end, true);
    if ((toks[k]!.pos === 'PUNCT' && !isQuoteMark(toks[k])) || lower(toks[k]) === 'to') return false;
    if (!gerund && (toks[k]!.pos === 'ADP' || toks[k]!.pos === 'PART')) return false;
    for (let i = k; i <= end; i++) {
      if (this.segAt(i)) return true;
      if (i > k && /^(?:that|which|who)$/.test(toks[i]!.text) && !gerund) return false;
      // After other cues the clause opens with its subject: only noun-phrase words before the verb.
      if (!gerund && !isVerb(toks[i]) && !has(toks[i], WORD.NOMINAL) && !(has(toks[i], WORD.INNER_ADP) || lower(toks[i]) === 'by')) return false;
      if (isVerb(toks[i])) {
        if (lower(toks[i - 1]) === 'to') {
          if (gerund) continue;
          return false;
        }
        if ((i === k || !gerund) && /ing$/i.test(toks[i]!.text)) return gerund;
        return true;
      }
    }
    // The tagger misses verbs ("the treaty matters/NOUN"): after "say", three words still make a clause, unless they are a prepositional phrase.
    return gerund && end - k >= 2 && toks[k]!.pos !== 'ADP';
  }

  /** Mixed when a quoted fragment (not a name: "dubbed 'X'") sits in the content, else indirect. */
  typeOf(a: number, b: number): 'indirect' | 'mixed' {
    const { toks } = this;
    for (let i = a; i <= b; i++) {
      const seg = this.segAt(i);
      if (seg && seg.firstTok === i) {
        if (!this.lex.naming.has(lower(toks[i - 1])) && seg.lastTok - seg.firstTok >= 2) return 'mixed';
        i = seg.lastTok;
      }
    }
    return 'indirect';
  }

  /** Content that starts at `k` and runs to the clause end, direct when it is one whole quote. */
  contentFrom(k: number, gerund = false): Content | null {
    const { toks, u1 } = this;
    if (k > u1 || isFinalPunct(toks[k])) return null;
    const seg = this.opensSegment(k);
    if (seg) {
      let after = seg.lastTok + 1;
      while (after <= u1 && (isFinalPunct(toks[after]) || isComma(toks[after]))) after++;
      if (after > u1) {
        seg.used = true;
        return { type: 'direct', content: [[seg.open, seg.close]] };
      }
    }
    const end = this.clauseEnd(k);
    if (end < k || !this.isClause(k, end, gerund)) return null;
    return { type: this.typeOf(k, end), content: [this.charRange(k, end)] };
  }

  /** Pass over what sits between a cue and its content: time words and adverbs, "in July", "in a statement". */
  skipAdverbials(c: number, from: number): number {
    const { toks, u1 } = this;
    let k = from;
    for (;;) {
      while (k <= u1 && (this.isTime(toks[k]) || toks[k]!.pos === 'ADV' || this.modifiesTime(k)) && !isQuoteMark(toks[k]) && lower(toks[k]) !== 'that' && !this.timeSubject(k)) k++;
      // "said Thursday, the strain was …"
      if (k > c + 1 && isComma(toks[k]) && this.isTime(toks[k - 1]) && !this.opensSegment(k + 1)) k++;
      if (k <= u1 && toks[k]!.pos === 'ADP' && /^(?:in|on|at|during|through|over|via)$/i.test(toks[k]!.text)) {
        // "in July", "in a statement", "on U.S. radio": up to the time word or setting noun, no further.
        let e = k + 1;
        let timely = false;
        while (e <= u1 && e < k + 8 && (toks[e]!.pos === 'DET' || toks[e]!.pos === 'ADJ' || toks[e]!.pos === 'NOUN' || toks[e]!.pos === 'PROPN' || toks[e]!.pos === 'NUM' || /^(?:'s|\.)$/.test(toks[e]!.text))) {
          e++;
          if (this.isTime(toks[e - 1]) || this.lex.settings.has(lower(toks[e - 1]))) {
            timely = true;
            break;
          }
        }
        if (timely) {
          k = e;
          if (isComma(toks[k]) && !this.opensSegment(k + 1)) k++;
          continue;
        }
      }
      return k;
    }
  }

  /** Where the content of a cue at `c` starts, and the layout that says how ("said that", "said:", "said bare"). */
  contentStart(c: number, object: boolean): { k: number; layout: string } {
    const { toks, u1 } = this;
    let k = this.skipAdverbials(c, c + 1);
    // "told cabinet members Friday that …", "told his Japanese counterpart, Taro Aso, that …"
    for (let t = k; t <= u1 && t < k + 14; t++) {
      if (lower(toks[t]) === 'that' && (toks[t]!.pos === 'SCONJ' || t === k || object)) return { k: t + 1, layout: 'said-that' };
      if (this.inCompound(t)) continue;
      if (isVerb(toks[t]) || isQuoteMark(toks[t]) || toks[t]!.text === ':' || has(toks[t], WORD.CLAUSE_WORD) || isFinalPunct(toks[t])) break;
      if (!object && t > k) break;
    }
    if (object && k <= u1 && !isQuoteMark(toks[k]) && toks[k]!.text !== ':' && !/^(?:he|she|they|it|we|i)$/i.test(toks[k]!.text)) {
      // Skip the addressee: a noun phrase that ends before a new determiner, a pronoun or a time word.
      let seenHead = false;
      while (k <= u1) {
        const t = toks[k]!;
        if (this.inCompound(k)) {
          k++;
          continue;
        }
        if (seenHead && (t.pos === 'DET' || /^(?:he|she|they|it|we|i)$/i.test(t.text) || this.isTime(t) || isQuoteMark(t) || isVerb(t))) break;
        if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || /^(?:'s|\.|,)$/.test(t.text) || (t.pos === 'PRON' && !seenHead))) break;
        if (t.pos === 'NOUN' || t.pos === 'PROPN') seenHead = true;
        k++;
      }
      k = this.skipAdverbials(c, k);
      if (lower(toks[k]) === 'that') return { k: k + 1, layout: 'said-that' };
    }
    if (toks[k]?.text === ':') return { k: k + 1, layout: 'colon' };
    if (isComma(toks[k]) && this.opensSegment(k + 1)) return { k: k + 1, layout: 'said-quote' };
    if (lower(toks[k]) === 'that') return { k: k + 1, layout: 'said-that' };
    return { k, layout: this.opensSegment(k) ? 'said-quote' : 'said-bare' };
  }

  /** A hyphen glued between two words, or the word glued after it ("state-owned", "Al-Ahram"): one word with the one before. */
  private inCompound(i: number): boolean {
    const { toks } = this;
    const glued = (a: number) => toks[a - 1] !== undefined && toks[a - 1]!.end === toks[a]!.start;
    if (toks[i]!.text === '-') return glued(i) && toks[i + 1] !== undefined && glued(i + 1);
    return toks[i - 1]?.text === '-' && glued(i) && glued(i - 1);
  }

  /**
   * The content after a cue at `c` and the layout that says how it follows. Indirect content after "that"
   * starts at the complementizer, as annotators mark it ("said that the plan failed" → "that the plan failed").
   * A cue that takes other content reads a noun phrase, an infinitive or an object with its predicate when no
   * clause follows ("denied the charges", "vowed to repeal the tax", "called the deal a disaster").
   */
  contentAfterCue(c: number, cue: CueMatch): { body: Content; layout: string } | null {
    const last = c + cue.width - 1;
    if (cue.frame !== 'object') {
      const start = this.contentStart(last, cue.object);
      const body = this.contentFrom(start.k, cue.lemma === 'say' || start.layout === 'said-that');
      if (body) {
        if (start.layout === 'said-that' && body.type !== 'direct') body.content[0]![0] = this.toks[start.k - 1]!.start;
        return { body, layout: start.layout };
      }
      if (start.layout === 'said-that' || cue.frame === 'clause') return null;
    }
    let k = this.skipAdverbials(last, last + 1);
    // "called on Monday for a ceasefire": the particle comes after the time phrase.
    if (k > last + 1 && cue.particles.has(lower(this.toks[k]))) k++;
    const body = this.otherContentFrom(k);
    // "a group called Hamas attacked the town": a naming participle, its "content" a clause. A cue with its
    // particle ("Faki called on troops to …") names nothing.
    const reducedRelative = cue.width === 1 && this.lex.naming.has(lower(this.toks[c])) && (this.toks[c - 1]?.pos === 'NOUN' || this.toks[c - 1]?.pos === 'PROPN');
    if (!body || (reducedRelative && this.finiteVerbIn(k, body))) return null;
    return { body, layout: 'said-other' };
  }

  /** Does content read from `k` hold a finite verb before any relative word? */
  private finiteVerbIn(k: number, body: Content): boolean {
    const end = body.content[0]![1];
    for (let i = k; i < this.toks.length && this.toks[i]!.end <= end; i++) {
      if (has(this.toks[i], WORD.CLAUSE_WORD)) return false;
      if (has(this.toks[i], WORD.INFLECTED)) return true;
    }
    return false;
  }

  /** Content that is not a clause, from `k` to the clause end: a noun phrase, "to" + verb, a gerund, an object and its predicate. */
  otherContentFrom(k: number): Content | null {
    const { toks, u1 } = this;
    const t = toks[k];
    if (!t || k > u1) return null;
    const infinitive = t.lower === 'to' && isVerb(toks[k + 1]);
    // A participle read as a verb before its noun ("phased redeployment") opens a noun phrase.
    const participle = t.pos === 'VERB' && /ed$/.test(t.lower) && toks[k + 1]?.pos === 'NOUN';
    // "reported at least four deaths", "more than 300 people": a quantity's modifier opens its noun phrase.
    const quantity = QUANTITY_MODIFIERS.has(`${t.lower} ${lower(toks[k + 1])}`) && toks[k + 2]?.pos === 'NUM';
    const opens = infinitive || participle || quantity || this.opensSegment(k) !== null || (t.pos === 'VERB' && /ing$/.test(t.lower)) || (t.pos === 'ADV' && toks[k + 1]?.pos === 'ADJ') || (has(t, WORD.NOMINAL) && t.pos !== 'PUNCT');
    if (!opens) return null;
    const end = this.clauseEnd(k);
    if (end < k) return null;
    return { type: this.typeOf(k, end), content: [this.charRange(k, end)] };
  }

  /** Content that ends at `boundary` and starts the unit ("…," said X): a whole quote is direct. */
  contentBefore(boundary: number): Content | null {
    const { toks, u0 } = this;
    let b = boundary;
    if (isComma(toks[b]) && this.closesSegment(b - 1)) b--;
    const seg = this.closesSegment(b);
    if (seg) {
      let s0 = u0;
      while (s0 < seg.firstTok && (toks[s0]!.pos === 'PUNCT' || toks[s0]!.pos === 'CCONJ')) s0++;
      if (s0 >= seg.firstTok) {
        seg.used = true;
        return { type: 'direct', content: [[seg.open, seg.close]] };
      }
      return { type: 'mixed', content: [this.charRange(u0, b)] };
    }
    let e = isComma(toks[b]) ? b - 1 : b;
    while (e > u0 && (isComma(toks[e]) || isDash(toks[e]))) e--;
    // "– These documents are proof …, says a statement": a dash opening the paragraph marks the speech (as a
    // quotation mark does, and stays in the content); the clause starts after it.
    // A dateline ("BEIJING (Reuters) -") is framing, never content (attribution.md).
    let from = u0;
    while (from < e && this.syntax.inDateline(toks[from]!.index)) from++;
    let s = from;
    while (s < e && isDash(toks[s])) s++;
    if (e <= s || !this.isClause(s, e, true)) return null;
    return { type: this.typeOf(s, e), content: [this.charRange(from, e)] };
  }

  /**
   * After an inverted speaker: the unit ends here (time words, "Li said Sunday.", "he said on Sunday.", and
   * adverbs, "Li said again.", may come first), or a comma starts an aside or a second quote part. The place
   * found, or null.
   */
  tailIsEnd(i: number): number | null {
    const { toks, u1 } = this;
    let k = i;
    while (k <= u1 && (this.isTime(toks[k]) || (toks[k]!.pos === 'ADP' && this.isTime(toks[k + 1])))) k++;
    let a = k;
    while (a <= u1 && toks[a]!.pos === 'ADV') a++;
    a = this.settingAfter(a);
    if (a > u1 || (isFinalPunct(toks[a]) && a >= u1 - 1)) return a;
    if (isComma(toks[k])) return k;
    // "…," Kishida told the committee of the upper house, the chamber of …: a comma after a trailing adjunct ends the
    // attribution as one right after the cue does; what follows it describes, it does not quote.
    if (a > k && isComma(toks[a])) return a;
    if (isFinalPunct(toks[k]) && isQuoteMark(toks[k + 1])) return k;
    return null;
  }

  /**
   * A trailing adjunct of the cue ("in an interview Monday", "after the vote", "while meeting with X") that
   * runs to the unit's end or a comma with no finite verb and no quotation mark: where it ends, or `k`.
   */
  settingAfter(k: number): number {
    const { toks, u1 } = this;
    const t = toks[k];
    if (!t || k > u1 || !(t.pos === 'ADP' || t.pos === 'SCONJ') || has(t, WORD.QUOTE_MARK)) return k;
    let e = k + 1;
    while (e <= u1 && !isFinalPunct(toks[e]) && !isComma(toks[e]) && !isQuoteMark(toks[e]) && !has(toks[e], WORD.INFLECTED)) e++;
    if (e > u1 || isComma(toks[e]) || (isFinalPunct(toks[e]) && e >= u1 - 1)) return e;
    return k;
  }

  /** An interrupted quote resumes after the attribution: "…," said the Lightning, as it crept past him, "…" */
  secondPart(from: number): [number, number] | null {
    for (let k = from; k <= this.u1 && k < from + 25; k++) {
      if (this.isCue(k)) return null;
      const seg = this.opensSegment(k);
      if (seg) {
        seg.used = true;
        return [seg.open, seg.close];
      }
    }
    return null;
  }

  /** ", from the Upper Institute …" after an inverted speaker: the rest of the unit, for role and affiliation. */
  restAfter(k: number): Range | null {
    return isComma(this.toks[k]) && k + 1 <= this.u1 && !this.opensSegment(k + 1) ? { first: k + 1, last: this.u1 } : null;
  }
}
