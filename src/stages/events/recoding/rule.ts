import type { Modality } from '../../../model/index.ts';
import type { SentenceCtx, ActorGroup, FoundActor } from '../sentence.ts';
import type { TriggerMatch } from '../match-triggers.ts';
import type { EventResources } from '../resources.ts';

/** A trigger being coded: the reading the trigger rules refine before the actors are chosen. */
export interface TriggerCoding {
  m: TriggerMatch;
  code: string;
  /** the event the trigger governs or is for ("threatened to impose sanctions"), if any */
  complement: TriggerMatch | null;
  /** why the code is not the trigger's own, for the reason */
  note: string | null;
  /** the aim of a protest or demand, which uses up the words up to it */
  aim: { digit: string; cue: string; at: number } | null;
}

/** What a trigger rule reads besides the coding. */
export interface TriggerEnv {
  ctx: SentenceCtx;
  res: EventResources;
  matches: readonly TriggerMatch[];
  recent: readonly ActorGroup[];
}

/** A rule that re-codes a trigger from its sentence ("sent envoys to mediate" is the mediation). */
export interface TriggerRule {
  readonly id: string;
  apply(c: TriggerCoding, env: TriggerEnv): void;
}

/** An event being built: the code and modality the event rules may still shift, once actors are known. */
export interface EventCoding {
  code: string;
  modality: Modality;
  /** the reason's account of each shift */
  shift: string;
}

/** What an event rule reads besides the coding. */
export interface EventEnv {
  ctx: SentenceCtx;
  res: EventResources;
  m: TriggerMatch;
  sources: readonly FoundActor[];
  targets: readonly FoundActor[];
  /** the modality as read, and whether the event is reported inside a quote */
  read: { modality: Modality; cue?: string | null; quote: string | null };
}

/** A rule that re-codes an event by its modality or its parties ("did not release" is a refusal). */
export interface EventRule {
  readonly id: string;
  apply(c: EventCoding, env: EventEnv): void;
}
