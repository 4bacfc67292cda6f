/** A coded trigger with its actors becomes an Event: code shifts by modality and venue, date, PLOVER, reason. */
import type { Actor, Doc, Event, Syntax, Timex } from '../../model/index.ts';
import { spanOf } from '../../model/index.ts';
import { partitionPoint } from '../../util/sorted.ts';
import type { FrameName } from '../../lexicons/events/event-lexicons.ts';
import type { StageContext } from '../../pipeline/stage.ts';
import type { FoundActor } from './actor-groups.ts';
import type { TriggerMatch } from './match-triggers.ts';
import { type Found, type SentenceCtx, clauseEnd, clauseStart, describe } from './clause.ts';
import { frameCode } from './frames.ts';
import { modalityOf } from './modality.ts';
import type { EventResources } from './resources.ts';

const VENUE_GOVERNORS = new Set(['in', 'at', 'to']);
const RENEWALS = new Set(['renew', 'extend', 'prolong']);
export const CIVILIAN_ROLES = new Set(['CVL', 'REF', 'EDU', 'LAB', 'AGR', 'REL', 'HLH', 'MED', 'BUS', 'HRI', 'NGO']);

const timexesBySentence = new WeakMap<Doc, Timex[][]>();

/** The timexes that start in sentence `s`, in document order: grouped once, not scanned whole for every event. */
function sentenceTimexes(doc: Doc, syntax: Syntax, s: number): readonly Timex[] {
  let groups = timexesBySentence.get(doc);
  if (!groups) {
    const { sentences, words } = syntax;
    const ends = sentences.map((r) => (r.last >= r.first ? words[r.last]!.end : words[r.first - 1]?.end ?? 0));
    groups = sentences.map(() => []);
    for (const x of doc.timexes) groups[partitionPoint(ends, (end) => end <= x.start)]?.push(x);
    timexesBySentence.set(doc, groups);
  }
  return groups[s] ?? [];
}

function dateOf(doc: Doc, ctx: SentenceCtx, m: TriggerMatch): { value: string | null; timex: string | null; how: string } {
  const from = ctx.toks[clauseStart(ctx, m.first)]!.start;
  const to = ctx.toks[clauseEnd(ctx, m.last) - 1]!.end;
  const at = ctx.toks[m.first]!.start;
  let best: Timex | null = null;
  for (const x of sentenceTimexes(doc, ctx.syntax, ctx.s)) {
    if (x.start < from || x.end > to || !x.value || (x.type !== 'DATE' && x.type !== 'TIME')) continue;
    if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  }
  if (best) return { value: best.value, timex: best.id, how: `date ${best.value} from "${best.text}" in the clause` };
  return { value: doc.published, timex: null, how: doc.published ? `date ${doc.published}: publication date` : 'no date' };
}

function toActor(a: FoundActor): Actor {
  return { code: a.code, country: a.country, role: a.role, entity: a.entity, mention: a.mention };
}

