import type { SentenceCtx } from '../sentence.ts';
import type { TriggerMatch } from '../match-triggers.ts';
import type { EventRule } from './rule.ts';

/** "would not comment", "can not comment": a negated comment verb, which is a refusal to comment, not a statement. */
export function declinedComment(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const t = ctx.toks[m.first]!;
  return ctx.lex.words.commentVerbs.has(t.lemma) && (ctx.syntax.verbGroupAt(t.index)?.negated ?? false);
}

/**
 * "The Home Office would not comment on the case": declining to comment is CAMEO 011 (the dictionary's REFUSE *
 * COMMENT, DECLINE * COMMENT), asserted, though the plain statement it negates would be no event.
 */
export const declinedCommentRule: EventRule = {
  id: 'declined-comment',
  apply(c, { ctx, m, read }) {
    const { from, to } = ctx.lex.codes.declinedComment;
    if (c.modality !== 'negated' || c.code !== from || !declinedComment(ctx, m)) return;
    c.shift = `; a comment refused: coded as declining comment ${to}`;
    c.code = to;
    c.modality = read.quote ? 'reported' : 'asserted';
  },
};
