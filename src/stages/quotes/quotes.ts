import { defineStage } from '../../pipeline/stage.ts';
import { spanOf, syntaxOf, timeWords, type Quote, type QuoteForm, type Syntax, type TimeTest, type Word, type WorkingDoc } from '../../model/index.ts';
import { loadQuoteLexicons, type CueClass, type QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import type { StageContext } from '../../pipeline/stage.ts';
import { pairQuoteMarks } from './quote-marks.ts';
import { attributeParagraph } from './attribution.ts';
import type { ParagraphView, PlacedSegment, Range, RawAttribution } from './attribution-model.ts';
import { resolveSpeaker } from './speakers.ts';
import { stanceOf } from './stance.ts';
import { transcriptTurn, transcriptTurns } from './layouts/transcript.ts';

/**
 * Who said what: direct quotes (any quotation marks, unclosed ones read to the paragraph end with a
 * message), indirect and mixed speech after reporting cues in every news layout, nested speech, quote-only
 * paragraphs that continue the previous speaker, and speakers resolved to the people the text introduced.
 */
export const quotes = defineStage({
  name: 'quotes',
  needs: ['paragraphs', 'syntax', 'mentions', 'mentions.entity', 'entities', 'entities.country', 'entities.role', 'entities.affiliation', 'timexes'],
  gives: ['quotes'],
  setup: loadQuoteLexicons,
  run(doc, lex: QuoteLexicons, context) {
    findQuotes(doc, lex, context);
  },
});

const QUOTE_CHAR = /["'‘’“”«»„‹›]/;
const NO_MARKS: ReturnType<typeof pairQuoteMarks> = { segments: [], problems: [] };

interface Made {
  quote: Omit<Quote, 'id' | 'nestedIn'>;
  cueAt: number | null;
  paragraph: number;
  raw: RawAttribution;
}

export function findQuotes(doc: WorkingDoc, lex: QuoteLexicons, context: StageContext): void {
  const syntax = syntaxOf(doc);
  const byParagraph = syntax.paragraphs.map((p) => syntax.words.slice(p.first, p.last + 1));
  const isTime = timeWords(syntax.words, doc.timexes);
  const made: Made[] = [];
  const madeByRaw = new Map<RawAttribution, Made>();
  let lastDirect: Made | null = null;
  const turns = transcriptTurns(doc.paragraphs);
  // Quote-only paragraphs left open that run on into the next: their speaker is named at the end of the run.
  let runOn: { seg: PlacedSegment; p: number }[] = [];

  const make = (raw: RawAttribution, p: number): Made => {
    const toks = byParagraph[p] ?? [];
    const inherited = raw.sameSpeakerAs ? madeByRaw.get(raw.sameSpeakerAs) : undefined;
    // One act of saying is one record: a quote that continues another is a further fragment of it.
    if (raw.layout === 'continuation' && inherited) return addFragment(inherited, raw);
    const speaker = inherited
      ? { ...inherited.quote.speaker, resolved: raw.layout === 'continuation' || inherited.quote.speaker.resolved }
      : resolveSpeaker(doc, toks, raw.speaker, raw.apposition, lex);
    // An apposition with a role ("an expert at …") says the speaker is a person, whatever the name slot holds.
    if (raw.layout === 'apposition' && speaker.kind !== 'person') Object.assign(speaker, { kind: 'person', name: speaker.mention?.text ?? null, entity: null });
    const content = raw.content.map(([s, e]) => spanOf(doc.text, s, e));
    const cue = raw.cue ? cueSpan(doc.text, toks[raw.cue.first]!.start, toks[raw.cue.last]!.end, raw.lemma!) : null;
    // The record spans its content, cue and own speaker mention.
    let start = Infinity;
    let end = -Infinity;
    for (const edge of [...content, cue, inherited ? null : speaker.mention]) {
      if (!edge) continue;
      start = Math.min(start, edge.start);
      end = Math.max(end, edge.end);
    }
    const quote: Omit<Quote, 'id' | 'nestedIn'> = {
      start,
      end,
      text: doc.text.slice(start, end),
      type: raw.type,
      content,
      cue,
      speaker,
      form: formOf(raw, content[0]?.text ?? '', inherited?.quote.form),
      layout: raw.layout,
      stance: stanceOf(doc.text, tokensWithin(toks, content), lex),
    };
    const entry = { quote, cueAt: cue?.start ?? null, paragraph: p, raw };
    made.push(entry);
    madeByRaw.set(raw, entry);
    if (raw.type === 'direct') lastDirect = entry;
    return entry;
  };
  const addFragment = (m: Made, raw: RawAttribution): Made => {
    const q = m.quote;
    q.content = [...q.content, ...raw.content.map(([s, e]) => spanOf(doc.text, s, e))].sort((a, b) => a.start - b.start);
    Object.assign(q, spanOf(doc.text, Math.min(q.start, q.content[0]!.start), Math.max(q.end, q.content.at(-1)!.end)));
    if (q.type === 'indirect') q.type = 'mixed';
    madeByRaw.set(raw, m);
    return m;
  };
  const continuation = (seg: PlacedSegment, source: RawAttribution): RawAttribution => {
    seg.used = true;
    return { type: 'direct', content: [[seg.open, seg.close]], speaker: null, sameSpeakerAs: source, cue: null, lemma: null, speech: false, cueClass: null, layout: 'continuation', apposition: null, unit: source.unit };
  };
  const settleRunOn = (source: RawAttribution | null) => {
    for (const { seg, p } of runOn) if (source) make(continuation(seg, source), p);
    runOn = [];
  };

  for (const [p, paragraph] of doc.paragraphs.entries()) {
    const toks = byParagraph[p] ?? [];
    const nextOpens = /^["“«„]/.test(doc.paragraphs[p + 1]?.text ?? '');
    const { segments, problems } = QUOTE_CHAR.test(paragraph.text) ? pairQuoteMarks(doc.text, paragraph.start, paragraph.end, nextOpens) : NO_MARKS;
    for (const problem of problems) context.report('info', 'quote-pairing', `paragraph ${paragraph.line}: ${problem.text}`, problem.at, problem.at + 1);
    const view = placeSegments(doc.text, syntax, isTime, toks, segments);
    const raws = attributeParagraph(view, lex);
    const turn = turns.has(p) ? transcriptTurn(view) : null;
    if (turn) raws.push(turn);
    const before = lastDirect as Made | null;

    // Quote-only units nobody claimed: they continue the speaker of the quote before them.
    const unitStarts = new Map(view.units.map((u) => [u.first, u]));
    let opensRunOn: PlacedSegment | null = null;
    const directs = raws.filter((r) => r.type === 'direct').sort((a, b) => a.content[0]![0] - b.content[0]![0]);
    let d = 0;
    for (const seg of view.segments) {
      if (seg.used || seg.firstTok < 0 || seg.lastTok - seg.firstTok < 3) continue;
      const unit = unitStarts.get(seg.firstTok);
      if (!unit || seg.lastTok < unit.last - 1) continue;
      while (d < directs.length && directs[d]!.content[0]![0] < seg.open) d++;
      const inParagraph = directs[d - 1];
      if (inParagraph) raws.push(continuation(seg, inParagraph));
      else if (seg.firstTok === 0 && (seg.runsOn || runOn.length > 0)) opensRunOn = seg;
      else if (seg.firstTok === 0 && before?.paragraph === p - 1) raws.push(continuation(seg, before.raw));
    }
    raws.sort((a, b) => a.content[0]![0] - b.content[0]![0]);
    for (const raw of raws) make(raw, p);

    // A run of open quote paragraphs ends where a paragraph opens with an attributed quote.
    if (runOn.length > 0) {
      const starter = raws.find((r) => r.type === 'direct' && r.content[0]![0] <= paragraph.start + 1);
      if (starter) settleRunOn(starter);
      else if (!opensRunOn) settleRunOn(before?.raw ?? null);
    }
    if (opensRunOn) {
      if (opensRunOn.runsOn) runOn.push({ seg: opensRunOn, p });
      else {
        runOn.push({ seg: opensRunOn, p });
        settleRunOn(before?.raw ?? null);
      }
    }
  }
  settleRunOn((lastDirect as Made | null)?.raw ?? null);

  made.sort((a, b) => a.quote.start - b.quote.start || a.quote.content[0]!.start - b.quote.content[0]!.start);
  const ids = new Map(made.map((m, i) => [m, `q${i + 1}`]));
  // Nested speech: the cue sits inside another attribution's content in the same unit (units are short).
  const byUnit = new Map<string, Made[]>();
  for (const m of made) {
    const key = `${m.paragraph}:${m.raw.unit}`;
    byUnit.get(key)?.push(m) ?? byUnit.set(key, [m]);
  }
  for (const m of made) {
    let outer: Made | null = null;
    if (m.cueAt !== null) {
      for (const o of byUnit.get(`${m.paragraph}:${m.raw.unit}`)!) {
        if (o === m || !o.quote.content.some((c) => c.start <= m.cueAt! && m.cueAt! < c.end)) continue;
        if (!outer || o.quote.end - o.quote.start < outer.quote.end - outer.quote.start) outer = o;
      }
    }
    doc.quotes.push({ id: ids.get(m)!, ...m.quote, nestedIn: outer ? ids.get(outer)! : null });
  }
}

/** A cue's span and lemma, built in one literal (a record per attribution: spreading a span costs more). */
function cueSpan(text: string, start: number, end: number, lemma: string): NonNullable<Quote['cue']> {
  return { start, end, text: text.slice(start, end), lemma };
}

const FORM_OF_CLASS: Partial<Record<CueClass, QuoteForm>> = { attitude: 'belief', stance: 'stance', evidential: 'evidence', sourceless: 'other' };
const QUESTION = /^(?:whether|if|how|why|what|when|where|who|which)\b/i;

/** A record's form follows its cue's class; "asked whether …" and a quoted question are questions. */
export function formOf(raw: Pick<RawAttribution, 'lemma' | 'cueClass'>, firstContent: string, inherited?: QuoteForm): QuoteForm {
  if (raw.lemma === 'ask' && (QUESTION.test(firstContent) || /\?["”'’]*$/.test(firstContent))) return 'question';
  return inherited ?? (raw.cueClass ? FORM_OF_CLASS[raw.cueClass] ?? 'statement' : 'statement');
}

/** Put the paired marks on the tokens and cut the paragraph into units (sentences, joined across quotes). */
function placeSegments(text: string, syntax: Syntax, isTime: TimeTest, toks: readonly Word[], segments: ReturnType<typeof pairQuoteMarks>['segments']): ParagraphView {
  const top = segments.filter((s) => s.depth === 0);
  const placed: PlacedSegment[] = top.map((s) => ({ ...s, firstTok: -1, lastTok: -1, used: false }));
  const segmentOf = new Int32Array(toks.length).fill(-1);
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (s < placed.length && placed[s]!.close <= t.start) s++;
    const seg = placed[s];
    if (seg && seg.open <= t.start && t.start < seg.close) {
      segmentOf[i] = s;
      if (seg.firstTok < 0) seg.firstTok = i;
      seg.lastTok = i;
    }
  }
  const units: Range[] = [];
  let first = 0;
  for (let i = 0; i < toks.length; i++) {
    const next = toks[i + 1];
    const boundary = !next || next.sentence !== toks[i]!.sentence;
    if (!boundary) continue;
    const insideQuote = next !== undefined && segmentOf[i]! >= 0 && segmentOf[i] === segmentOf[i + 1];
    // A sentence break right after an opening mark or before the attribution of a quote is not a unit break.
    if (insideQuote) continue;
    // "— Jane Doe" or a stray closing mark split off by the sentence splitter belongs to the unit before.
    if (next && (/^(?:-|--|—|–)$/.test(next.text) || (segmentOf[i + 1]! >= 0 && segmentOf[i + 1] !== segmentOf[i + 2]))) continue;
    pushUnit(units, toks, first, i);
    first = i + 1;
  }
  return { text, syntax, isTime, toks, segments: placed, segmentOf, units };
}

// Longer "sentences" (run-on text, a 1 MB paragraph without stops) are cut so every pattern's look-around
// stays bounded and the stage linear in the text.
const MAX_UNIT = 300;

function pushUnit(units: Range[], toks: readonly Word[], first: number, last: number): void {
  let start = first;
  while (last - start + 1 > MAX_UNIT) {
    let cut = start + MAX_UNIT - 1;
    for (let k = cut; k > start + MAX_UNIT / 2; k--) {
      if (/^[,;:]$/.test(toks[k]!.text)) {
        cut = k;
        break;
      }
    }
    units.push({ first: start, last: cut });
    start = cut + 1;
  }
  units.push({ first: start, last });
}

function tokensWithin(toks: readonly Word[], spans: readonly { start: number; end: number }[]): Word[] {
  const out: Word[] = [];
  for (const span of spans) {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < toks.length && toks[i]!.end <= span.end; i++) out.push(toks[i]!);
  }
  return out;
}
