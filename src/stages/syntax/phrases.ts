import { has, WORD, type LocalRange as Range, type TimeTest, type Word } from '../../model/index.ts';

// Noun-phrase queries over a slice of words (a paragraph, a quote's unit): indices are into the slice and
// nothing outside [lo, hi] is read. The syntax view offers them to every later stage.

const lower = (t: Word | undefined) => t?.lower ?? '';
const isComma = (t: Word | undefined) => has(t, WORD.COMMA);
const isNominal = (t: Word | undefined) => has(t, WORD.NOMINAL);
const isHeadLike = (t: Word | undefined) => has(t, WORD.HEAD);
const isPersonalPronoun = (t: Word | undefined) => has(t, WORD.PERSONAL);
const isClauseWord = (t: Word | undefined) => has(t, WORD.CLAUSE_WORD);
const NO_TIME: TimeTest = () => false;
const isVerb = (t: Word | undefined) => has(t, WORD.VERB);
const isInnerAdp = (t: Word | undefined) => has(t, WORD.INNER_ADP);

/**
 * The noun phrase that ends at `j`, scanning back no further than `lo`: "the Russian and Chinese Ministry of
 * Foreign Affairs", "Officials in Baghdad", "Iran's defense minister". A pronoun right before the cue stands alone.
 */
export function phraseEndingAt(toks: readonly Word[], j: number, lo: number): Range | null {
  if (j < lo || !isNominal(toks[j])) return null;
  if (isPersonalPronoun(toks[j])) return { first: j, last: j };
  let k = j;
  while (k > lo) {
    const t = toks[k - 1]!;
    if (isPersonalPronoun(t)) break;
    if (isNominal(t)) {
      k--;
      continue;
    }
    const w = lower(t);
    if ((w === 'and' || w === '&') && k - 2 >= lo && isNominal(toks[k - 2]) && !isPersonalPronoun(toks[k - 2])) {
      k--;
      continue;
    }
    if (isInnerAdp(t) && k - 2 >= lo && (toks[k - 2]!.pos === 'NOUN' || toks[k - 2]!.pos === 'PROPN')) {
      k--;
      continue;
    }
    break;
  }
  // A phrase starts with a word, not with "of" or "and".
  while (k <= j && (isInnerAdp(toks[k]) || lower(toks[k]) === 'and' || toks[k]!.pos === 'PUNCT')) k++;
  if (k > j) return null;
  for (let i = k; i <= j; i++) if (isHeadLike(toks[i])) return { first: k, last: j };
  return null;
}