export function buildEvent(doc: Doc, ctx: SentenceCtx, res: EventResources, m: TriggerMatch, complement: TriggerMatch | null, frameCodeValue: string, found: Found, context: StageContext, frameNote: string | null = null): Event | null {
  const sources = found.sources;
  const sourceCodes = new Set(sources.map((a) => a.code));
  let targets = found.targets.filter((a) => !sourceCodes.has(a.code) || sources.length > 1);
  // A visit or a hosting is between countries: travel inside one's own country is no event.
  if (frameCodeValue === '042' || frameCodeValue === '043') targets = targets.filter((t) => t.role !== null || !sources.some((a) => a.country === t.country));
  if (sources.length === 0 || targets.length === 0) return null;
  const { toks } = ctx;
  const mod = modalityOf(doc, ctx, res, m);
  let code = frameCodeValue;
  let shift = '';
  const root = Number(code.slice(0, 2));
  let modality = mod.modality;
  // "will not end their strike", "did not release": a yield or cooperation that is refused is coded as a refusal (12).
  // "failed to renew sanctions": sanctions not renewed lapse, which eases them (085).
  if (modality === 'negated' && code === '163' && RENEWALS.has(toks[m.first]!.lemma)) {
    shift = `; sanctions not renewed lapse: coded as easing 085`;
    code = '085';
    modality = mod.quote ? 'reported' : 'asserted';
  }
  if (modality === 'negated' && root >= 4 && root <= 8) {
    const shifted = frameCode(res, 'reject', code);
    shift = `; negated ${code} coded as refusal ${shifted}`;
    code = shifted;
    modality = mod.quote ? 'reported' : 'asserted';
  }
  if ((modality === 'future' || modality === 'hypothetical') && !m.pattern.frame) {
    const frame: FrameName | null = root >= 4 && root <= 8 ? 'intent' : root >= 14 ? 'threaten' : null;
    if (frame) {
      const shifted = frameCode(res, frame, code);
      shift = `; ${mod.modality} ${code} coded as ${frame} ${shifted}`;
      code = shifted;
    }
  }
  // "US and Soviet negotiators return to Geneva for talks": parties meeting in a third country meet at a third location (044).
  if (code === '040' || code === '046') {
    const parties = new Set([...sources, ...targets].map((a) => a.country));
    const from = clauseStart(ctx, m.first);
    const to = clauseEnd(ctx, m.last);
    // One place, next to the trigger ("talks in Vienna", "return to Geneva for talks"), not a topic further on.
    const venue = ctx.groups.find((g) => g.first >= from && g.first < to && Math.abs(g.first - m.first) <= 5 && g.members.length === 1 && !g.modifier && g.governor !== null && VENUE_GOVERNORS.has(g.governor) && g.members.every((a) => a.role === null && a.country && !parties.has(a.country)));
    if (venue) {
      shift += `; meeting in ${describe(venue)}, a third country: coded as 044`;
      code = '044';
    }
  }
  // Conventional military force meets armed opponents; force against civilians is unconventional violence (18).
  if (code === '190' && targets.every((t) => t.role !== null && CIVILIAN_ROLES.has(t.role))) {
    shift += `; force against civilians coded as unconventional violence 180`;
    code = '180';
  }
  const cameo = res.lexicons.codes.get(code);
  if (!cameo) {
    context.report('warning', 'events-unknown-code', `pattern gave CAMEO code ${code}, which the code table lacks`, toks[m.first]!.start, toks[m.last]!.end);
    return null;
  }
  const plover = ploverOf(res, code, [...sources, ...targets]);
  const date = dateOf(doc, ctx, m);
  const trigger = { ...spanOf(doc.text, toks[m.first]!.start, toks[m.last]!.end), lemma: toks.slice(m.first, m.last + 1).map((t) => t.lemma).join(' ') };
  const patternText = `"${m.pattern.lemmas.slice(0, 3).join('|')}${m.pattern.lemmas.length > 3 ? '|…' : ''}"${m.cue ? ` with "${m.cue}"` : ''}`;
  const frameName = frameNote ?? m.pattern.frame;
  const frameText = (complement ? `; ${frameName} frame over "${doc.text.slice(toks[complement.first]!.start, toks[complement.last]!.end)}" (${complement.pattern.code})` : frameNote ? `; ${frameNote}` : '') + (frameNote || complement ? ` → ${frameCodeValue}` : '');
  const reason = `trigger "${trigger.text}" matched ${patternText} → ${m.pattern.code}${frameText}${shift}; ${found.how}; modality ${modality}${mod.cue ? ` ("${mod.cue}")` : ''}; ${date.how}`;
  return {
    id: '',
    trigger,
    sentence: ctx.s,
    sources: sources.map(toActor),
    targets: targets.map(toActor),
    cameo: { code, name: cameo.name, root: cameo.root, goldstein: cameo.goldstein, quadClass: cameo.quadClass },
    plover,
    modality,
    date: { value: date.value, timex: date.timex },
    quote: mod.quote,
    reason,
  };
}

/** PLOVER event, mode and contexts from the CAMEO→PLOVER table (nearest coded ancestor), plus actor-role contexts. */
function ploverOf(res: EventResources, code: string, actors: readonly FoundActor[]): Event['plover'] {
  let row = null;
  for (let n = code.length; n >= 2 && !row; n--) row = res.lexicons.plover.get(code.slice(0, n)) ?? null;
  const context = new Set(row?.context ?? []);
  if (actors.some((a) => a.role === 'MIL')) context.add('military');
  if (actors.some((a) => a.role === 'COP')) context.add('crime');
  return { event: row?.event ?? null, mode: row?.mode ?? null, context: [...context] };
}
