/** A coded trigger with its actors becomes an Event: code shifts by modality and venue, date, PLOVER, reason. */
import type { Actor, Doc, Event, Timex } from '../../model/index.ts';
import { spanOf } from '../../model/index.ts';
import type { StageContext } from '../../pipeline/stage.ts';
import type { TriggerMatch } from './match-triggers.ts';
import { type Found, type SentenceCtx, clauseEnd, clauseStart, type FoundActor } from './sentence.ts';
import { EVENT_RULES } from './recoding/index.ts';
import type { EventCoding } from './recoding/rule.ts';
import { dictionaryReading, targetAct } from './recoding/code-pair.ts';
import { modalityOf } from './modality.ts';
import type { EventResources } from './resources.ts';


/** The day an act on this timex happened: a date's value, or the first day of a range ("talks on June 15-16"). */
const pointOf = (x: Timex): string | null => (x.type === 'DATE' || x.type === 'TIME' ? x.value : (x.range?.begin ?? null));

function dateOf(doc: Doc, ctx: SentenceCtx, m: TriggerMatch): { value: string | null; timex: string | null; how: string } {
  const from = ctx.toks[clauseStart(ctx, m.first)]!.start;
  const to = ctx.toks[clauseEnd(ctx, m.last) - 1]!.end;
  const at = ctx.toks[m.first]!.start;
  let best: Timex | null = null;
  for (const x of ctx.index.timexesWithin(from, to)) {
    if (!pointOf(x)) continue;
    if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  }
  if (best) return { value: pointOf(best), timex: best.id, how: `date ${pointOf(best)} from "${best.text}" in the clause` };
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
  if (ctx.lex.codes.visits.includes(frameCodeValue)) targets = targets.filter((t) => t.role !== null || !sources.some((a) => a.country === t.country));
  if (sources.length === 0 || targets.length === 0) return null;
  const { toks } = ctx;
  const mod = modalityOf(ctx, res, m);
  const coding: EventCoding = { code: frameCodeValue, modality: mod.modality, shift: '' };
  for (const rule of EVENT_RULES) rule.apply(coding, { ctx, res, m, sources, targets, read: mod });
  const { code, modality, shift } = coding;
  const cameo = res.lexicons.codes.get(code);
  if (!cameo) {
    context.report('warning', 'events-unknown-code', `pattern gave CAMEO code ${code}, which the code table lacks`, toks[m.first]!.start, toks[m.last]!.end);
    return null;
  }
  const plover = ploverOf(res, code, sources, targets);
  const date = dateOf(doc, ctx, m);
  const trigger = { ...spanOf(doc.text, toks[m.first]!.start, toks[m.last]!.end), lemma: toks.slice(m.first, m.last + 1).map((t) => t.lemma).join(' ') };
  const patternText = `"${m.pattern.lemmas.slice(0, 3).join('|')}${m.pattern.lemmas.length > 3 ? '|…' : ''}"${m.cue ? ` with "${m.cue}"` : ''}`;
  const frameName = frameNote ?? m.pattern.frame;
  const frameText = (complement ? `; ${frameName} frame over "${doc.text.slice(toks[complement.first]!.start, toks[complement.last]!.end)}" (${complement.pattern.code})` : frameNote ? `; ${frameNote}` : '') + (frameNote || complement ? ` → ${frameCodeValue}` : '');
  const dictionary = m.dictionary ? `; ${m.dictionary.explanation}` : '';
  const reason = `trigger "${trigger.text}" matched ${patternText} → ${m.pattern.code}${dictionary}${frameText}${shift}; ${found.how}; modality ${modality}${mod.cue ? ` ("${mod.cue}")` : ''}; ${date.how}`;
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

/**
 * "Blinken is visiting South Korea": the dictionary's code pair (VISIT [042:043]) gives the target's act back,
 * KOR→USA 043 beside USA→KOR 042 (guidelines: hosting gives two). Only for a named target: `---` hosts no one.
 */
export function reverseEvent(doc: Doc, ctx: SentenceCtx, res: EventResources, m: TriggerMatch, complement: TriggerMatch | null, event: Event, found: Found, context: StageContext): Event | null {
  if (found.targets.every((a) => a.code === '---')) return null;
  const code = found.mutual ? event.cameo.code : targetAct(dictionaryReading(ctx, complement ?? m), event.cameo.code);
  if (!code) return null;
  const back = { sources: found.targets, targets: found.sources, how: `code pair [${event.cameo.code}:${code}]: the target's act back (${found.how})` };
  return buildEvent(doc, ctx, res, m, complement, code, back, context);
}

function hasRole(actors: readonly FoundActor[], role: string): boolean {
  for (const a of actors) if (a.role === role) return true;
  return false;
}

/** PLOVER event, mode and contexts from the CAMEO→PLOVER table (nearest coded ancestor), plus actor-role contexts. */
function ploverOf(res: EventResources, code: string, sources: readonly FoundActor[], targets: readonly FoundActor[]): Event['plover'] {
  let row = null;
  for (let n = code.length; n >= 2 && !row; n--) row = res.lexicons.plover.get(code.slice(0, n)) ?? null;
  const context = new Set(row?.context ?? []);
  if (hasRole(sources, 'MIL') || hasRole(targets, 'MIL')) context.add('military');
  if (hasRole(sources, 'COP') || hasRole(targets, 'COP')) context.add('crime');
  return { event: row?.event ?? null, mode: row?.mode ?? null, context: [...context] };
}
