import { complementOf, frameCode } from '../frames.ts';
import { MESSAGE_NOUNS, before, ingForm } from './background.ts';
import type { TriggerRule } from './rule.ts';

/** How far after the trigger its message noun ("sent a letter") and the participle naming its content may stand. */
const OBJECT_REACH = 4;
const CONTENT_REACH = 20;

/**
 * "sent a letter to Hu, expressing condolences" → 018; "issued a statement calling on Syria to release …" → 0253:
 * a light act whose content a participle after the comma names is that content (README decision 1, the exception
 * to participial adjuncts). The sending or issuing keeps its parties; the code is the content's.
 */
export const messageContent: TriggerRule = {
  id: 'message-content',
  apply(c, { ctx, res, matches }) {
    const { toks } = ctx;
    if (c.m.pattern.frame || c.m.pattern.speech || c.complement) return;
    let noun = false;
    for (let k = c.m.last + 1; k < Math.min(toks.length, c.m.last + 1 + OBJECT_REACH) && !noun; k++) noun = MESSAGE_NOUNS.has(toks[k]!.lemma);
    if (!noun) return;
    const content = matches.find((p) => p.first > c.m.last && p.first <= c.m.last + CONTENT_REACH && !p.pattern.speech && ingForm(toks[p.first]) && toks[before(toks, p.first)]?.lower === ',');
    if (!content) return;
    const governed = content.pattern.frame ? complementOf(ctx, content, matches) : null;
    c.code = content.pattern.frame ? frameCode(res, content.pattern.frame, governed?.pattern.code ?? '') : content.pattern.code;
    c.complement = governed ?? content;
    c.note = `message content "${toks[content.first]!.text}" → ${c.code}`;
  },
};
