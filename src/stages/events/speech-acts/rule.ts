import type { Found, SentenceCtx, ActorGroup } from '../sentence.ts';

/**
 * A statement that is itself the act (guidelines: "unless the statement itself is the act"): the verb that makes it,
 * the code, the parties, and the words its content spans (what it reports is no event of its own).
 */
export interface SpeechActHit {
  /** the verb of the statement ("acknowledged", "called", "argues"): the event's trigger */
  at: number;
  code: string;
  found: Found;
  /** the first word of the statement's content when it does not follow the verb ('"…," it added'): else the word after `at` */
  from?: number;
  /** one past the last word of the statement's content */
  end: number;
  note: string;
}

/** A rule that reads one kind of statement-as-act in a sentence. */
export interface SpeechAct {
  readonly id: string;
  /** true: the act gives way to an event coded inside its content (an accusation of force is read by reportedForce); false: the content is what the act is about, no event of its own */
  readonly yieldsToContent: boolean;
  find(ctx: SentenceCtx, recent: readonly ActorGroup[]): SpeechActHit[];
}
