import type { Doc } from '../model/index.ts';

/** Which paragraph (index) holds offset `at`; paragraphs are sorted, so a binary search. */
function paragraphAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * A report a person can scan: each paragraph's opening words, then what was found in it
 * (entities, dates, quotes, events, messages). Document-level messages come first.
 */
export function textReport(doc: Doc): string {
  const lines: string[] = [];
  const byParagraph = doc.paragraphs.map(() => [] as string[]);
  const add = (at: number, line: string) => byParagraph[paragraphAt(doc, at)]?.push(line);
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));

  for (const m of doc.mentions) {
    const entity = m.entity ? entityById.get(m.entity) : undefined;
    const code = entity?.actorCode && entity.actorCode !== entity.country ? entity.actorCode : '';
    const extra = [entity && entity.name !== m.text ? `= ${entity.name}` : '', entity?.country ?? '', code]
      .filter(Boolean)
      .join(' ');
    add(m.start, `  entity  ${m.text} [${m.type}]${extra ? ` ${extra}` : ''}`);
  }
  for (const t of doc.timexes) {
    const unresolved = t.value === null || t.value.includes('X');
    const anchor = t.anchor.kind === 'timex' ? ` (from ${t.anchor.timex})` : unresolved ? ' (unanchored)' : '';
    const range = t.range ? ` (${t.range.begin ?? '?'} to ${t.range.end ?? '?'})` : '';
    add(t.start, `  date    ${t.text} → ${t.type} ${t.value ?? '?'}${range}${anchor}`);
  }
  for (const q of doc.quotes) {
    const who = q.speaker.name ?? q.speaker.mention?.text ?? 'unknown';
    const cue = q.cue ? ` ${q.cue.text}` : '';
    const nested = q.nestedIn ? ` (inside ${q.nestedIn})` : '';
    add(q.start, `  quote   ${who} (${q.speaker.kind})${cue} [${q.type}]${nested}: "${clip(q.content.map((c) => c.text).join(' … '), 90)}"`);
  }
  for (const e of doc.events) {
    const actors = (list: typeof e.sources) => list.map((a) => a.code).join('+') || '—';
    const g = e.cameo.goldstein === null ? '' : ` goldstein ${e.cameo.goldstein}`;
    add(e.trigger.start, `  event   ${actors(e.sources)} → ${actors(e.targets)} ${e.cameo.code} ${e.cameo.name} (${e.modality}${g}) "${e.trigger.text}"`);
  }
  const general: string[] = [];
  for (const m of doc.messages) {
    const line = `  ${m.level === 'info' ? 'note' : m.level}  ${m.rule}: ${m.text}`;
    if (m.start === null || doc.paragraphs.length === 0) general.push(line);
    else add(m.start, line);
  }

  lines.push(`${doc.id ?? 'article'}: ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.tokens.length} tokens, published ${doc.published ?? 'unknown'}`);
  lines.push(...general);
  doc.paragraphs.forEach((p, i) => {
    lines.push('', `¶${i + 1}  ${clip(p.text, 100)}`);
    lines.push(...byParagraph[i]!);
  });
  const counts = ['mentions', 'entities', 'timexes', 'quotes', 'events', 'messages'] as const;
  lines.push('', counts.map((k) => `${doc[k].length} ${k}`).join(', '));
  return `${lines.join('\n')}\n`;
}
