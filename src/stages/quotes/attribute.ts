import { has, WORD, type LocalRange as Range, type Syntax, type TimeTest, type Word } from '../../model/index.ts';
import type { QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import type { QuotedSegment } from './quote-marks.ts';

export type { Range };

const lower = (t: Word | undefined) => t?.lower ?? '';
const isComma = (t: Word | undefined) => has(t, WORD.COMMA);
const isFinalPunct = (t: Word | undefined) => has(t, WORD.FINAL);
const isQuoteMark = (t: Word | undefined) => has(t, WORD.QUOTE_MARK);
const isNominal = (t: Word | undefined) => has(t, WORD.NOMINAL);
const isClauseWord = (t: Word | undefined) => has(t, WORD.CLAUSE_WORD);
const isVerb = (t: Word | undefined) => has(t, WORD.VERB);
const isInnerAdp = (t: Word | undefined) => has(t, WORD.INNER_ADP);

/** A quoted segment placed on the paragraph's tokens. */
export interface PlacedSegment extends QuotedSegment {
  /** First and last token inside the segment (marks included), -1 when it holds none. */
  firstTok: number;
  lastTok: number;
  used: boolean;
}

/** What one attribution pattern found, before the speaker is resolved against the document. */
export interface RawAttribution {
  type: 'direct' | 'indirect' | 'mixed';
  content: [number, number][];
  speaker: Range | null;
  /** The speaker is the one of an earlier attribution (participle, "but said", continuation). */
  sameSpeakerAs: RawAttribution | null;
  cue: Range | null;
  lemma: string | null;
  speech: boolean;
  layout: string;
  /** Apposition after the speaker (", from the Upper Institute …"), for role and affiliation. */
  apposition: Range | null;
  unit: number;
}

export interface ParagraphView {
  text: string;
  syntax: Syntax;
  /** words of the document's time expressions ("Sunday", "last week") */
  isTime: TimeTest;
  toks: readonly Word[];
  segments: PlacedSegment[];
  /** Per token, the index of the top-level segment holding it, or -1. */
  segmentOf: Int32Array;
  /** Units: sentences, joined where a quote runs across a sentence break. */
  units: Range[];
}

const NAMING = new Set(['dubbed', 'called', 'named', 'titled', 'entitled', 'nicknamed', 'as', 'known', 'codenamed', 'slogan']);
const DASH = /^(?:-|--|—|–)$/;
const DANGLING = new Set(['SCONJ', 'CCONJ']);

/** Find every attribution in one paragraph. Linear in its tokens apart from short bounded look-arounds. */
export function attributeParagraph(view: ParagraphView, lex: QuoteLexicons): RawAttribution[] {
  const { toks, segments, segmentOf, syntax, isTime } = view;
  const isTimeWord = (t: Word | undefined) => t !== undefined && isTime(t);
  const out: RawAttribution[] = [];
  const segAt = (i: number) => (i >= 0 && i < toks.length && segmentOf[i]! >= 0 ? segments[segmentOf[i]!]! : null);
  const opensSegment = (i: number) => {
    const s = segAt(i);
    return s !== null && s.firstTok === i && isQuoteMark(toks[i]) ? s : null;
  };
  const closesSegment = (i: number) => {
    const s = segAt(i);
    return s !== null && s.closed && s.lastTok === i && isQuoteMark(toks[i]) ? s : null;
  };
  const cueAt = (i: number) => cueWord(toks, i, lex, isTime);
  // "said the coming year will be …", "saying 2010 has had …": a time noun phrase followed by a verb is the content's
  // subject; a bare weekday is not ("the deal announced Tuesday is …" reads the verb after it).
  const timeSubject = (k: number) => {
    if (!isTimeWord(toks[k]) || isTimeWord(toks[k - 1]) || !(toks[k]!.pos === 'DET' || /^\d{4}$/.test(toks[k]!.text))) return false;
    let e = k;
    while (isTimeWord(toks[e + 1])) e++;
    return isVerb(toks[e + 1]);
  };
  // "late on Thursday", "early Monday": a modifier of a time expression goes with it.
  const modifiesTime = (k: number) => (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV') && (isTimeWord(toks[k + 1]) || (toks[k + 1]?.pos === 'ADP' && isTimeWord(toks[k + 2])));
  const charRange = (a: number, b: number): [number, number] => [toks[a]!.start, toks[b]!.end];

  for (const [unitIndex, unit] of view.units.entries()) {
    const u0 = unit.first;
    const u1 = unit.last;
    const here: RawAttribution[] = [];
    const cues: number[] = [];
    for (let i = u0; i <= u1; i++) if (segmentOf[i]! < 0 && cueAt(i)) cues.push(i);
    if (cues.length === 0) {
      // Most sentences report nothing: only a quote set off by a colon, a dash or an apposition can be here.
      let quoted = false;
      for (let i = u0; i <= u1 && !quoted; i++) quoted = segmentOf[i]! >= 0;
      if (!quoted) continue;
      const found = colonOrDash(view, u0, u1, opensSegment, closesSegment) ?? apposition(view, u0, u1, lex, segAt);
      if (found) out.push({ ...found, cue: null, lemma: null, speech: false, unit: unitIndex });
      continue;
    }
    const isCueIndex = new Set(cues);

    /** Last token of a reported clause that starts at `k`, cut before a sibling cue or a new attribution. */
    const clauseEnd = (k: number): number => {
      let end = u1;
      for (let i = k; i <= u1; i++) {
        const seg = segAt(i);
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
        if (isCueIndex.has(n)) {
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
          if (isComma(toks[i])) {
            for (let c = n + 1; c <= u1 && c < n + 25; c++) {
              if (isCueIndex.has(c)) {
                const np = syntax.subjectBefore(toks, c, n, isTime);
                if (np && np.first === n) {
                  end = i - 1;
                  c = u1 + 1;
                }
                break;
              }
              if (isVerb(toks[c]) && toks[c]!.pos === 'VERB') break;
            }
            if (end === i - 1) break;
          }
        }
      }
      // Cut-off paragraphs leave "…, though" or "even if": a dangling conjunction is not content.
      while (end > k && (isFinalPunct(toks[end]) || isComma(toks[end]) || DASH.test(toks[end]!.text) || DANGLING.has(toks[end]!.pos) || (lower(toks[end]) === 'even' && DANGLING.has(toks[end + 1]?.pos ?? ''))) && !closesSegment(end)) end--;
      // A closing mark after final punctuation belongs to the content: …agony."
      return end;
    };

    /** Is `[k, end]` a clause (reported content), not a noun phrase or an infinitive? */
    // After "say" (or "that") the clause may hold relatives and infinitives before its verb; after other
    // cues the first verb must be finite, so "denied the charges that …" and "announced plans to …" stay out.
    const isClause = (k: number, end: number, gerund = false): boolean => {
      if ((toks[k]!.pos === 'PUNCT' && !isQuoteMark(toks[k])) || lower(toks[k]) === 'to') return false;
      if (!gerund && (toks[k]!.pos === 'ADP' || toks[k]!.pos === 'PART')) return false;
      for (let i = k; i <= end; i++) {
        if (segAt(i)) return true;
        if (i > k && /^(?:that|which|who)$/.test(toks[i]!.text) && !gerund) return false;
        // After other cues the clause opens with its subject: only noun-phrase words before the verb.
        if (!gerund && !isVerb(toks[i]) && !isNominal(toks[i]) && !(isInnerAdp(toks[i]) || lower(toks[i]) === 'by')) return false;
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
    };

    const typeOf = (a: number, b: number): 'indirect' | 'mixed' => {
      for (let i = a; i <= b; i++) {
        const seg = segAt(i);
        if (seg && seg.firstTok === i) {
          if (!NAMING.has(lower(toks[i - 1])) && seg.lastTok - seg.firstTok >= 2) return 'mixed';
          i = seg.lastTok;
        }
      }
      return 'indirect';
    };

    const push = (a: Omit<RawAttribution, 'unit' | 'apposition' | 'sameSpeakerAs'> & Partial<Pick<RawAttribution, 'apposition' | 'sameSpeakerAs'>>) => {
      const full: RawAttribution = { apposition: null, sameSpeakerAs: null, ...a, unit: unitIndex };
      here.push(full);
      out.push(full);
    };

    /** Content that starts at `k` and runs to the clause end, direct when it is one whole quote. */
    const contentFrom = (k: number, gerund = false): { type: 'direct' | 'indirect' | 'mixed'; content: [number, number][] } | null => {
      if (k > u1 || isFinalPunct(toks[k])) return null;
      const seg = opensSegment(k);
      if (seg) {
        let after = seg.lastTok + 1;
        while (after <= u1 && (isFinalPunct(toks[after]) || isComma(toks[after]))) after++;
        if (after > u1) {
          seg.used = true;
          return { type: 'direct', content: [[seg.innerStart, seg.innerEnd]] };
        }
      }
      const end = clauseEnd(k);
      if (end < k || !isClause(k, end, gerund)) return null;
      return { type: typeOf(k, end), content: [charRange(k, end)] };
    };

    /** Skip what sits between a cue and its content: time words, "in a statement", "that". */
    const contentStart = (c: number, object: boolean): { k: number; layout: string } => {
      let k = c + 1;
      const skipAdverbials = () => {
        for (;;) {
          while (k <= u1 && (isTimeWord(toks[k]) || toks[k]!.pos === 'ADV' || modifiesTime(k)) && !isQuoteMark(toks[k]) && lower(toks[k]) !== 'that' && !timeSubject(k)) k++;
          // "said Thursday, the strain was …"
          if (k > c + 1 && isComma(toks[k]) && isTimeWord(toks[k - 1]) && !opensSegment(k + 1)) k++;
          if (k <= u1 && toks[k]!.pos === 'ADP' && /^(?:in|on|at|during|through|over|via)$/i.test(toks[k]!.text)) {
            // "in July", "in a statement", "on U.S. radio": up to the time word or setting noun, no further.
            let e = k + 1;
            let timely = false;
            while (e <= u1 && e < k + 8 && (toks[e]!.pos === 'DET' || toks[e]!.pos === 'ADJ' || toks[e]!.pos === 'NOUN' || toks[e]!.pos === 'PROPN' || toks[e]!.pos === 'NUM' || /^(?:'s|\.)$/.test(toks[e]!.text))) {
              e++;
              if (isTimeWord(toks[e - 1]) || lex.settings.has(lower(toks[e - 1]))) {
                timely = true;
                break;
              }
            }
            if (timely) {
              k = e;
              if (isComma(toks[k]) && !opensSegment(k + 1)) k++;
              continue;
            }
          }
          break;
        }
      };
      skipAdverbials();
      // "told cabinet members Friday that …", "told his Japanese counterpart, Taro Aso, that …"
      for (let t = k; t <= u1 && t < k + 14; t++) {
        if (lower(toks[t]) === 'that' && (toks[t]!.pos === 'SCONJ' || t === k || object)) return { k: t + 1, layout: 'said-that' };
        if (isVerb(toks[t]) || isQuoteMark(toks[t]) || toks[t]!.text === ':' || isClauseWord(toks[t]) || isFinalPunct(toks[t])) break;
        if (!object && t > k) break;
      }
      if (object && k <= u1 && !isQuoteMark(toks[k]) && toks[k]!.text !== ':' && !/^(?:he|she|they|it|we|i)$/i.test(toks[k]!.text)) {
        // Skip the addressee: a noun phrase that ends before a new determiner, a pronoun or a time word.
        let seenHead = false;
        while (k <= u1) {
          const t = toks[k]!;
          if (seenHead && (t.pos === 'DET' || /^(?:he|she|they|it|we|i)$/i.test(t.text) || isTimeWord(t) || isQuoteMark(t) || isVerb(t))) break;
          if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || /^(?:'s|\.|,)$/.test(t.text) || (t.pos === 'PRON' && !seenHead))) break;
          if (t.pos === 'NOUN' || t.pos === 'PROPN') seenHead = true;
          k++;
        }
        skipAdverbials();
        if (lower(toks[k]) === 'that') return { k: k + 1, layout: 'said-that' };
      }
      if (toks[k]?.text === ':') return { k: k + 1, layout: 'colon' };
      if (isComma(toks[k]) && opensSegment(k + 1)) return { k: k + 1, layout: 'said-quote' };
      if (lower(toks[k]) === 'that') return { k: k + 1, layout: 'said-that' };
      return { k, layout: opensSegment(k) ? 'said-quote' : 'said-bare' };
    };

    const contentBefore = (boundary: number): { type: 'direct' | 'indirect' | 'mixed'; content: [number, number][] } | null => {
      let b = boundary;
      if (isComma(toks[b]) && closesSegment(b - 1)) b--;
      const seg = closesSegment(b);
      if (seg) {
        let s0 = u0;
        while (s0 < seg.firstTok && (toks[s0]!.pos === 'PUNCT' || toks[s0]!.pos === 'CCONJ')) s0++;
        if (s0 >= seg.firstTok) {
          seg.used = true;
          return { type: 'direct', content: [[seg.innerStart, seg.innerEnd]] };
        }
        return { type: 'mixed', content: [charRange(u0, b)] };
      }
      let e = isComma(toks[b]) ? b - 1 : b;
      while (e > u0 && (isComma(toks[e]) || DASH.test(toks[e]!.text))) e--;
      if (e <= u0 || !isClause(u0, e, true)) return null;
      return { type: typeOf(u0, e), content: [charRange(u0, e)] };
    };
    const tailIsEnd = (i: number): number | null => {
      // Time words may follow ("Li said Sunday."), and adverbs that end the unit ("Li said again."); then the unit
      // ends, or a comma starts an aside or a second quote part.
      let k = i;
      while (k <= u1 && isTimeWord(toks[k])) k++;
      let a = k;
      while (a <= u1 && toks[a]!.pos === 'ADV') a++;
      if (a > u1 || (isFinalPunct(toks[a]) && a >= u1 - 1)) return a;
      if (isComma(toks[k])) return k;
      if (isFinalPunct(toks[k]) && isQuoteMark(toks[k + 1])) return k;
      return null;
    };
    const secondPart = (from: number): [number, number] | null => {
      // An interrupted quote resumes after the attribution: "…," said the Lightning, as it crept past him, "…"
      for (let k = from; k <= u1 && k < from + 25; k++) {
        if (isCueIndex.has(k)) return null;
        const seg = opensSegment(k);
        if (seg) {
          seg.used = true;
          return [seg.innerStart, seg.innerEnd];
        }
      }
      return null;
    };
    const restAfter = (k: number): Range | null => (isComma(toks[k]) && k + 1 <= u1 && !opensSegment(k + 1) ? { first: k + 1, last: u1 } : null);
    for (const c of cues) {
      const cue = cueAt(c)!;
      const cueRange: Range = { first: c, last: c + cue.width - 1 };
      const after = c + cue.width;

      // "according to X, …" / "…, according to X."
      if (cue.lemma === 'according to') {
        const np = syntax.phraseStartingAt(toks, after, u1, isTime);
        if (!np) continue;
        const atStart = c === u0 || (c === u0 + 1 && toks[u0]!.pos !== 'NOUN');
        if (atStart && isComma(toks[np.last + 1])) {
          const body = contentFrom(np.last + 2);
          if (body) push({ ...body, speaker: np, cue: cueRange, lemma: cue.lemma, speech: cue.speech, layout: 'according-to' });
        } else if (c > u0) {
          let end = c - 1;
          while (end > u0 && (isComma(toks[end]) || isFinalPunct(toks[end]))) end--;
          if (end > u0) push({ type: typeOf(u0, end), content: [charRange(u0, end)], speaker: np, cue: cueRange, lemma: cue.lemma, speech: cue.speech, layout: 'according-to' });
        }
        continue;
      }

      // "quoted X as saying …", "were quoted as saying …"
      if (lower(toks[c - 1]) === 'as' && /ing$/.test(toks[c]!.text)) {
        let q = c - 2;
        while (q >= u0 && !lex.quoting.has(lower(toks[q]))) q--;
        if (q >= u0) {
          let speaker: Range | null = null;
          if (q + 1 <= c - 2) speaker = syntax.phraseStartingAt(toks, q + 1, c - 2, isTime);
          if (!speaker || q + 1 > c - 2) speaker = syntax.subjectBefore(toks, q, u0, isTime);
          const start = contentStart(c, false);
          const body = contentFrom(start.k, cue.lemma === 'say' || start.layout === 'said-that');
          if (body && speaker) push({ ...body, speaker, cue: cueRange, lemma: cue.lemma, speech: cue.speech, layout: 'quoted-as-saying' });
          continue;
        }
      }

      // Content first: "…," said X. / "…," X said. / …, said the expert.
      const before = c - 1;

      if (c > u0 && (isComma(toks[before]) || closesSegment(before))) {
        const np = syntax.phraseStartingAt(toks, after, u1, isTime);
        const tail = np ? tailIsEnd(np.last + 1) : null;
        if (np && tail !== null) {
          const body = contentBefore(before);
          if (body) {
            const part2 = body.type === 'direct' ? secondPart(tail) : null;
            if (part2) body.content.push(part2);
            push({ ...body, speaker: np, cue: cueRange, lemma: cue.lemma, speech: cue.speech, layout: part2 ? 'interrupted' : 'inverted', apposition: part2 ? null : restAfter(tail) });
            continue;
          }
        }
      }
      const subject = syntax.subjectBefore(toks, c, u0, isTime);
      if (subject && subject.first > u0 && (isComma(toks[subject.first - 1]) || closesSegment(subject.first - 1))) {
        // "…," the minister told reporters.
        let objectEnd = after;
        if (cue.object) while (objectEnd <= u1 && (toks[objectEnd]!.pos === 'NOUN' || toks[objectEnd]!.pos === 'PROPN' || toks[objectEnd]!.pos === 'DET' || toks[objectEnd]!.pos === 'ADJ')) objectEnd++;
        const tail = tailIsEnd(objectEnd);
        if (tail !== null) {
          const body = contentBefore(subject.first - 1);
          if (body) {
            const part2 = body.type === 'direct' ? secondPart(tail) : null;
            if (part2) body.content.push(part2);
            push({ ...body, speaker: subject, cue: cueRange, lemma: cue.lemma, speech: cue.speech, layout: part2 ? 'interrupted' : 'quote-then-speaker' });
            continue;
          }
        }
      }

      // Subject-less cues: "…, saying that …", "… but said …": the speaker of the clause they hang on.
      let p = c - 1;
      while (p >= u0 && (toks[p]!.pos === 'ADV' || lower(toks[p]) === 'also')) p--;
      const participle = /ing$/.test(toks[c]!.text);
      const hangs = p >= u0 && (isComma(toks[p]) || toks[p]!.pos === 'CCONJ' || (participle && toks[p]!.pos === 'NOUN'));
      if (hangs && (participle || toks[p]!.pos === 'CCONJ')) {
        const previous = here.findLast((a) => a.cue !== null && a.cue.last < c);
        const prevEndsHere = previous !== undefined && previous.content.at(-1)![1] <= toks[c]!.start && noWordsBetween(toks, previous.content.at(-1)![1], p);
        // "the gunmen saying …" hangs on the phrase before it; "…, saying" on the nearest clause's subject;
        // "…, and insist …" on the main clause's subject.
        const speaker = prevEndsHere
          ? previous.speaker
          : participle && toks[p]!.pos === 'NOUN'
            ? syntax.phraseEndingAt(toks, p, u0)
            : participle
              ? syntax.nearestSubject(toks, p, u0)
              : syntax.mainSubject(toks, u0, p, isTime);
        const start = contentStart(c, cue.object);
        const body = contentFrom(start.k, cue.lemma === 'say' || start.layout === 'said-that');
        if (body && (speaker || prevEndsHere)) {
          push({ ...body, speaker, sameSpeakerAs: prevEndsHere ? previous : null, cue: cueRange, lemma: cue.lemma, speech: cue.speech, layout: participle ? 'participial' : start.layout });
        }
        continue;
      }

      if (!subject) continue;
      // "what he said was …", "programs he says will improve …": the content starts with its verb.
      let k = after;
      while (k <= u1 && (isTimeWord(toks[k]) || toks[k]!.pos === 'ADV') && !timeSubject(k)) k++;
      const relative = isVerb(toks[k]) && !/ing$/.test(toks[k]!.text) && lower(toks[k]) !== 'that';
      if (relative) {
        const end = clauseEnd(k);
        if (end >= k) push({ type: typeOf(k, end), content: [charRange(k, end)], speaker: subject, cue: cueRange, lemma: cue.lemma, speech: cue.speech, layout: 'relative' });
        continue;
      }
      const start = contentStart(c, cue.object);
      const body = contentFrom(start.k, cue.lemma === 'say' || start.layout === 'said-that');
      if (!body) continue;
      const whoSaid = /^(?:who|which|that)$/i.test(toks[c - 1]?.text ?? '');
      push({ ...body, speaker: subject, cue: cueRange, lemma: cue.lemma, speech: cue.speech, layout: whoSaid ? 'relative' : body.type === 'direct' && start.layout === 'said-bare' ? 'said-quote' : start.layout });
    }

    // No cue, but the layout makes the speaker clear.
    if (here.length === 0) {
      const found = colonOrDash(view, u0, u1, opensSegment, closesSegment) ?? apposition(view, u0, u1, lex, segAt);
      if (found) push({ ...found, cue: null, lemma: null, speech: false });
    }
  }
  return out;
}

function noWordsBetween(toks: readonly Word[], fromChar: number, toIndex: number): boolean {
  for (let i = toIndex; i >= 0 && toks[i]!.start >= fromChar; i--) {
    const t = toks[i]!;
    if (!(t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADV' || isQuoteMark(t))) return false;
  }
  return true;
}

interface CueMatch {
  lemma: string;
  speech: boolean;
  object: boolean;
  width: number;
}

const ALWAYS_CUES = new Set(['say', 'tell']);

/** The reporting cue at token `i`, if any: a verb from the lexicon, or "according to". */
export function cueWord(toks: readonly Word[], i: number, lex: QuoteLexicons, isTime: TimeTest): CueMatch | null {
  const t = toks[i]!;
  const w = t.text.toLowerCase();
  const entry = lex.cueForms.get(w);
  if (!entry) {
    const phrase = lex.phraseStarts.get(w);
    if (phrase && phrase.words.every((x, n) => lower(toks[i + n]) === x)) {
      return { lemma: phrase.lemma, speech: phrase.speech, object: false, width: phrase.words.length };
    }
    return null;
  }
  const prev = lower(toks[i - 1]);
  if (t.pos !== 'VERB' && !(ALWAYS_CUES.has(entry.lemma) && t.pos !== 'NOUN') && !verbReadAsNoun(toks, i, isTime)) return null;
  // "declined to say", "did not say", passives ("was reported"): not an attribution of content.
  if (prev === 'to' || prev === 'not' || prev === "n't" || prev === 'never') return null;
  if (/^(?:was|were|is|are|be|been|being)$/.test(prev) && !/ing$/.test(w)) return null;
  return { lemma: entry.lemma, speech: entry.speech, object: entry.object || entry.lemma === 'tell', width: 1 };
}

/**
 * The tagger reads "reports", "claim", "estimates" as nouns even in "Kyodo news agency reports Pyongyang
 * has agreed": after a noun phrase's head and before a clause (not a verb), such a word is the verb.
 */
function verbReadAsNoun(toks: readonly Word[], i: number, isTime: TimeTest): boolean {
  const prev = toks[i - 1];
  if (!prev || !(prev.pos === 'NOUN' || prev.pos === 'PROPN') || !/^[a-z]+$/.test(toks[i]!.text) || /ing$|ed$/.test(toks[i]!.text)) return false;
  let k = i + 1;
  while (toks[k] && isTime(toks[k]!)) k++;
  const next = toks[k];
  if (!next || isVerb(next) || next.pos === 'ADP' || next.pos === 'PUNCT') return false;
  return lower(next) === 'that' || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM';
}

type SegFn = (i: number) => PlacedSegment | null;

/** `X: "…"` and `"…" — X`: a direct quote whose speaker is set off by a colon or a dash. */
function colonOrDash(view: ParagraphView, u0: number, u1: number, opens: SegFn, closes: SegFn): Omit<RawAttribution, 'unit' | 'cue' | 'lemma' | 'speech'> | null {
  const { toks, syntax, isTime } = view;
  for (let i = u0 + 1; i <= u1 && i < u0 + 12; i++) {
    if (toks[i]!.text !== ':') continue;
    const seg = opens(i + 1);
    const np = syntax.phraseStartingAt(toks, u0, i - 1, isTime);
    if (seg && np && np.last === i - 1 && (toks[np.first]!.pos === 'PROPN' || toks[np.last]!.pos === 'PROPN' || toks[np.last]!.pos === 'NOUN')) {
      seg.used = true;
      return { type: 'direct', content: [[seg.innerStart, seg.innerEnd]], speaker: np, sameSpeakerAs: null, layout: 'colon', apposition: null };
    }
    break;
  }
  for (let i = u0; i <= u1; i++) {
    const seg = closes(i);
    if (!seg || !DASH.test(toks[i + 1]?.text ?? '')) continue;
    const np = syntax.phraseStartingAt(toks, i + 2, u1, isTime);
    if (!np) continue;
    let end = np.last + 1;
    if (isComma(toks[end])) end = u1 + 1;
    while (end <= u1 && isFinalPunct(toks[end])) end++;
    if (end <= u1) continue;
    seg.used = true;
    return { type: 'direct', content: [[seg.innerStart, seg.innerEnd]], speaker: np, sameSpeakerAs: null, layout: 'dash', apposition: isComma(toks[np.last + 1]) ? { first: np.last + 2, last: u1 } : null };
  }
  return null;
}

/**
 * "X, an international relations expert at Y, <clause with a quoted fragment>": the apposition names the
 * speaker though no verb of saying does.
 */
function apposition(view: ParagraphView, u0: number, u1: number, lex: QuoteLexicons, segAt: SegFn): Omit<RawAttribution, 'unit' | 'cue' | 'lemma' | 'speech'> | null {
  const { toks } = view;
  let c1 = -1;
  for (let i = u0 + 1; i <= u1 && i < u0 + 8; i++) {
    if (isComma(toks[i])) {
      c1 = i;
      break;
    }
  }
  if (c1 < 0 || !/^(?:a|an|the)$/i.test(toks[c1 + 1]?.text ?? '')) return null;
  let c2 = -1;
  let role = false;
  for (let i = c1 + 2; i <= u1 && i < c1 + 20; i++) {
    if (lex.personRoles.has(lower(toks[i]))) role = true;
    if (isComma(toks[i])) {
      c2 = i;
      break;
    }
  }
  if (c2 < 0 || !role) return null;
  let hasQuote = false;
  for (let i = c2 + 1; i <= u1; i++) if (segAt(i)) hasQuote = true;
  if (!hasQuote) return null;
  let end = u1;
  while (end > c2 && isFinalPunct(toks[end])) end--;
  if (end <= c2 + 1) return null;
  return {
    type: 'mixed',
    content: [[toks[c2 + 1]!.start, toks[end]!.end]],
    speaker: { first: u0, last: c1 - 1 },
    sameSpeakerAs: null,
    layout: 'apposition',
    apposition: { first: c1 + 1, last: c2 - 1 },
  };
}