function lastWordBefore(toks: readonly Word[], cue: number, floor: number): number {
  let k = cue - 1;
  while (k > floor && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX')) k--;
  return k;
}

/** The noun phrase that starts at `i` (inverted order: "said the expert", "said Li Lifan"). */
export function phraseStartingAt(toks: readonly Word[], i: number, hi: number, isTime: TimeTest = NO_TIME): Range | null {
  let k = i;
  while (k <= hi) {
    const t = toks[k]!;
    if (isNominal(t) && !(k > i && isPersonalPronoun(t))) {
      k++;
      continue;
    }
    const w = lower(t);
    if ((isInnerAdp(t) || w === 'and') && k + 1 <= hi && (toks[k + 1]!.pos === 'PROPN' || toks[k + 1]!.pos === 'DET') && toks[k - 1]?.pos === 'PROPN') {
      k++;
      continue;
    }
    break;
  }
  let last = k - 1;
  while (last >= i && (toks[last]!.pos === 'PUNCT' || isTime(toks[last]!))) last--;
  if (last < i) return null;
  for (let x = i; x <= last; x++) if (isHeadLike(toks[x])) return { first: i, last };
  return null;
}

/**
 * The subject of the nearest finite verb before `at`: who the participle or subject-less cue belongs to
 * ("Chinese experts were cautious …, saying"). Relative clauses, "there" and infinitives are passed over.
 */
export function nearestSubject(toks: readonly Word[], at: number, lo: number): Range | null {
  for (let v = at - 1; v > lo; v--) {
    const verb = toks[v]!;
    if (!isVerb(verb) || /ing$/i.test(verb.text) || lower(toks[v - 1]) === 'to') continue;
    let s = v - 1;
    while (s >= lo && (toks[s]!.pos === 'ADV' || toks[s]!.pos === 'AUX' || lower(toks[s]) === 'not')) s--;
    if (s < lo) continue;
    const w = lower(toks[s]);
    if (w === 'there' || isClauseWord(toks[s]) || (w === 'it' && toks[s + 1] && isVerb(toks[s + 1]) && lower(toks[s + 1]) === 'is')) continue;
    if (isComma(toks[s])) {
      const apposed = appositionBefore(toks, s, lo);
      if (apposed) return apposed;
      continue;
    }
    const np = phraseEndingAt(toks, s, lo);
    if (np) return np;
  }
  return null;
}

/**
 * Subject phrases that end in a comma before their verb: "One of the negotiators, Fuad Masoum, says",
 * "Gerry Adams, who leads …, told", "US Senator Charles Schumer, of New York said". `comma` is the comma
 * right before the verb (or, for "of New York", the phrase start). Returns the whole subject.
 */
export function appositionBefore(toks: readonly Word[], comma: number, lo: number): Range | null {
  // ", who/which … ," : the subject is the phrase before the relative clause.
  for (let k = comma - 1; k > lo && k > comma - 30; k--) {
    if (isComma(toks[k]) && /^(?:who|which)$/i.test(toks[k + 1]?.text ?? '')) {
      const np = phraseEndingAt(toks, k - 1, lo);
      if (np) return np;
      break;
    }
  }
  const inner = phraseEndingAt(toks, comma - 1, lo);
  if (!inner) return null;
  const before = inner.first - 1;
  // ", in a rare public appearance," or ", of New York": a prepositional aside; the subject is before it.
  if (before > lo && toks[before]!.pos === 'ADP' && isComma(toks[before - 1])) {
    const outer = phraseEndingAt(toks, before - 2, lo);
    return outer ? { first: outer.first, last: outer.last } : null;
  }
  if (before >= lo && isComma(toks[before])) {
    const outer = phraseEndingAt(toks, before - 1, lo);
    if (outer) return { first: outer.first, last: inner.last };
  }
  return prepositionalAsideBefore(toks, comma, lo) ?? asideBefore(toks, comma, lo);
}

/** A comma-set prepositional aside is at most this many words long. */
const PREPOSITIONAL_ASIDE_REACH = 30;

/**
 * "President X, in his address to the nation ahead of the session on Friday, said": a comma-set aside that opens
 * with a preposition (not a clause word: ", after lawmakers argued," has its own subject) and holds no comma or
 * quotation mark, however many phrases it chains; the subject is the phrase before it, at the unit's start or
 * after a comma.
 */
export function prepositionalAsideBefore(toks: readonly Word[], comma: number, lo: number): Range | null {
  for (let k = comma - 1; k > lo && k > comma - PREPOSITIONAL_ASIDE_REACH; k--) {
    const t = toks[k]!;
    if (has(t, WORD.QUOTE_MARK)) return null;
    if (!isComma(t)) continue;
    const opener = toks[k + 1];
    if (opener?.pos !== 'ADP' || isClauseWord(opener) || k + 1 >= comma - 1) return null;
    const np = phraseEndingAt(toks, k - 1, lo);
    return np && (np.first === lo || isComma(toks[np.first - 1])) ? np : null;
  }
  return null;
}

/** "The Bramble, interrupting him, said": an aside between two commas; the subject is before it. */
function asideBefore(toks: readonly Word[], comma: number, lo: number): Range | null {
  for (let k = comma - 1; k > lo && k > comma - 12; k--) {
    if (!isComma(toks[k])) continue;
    const np = phraseEndingAt(toks, k - 1, lo);
    return np && np.first === lo ? np : null;
  }
  return null;
}

/** The subject of the unit's main clause: who a coordinated cue ("…, and insist …") belongs to. */
export function mainSubject(toks: readonly Word[], lo: number, hi: number, isTime: TimeTest = NO_TIME): Range | null {
  for (let v = lo + 1; v < hi; v++) {
    if (!isVerb(toks[v]) || /ing$/i.test(toks[v]!.text) || lower(toks[v - 1]) === 'to') continue;
    return subjectBefore(toks, v, lo, isTime);
  }
  return null;
}

/** The word before `cue` past adverbs, auxiliaries, "not" and time words (not pronouns); a function, not a closure made per call. */
function skipBefore(toks: readonly Word[], cue: number, lo: number, isTime: TimeTest): number {
  let k = cue - 1;
  while (k >= lo && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || lower(toks[k]) === 'not' || (isTime(toks[k]!) && toks[k]!.pos !== 'PRON'))) k--;
  return k;
}

