/**
 * PLOVER JSON Lines export: one record per event (compound actors stay lists, as PLOVER wants), with the
 * required id, date, actor and event fields. Events PLOVER has no category for (CAMEO roots 01 and 02) and
 * events without any date are passed over and counted.
 */
import type { Actor } from '../model/index.ts';
import type { Store } from '../store/contract.ts';
import { articleEvents, eventDay } from './article-events.ts';
import { write } from './records.ts';

// PLOVER renamed two CAMEO sectors: journalists are JRN (CAMEO MED), health is MED (CAMEO HLH).
const SECTORS: Record<string, string> = { MED: 'JRN', HLH: 'MED' };

function entity(actor: Actor): Record<string, string> {
  const top = actor.country ?? actor.code.slice(0, 3);
  const sector = actor.code.slice(3, 6);
  return {
    code: top,
    ...(sector ? { sector: SECTORS[sector] ?? sector } : {}),
    ...(actor.mention ? { entity_text: actor.mention.text } : {}),
  };
}

export async function writePlover(store: Store, out: NodeJS.WritableStream): Promise<{ rows: number; skipped: number; undated: number }> {
  let rows = 0;
  let skipped = 0;
  let undated = 0;
  for await (const { article, doc, events } of articleEvents(store)) {
    for (const event of events) {
      const date = eventDay(event, article.published);
      if (!event.plover.event || !date || event.modality === 'negated') {
        skipped += 1;
        if (!date) undated += 1;
        continue;
      }
      const record = {
        id: `${article.id}-${event.id}`,
        date,
        actor: event.sources.map(entity),
        recipient: event.targets.map(entity),
        event: [event.plover.event],
        ...(event.plover.mode ? { mode: [event.plover.mode] } : {}),
        ...(event.plover.context.length > 0 ? { context: event.plover.context } : {}),
        quad_code: event.cameo.quadClass,
        ...(event.cameo.goldstein === null ? {} : { event_scale: event.cameo.goldstein }),
        event_text: [event.trigger.text],
        text: doc.sentences[event.sentence]?.text ?? '',
        ...(article.url ? { link: article.url } : {}),
        coder: 'newsgraph',
        comment: `CAMEO ${event.cameo.code}; ${event.modality}; ${event.reason}`,
      };
      await write(out, `${JSON.stringify(record)}\n`);
      rows += 1;
    }
  }
  return { rows, skipped, undated };
}
