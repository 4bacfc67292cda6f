/** Statements that are themselves the act: admissions, denials by dismissal, accusations argued; and whom a denial is aimed at. */
import type { Doc, Event } from '../../../model/index.ts';
import type { StageContext } from '../../../pipeline/stage.ts';
import { buildEvent } from '../build-event.ts';
import { eventPattern, type TriggerMatch } from '../match-triggers.ts';
import type { EventResources } from '../resources.ts';
import { type SentenceCtx, triggerAt, type ActorGroup } from '../sentence.ts';
import { admission } from './admission.ts';
import { retargetDenials } from './claims.ts';
import { arguedAccusation } from './argued-accusation.ts';
import { dismissal } from './dismissal.ts';
import { judgedConduct } from './judged-conduct.ts';
import type { SpeechAct, SpeechActHit } from './rule.ts';

export const SPEECH_ACTS: readonly SpeechAct[] = [admission, dismissal, arguedAccusation, judgedConduct];

/** The statement verb as a trigger of the act's code, so the event is built, dated and qualified as any other. */
function speechTrigger(ctx: SentenceCtx, hit: SpeechActHit): TriggerMatch {
  return { pattern: eventPattern({ code: hit.code, lemmas: [ctx.toks[hit.at]!.lemma] }), first: hit.at, last: hit.at, cue: null, cueAt: null, cueEnd: null, score: 0, frame: null };
}

/**
 * Add the sentence's statements-as-acts to `out`. A verb already coded is left as coded; the events whose triggers
 * lie in what the statement reports give way to it (what is admitted or denied is no event of its own), and an
 * accusation gives way to them (reported force is an accusation already, read by reportedForce).
 */
export function speechActEvents(doc: Doc, ctx: SentenceCtx, res: EventResources, recent: readonly ActorGroup[], out: Event[], context: StageContext): void {
  for (const rule of SPEECH_ACTS) {
    for (const hit of rule.find(ctx, recent)) {
      const inside = (e: Event) => {
        const k = triggerAt(ctx, e);
        return k >= (hit.from ?? hit.at + 1) && k < hit.end && k !== hit.at;
      };
      if (out.some((e) => triggerAt(ctx, e) === hit.at) || (rule.yieldsToContent && out.some(inside))) continue;
      const event = buildEvent(doc, ctx, res, speechTrigger(ctx, hit), null, hit.code, hit.found, context, `${rule.id}: ${hit.note}`);
      if (!event) continue;
      for (let j = out.length - 1; j >= 0; j--) if (inside(out[j]!)) out.splice(j, 1);
      out.push(event);
    }
  }
  retargetDenials(ctx, out);
}