/**
 * The speaker phrase before a cue at `cue`: adverbs, auxiliaries and time words between them are skipped
 * ("Sergey Shoigu once said", "officials have said repeatedly").
 */
export function subjectBefore(toks: readonly Word[], cue: number, lo: number, isTime: TimeTest = NO_TIME): Range | null {
  // A time phrase between subject and verb is passed over ("Israeli police on Monday said"), but one after "of"
  // belongs to the subject ("Lawyers for veterans of the uprising of the 1950s say").
  let j = skipBefore(toks, cue, lo, isTime);
  if (j >= lo && toks[j]!.pos === 'ADP' && isTime(toks[j + 1]!)) j = lower(toks[j]) === 'of' ? skipBefore(toks, cue, lo, NO_TIME) : j - 1;
  if (j < lo) return null;
  // "the commander, who said …", "a report that says …": the speaker is the phrase the relative hangs on.
  if (/^(?:who|which|that)$/.test(toks[j]!.text) && j > lo) {
    const k = isComma(toks[j - 1]) ? j - 2 : j - 1;
    return phraseEndingAt(toks, k, lo);
  }
  if (isComma(toks[j])) return appositionBefore(toks, j, lo);
  // "A statement issued Thursday said …": a participle between the phrase and its verb.
  if (toks[j]!.pos === 'VERB' && /ed$/.test(toks[j]!.text) && !isVerb(toks[j - 1])) {
    const np = phraseEndingAt(toks, j - 1, lo);
    if (np && (np.first === lo || isComma(toks[np.first - 1]))) return { first: np.first, last: lastWordBefore(toks, cue, j) };
  }
  const np = phraseEndingAt(toks, j, lo);
  if (!np) return null;
  const before = np.first - 1;
  // ", of New York said": an aside; but ", after lawmakers argued": "after" opens a clause whose subject is np.
  if (before - 1 >= lo && toks[before]!.pos === 'ADP' && isComma(toks[before - 1]) && !isClauseWord(toks[before])) {
    const outer = phraseEndingAt(toks, before - 2, lo);
    if (outer) return outer;
  }
  // "The statement carried by KCNA said": np is the agent of a participle; the subject is the whole phrase.
  if (before - 2 >= lo && lower(toks[before]) === 'by' && isPastParticiple(toks[before - 1]) && !isVerb(toks[before - 2])) {
    const outer = phraseEndingAt(toks, before - 2, lo);
    if (outer && (outer.first === lo || isComma(toks[outer.first - 1]))) return { first: outer.first, last: np.last };
  }
  return np;
}

const isPastParticiple = (t: Word | undefined) => t?.pos === 'VERB' && /(?:ed|en)$/.test(t.text);

/** The preposition governing the phrase that starts at `first`: back past determiners, adjectives and numbers ("to the two countries"). */
export function governorOf(toks: readonly Word[], first: number, prepositions: ReadonlySet<string>): string | null {
  let k = first - 1;
  while (k >= 0 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM')) k--;
  if (k < 0) return null;
  const t = toks[k]!;
  // "up to 5,000 troops" counts, it does not govern.
  if (t.lower === 'to' && toks[k - 1]?.lower === 'up') return null;
  return prepositions.has(t.lower) ? t.lower : null;
}
