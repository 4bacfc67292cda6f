import { has, WORD, type TimeTest, type Word } from '../../model/index.ts';
import type { CueWord, QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import type { CueMatch, ParagraphView, RawAttribution } from './attribution-model.ts';
import { CUE_LAYOUTS, UNMARKED_LAYOUTS } from './layouts/index.ts';
import { noun, type NounMatch } from './layouts/noun.ts';
import { BE, isVerb, lower, UnitView } from './unit-view.ts';

/**
 * Find every attribution in one paragraph: per unit, each cue is offered to the cue layouts in order until
 * one claims it; a unit where no cue gave an attribution is offered to the layouts without a cue (colon,
 * dash, apposition). Linear in the paragraph's tokens apart from short bounded look-arounds.
 */
export function attributeParagraph(view: ParagraphView, lex: QuoteLexicons): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const [unitIndex, unit] of view.units.entries()) {
    const cues: number[] = [];
    const matches: CueMatch[] = [];
    const nouns: [number, NounMatch][] = [];
    let coveredUntil = -1;
    for (let i = unit.first; i <= unit.last; i++) {
      if (view.segmentOf[i]! >= 0) continue;
      const match = cueWord(view.toks, i, lex, view.isTime);
      const nounCue = match || i <= coveredUntil ? null : nounCueAt(view.toks, i, lex);
      if (nounCue) nouns.push([i, nounCue]);
      if (!match) continue;
      cues.push(i);
      matches.push(match);
      // "expressed concern about": the noun inside a verb's cue is no cue of its own.
      coveredUntil = i + match.width - 1;
    }
    const u = new UnitView(view, lex, unit.first, unit.last, unitIndex, cues);
    // Most sentences report nothing: without a cue, only a quote set off by a colon, a dash or an apposition,
    // or the article's headline ("Mayor: we were misled"), can be here.
    if (cues.length === 0 && nouns.length === 0 && !u.quoted() && view.toks[unit.first]!.index !== 0) continue;
    for (const [n, c] of cues.entries()) {
      const cue = matches[n]!;
      for (const layout of CUE_LAYOUTS) {
        const outcome = layout.read(u, c, cue);
        if (outcome === null) continue;
        if (outcome.found) u.push(outcome.found);
        break;
      }
    }
    if (u.here.length === 0) {
      for (const layout of UNMARKED_LAYOUTS) {
        const found = layout.read(u);
        if (!found) continue;
        u.push({ ...found, cue: null, lemma: null, speech: false, cueClass: null });
        break;
      }
    }
    // Noun cues come last: their content often sits inside a verb's ("welcomed Obama's assurances that …").
    for (const [c, cue] of nouns) {
      const found = noun.read(u, c, cue);
      if (found) u.push(found);
    }
    out.push(...u.here);
  }
  return out;
}

const ALWAYS_CUES = new Set(['say', 'tell']);
const NOT_SAYING = new Set(['to', 'not', "n't", 'never']);

/** The reporting cue at token `i`, if any: a verb from the lexicon, or "according to". */
export function cueWord(toks: readonly Word[], i: number, lex: QuoteLexicons, isTime: TimeTest): CueMatch | null {
  const t = toks[i]!;
  const w = t.lower;
  // Nearly every word is no cue: leave before reading its neighbours.
  if (!lex.cueStarts.has(w)) return null;
  const prev = lower(toks[i - 1]);
  // "declined to say", "did not say": not an attribution of content; "the process, known as rendition": a name.
  if (NOT_SAYING.has(prev) || (lex.naming.has(w) && lower(toks[i + 1]) === 'as')) return null;
  if (BE.has(prev) && !w.endsWith('ing')) {
    // "X is expected to V": an attribution without a source (attribution.md).
    const raising = lex.raising.has(w) && lower(toks[i + 1]) === 'to' && isVerb(toks[i + 2]);
    return raising ? { lemma: w, class: 'sourceless', speech: false, frame: 'object', particles: new Set(), object: false, width: 1 } : passiveCue(toks, i, lex);
  }
  const phrase = lex.phraseStarts.get(w)?.find((p) => p.rest.every((x, n) => lower(toks[i + 1 + n]) === x));
  if (phrase) return withParticle(toks, i, matchOf(phrase, phrase.rest.length + 1), isTime);
  const entry = lex.cueForms.get(w);
  if (!entry) return null;
  if (t.pos !== 'VERB' && !(ALWAYS_CUES.has(entry.lemma) && t.pos !== 'NOUN') && !verbReadAsNoun(toks, i, isTime) && !verbReadAsAdjective(toks, i)) return null;
  return withParticle(toks, i, matchOf(entry, 1), isTime);
}

// One match per lexicon entry, shared (matches are never changed): a cue is met on many sentences.
const MATCHES = new WeakMap<CueWord, CueMatch>();

function matchOf(entry: CueWord, width: number): CueMatch {
  let match = MATCHES.get(entry);
  if (!match) MATCHES.set(entry, (match = { ...entry, width }));
  return match;
}

/**
 * "a new outbreak is reported in …", "the transfers have been criticized": a passive cue without its agent
 * is source-less (attribution.md). With "by X" after it, it has a source the layouts do not read; "would be
 * approved" is no attribution yet; "is called X" names.
 */
function passiveCue(toks: readonly Word[], i: number, lex: QuoteLexicons): CueMatch | null {
  const t = toks[i]!;
  const entry = lex.cueForms.get(t.lower);
  if (!entry || t.pos !== 'VERB' || t.lower === entry.lemma || t.lower.endsWith('s') || lower(toks[i + 1]) === 'by') return null;
  if (lower(toks[i - 1]) === 'be' || lex.naming.has(t.lower)) return null;
  return { ...entry, class: 'sourceless', speech: false, width: 1 };
}

/** A reporting noun at token `i` ("claim", "reports"): the tagger reads it as a noun, or as a name when it opens the sentence. */
function nounCueAt(toks: readonly Word[], i: number, lex: QuoteLexicons): NounMatch | null {
  const t = toks[i]!;
  const opens = toks[i - 1]?.sentence !== t.sentence;
  const entry = t.pos === 'NOUN' || (t.pos === 'PROPN' && opens) ? lex.nounForms.get(t.lower) : undefined;
  return entry ? { ...entry, width: 1 } : null;
}

/** "called for", "warned of": a particle right after the cue joins it, unless it opens a time phrase ("called on Monday"). */
function withParticle(toks: readonly Word[], i: number, cue: CueMatch, isTime: TimeTest): CueMatch {
  // "called instead for": an adverb may come first.
  let k = i + cue.width;
  while (toks[k]?.pos === 'ADV' && k < i + cue.width + 2) k++;
  const next = toks[k];
  const after = toks[k + 1];
  // "agreed to hold talks": "to" before a verb opens an infinitive, the content, and is no particle ("admitted to lying" keeps it).
  if (!next || !cue.particles.has(next.lower) || (after !== undefined && (isTime(after) || (next.lower === 'to' && isVerb(after) && !after.lower.endsWith('ing'))))) return cue;
  return { ...cue, width: k - i + 1 };
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

/**
 * The tagger reads a cue's past form at the end of a clause as an adjective ('"…," the 62-year-old alleged.'):
 * an adjective before its noun ("the alleged attack") modifies what follows, so one right before the clause's end
 * (a full stop, a comma), after the words of a noun phrase, is the verb.
 */
function verbReadAsAdjective(toks: readonly Word[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (t.pos !== 'ADJ' || !/ed$/.test(t.lower) || !prev || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'PRON')) return false;
  return next === undefined || next.sentence !== t.sentence || has(next, WORD.FINAL) || has(next, WORD.COMMA);
}
