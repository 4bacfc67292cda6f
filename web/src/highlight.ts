import type { Doc } from '../../src/model/index.ts';

export const LAYERS = ['entity', 'quote', 'speaker', 'cue', 'timex', 'event', 'message'] as const;
export type MarkLayer = (typeof LAYERS)[number];
/** Marks a page adds for one visit: the sentence a link points at, the words a search looked for. */
export type VisitLayer = 'sentence' | 'match';

/** One thing found in the text, ready to highlight: where, what kind, and what to say on hover. */
export interface Mark {
  layer: MarkLayer | VisitLayer;
  start: number;
  end: number;
  /** Id of the annotation it belongs to: quote, event, timex or entity id (mention id when unlinked), msg<i> for messages. */
  ref: string;
  /** One line shown on hover. */
  label: string;
  /** Extra CSS class, e.g. the entity type or message level. */
  kind?: string;
}

/** A run of text covered by the same marks; the text view renders one element per segment. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const sign = (n: number) => (n > 0 ? `+${n}` : String(n));

export const messageRef = (index: number) => `msg${index}`;

/** Every highlightable annotation of a Doc, whatever layers it has. */
export function marksOf(doc: Doc): Mark[] {
  const marks: Mark[] = [];
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  for (const m of doc.mentions) {
    const entity = m.entity ? entities.get(m.entity) : undefined;
    const name = entity && entity.name !== m.text ? ` = ${entity.name}` : '';
    const code = entity?.actorCode ? ` [${entity.actorCode}]` : '';
    marks.push({ layer: 'entity', start: m.start, end: m.end, ref: m.entity ?? m.id, label: `${m.type} ${m.text}${name}${code}`, kind: m.type });
  }
  for (const q of doc.quotes) {
    const speaker = q.speaker.name ?? `(${q.speaker.kind} speaker)`;
    const cue = q.cue ? ` (${q.cue.text})` : '';
    const content = q.content.map((c) => c.text).join(' … ');
    const label = `${speaker} → “${clip(content, 160)}”${cue}, ${q.type}`;
    for (const c of q.content) marks.push({ layer: 'quote', start: c.start, end: c.end, ref: q.id, label, kind: q.type });
    if (q.cue) marks.push({ layer: 'cue', start: q.cue.start, end: q.cue.end, ref: q.id, label: `cue “${q.cue.lemma}” of ${q.id}` });
    if (q.speaker.mention) {
      const resolved = q.speaker.resolved ? ' (resolved)' : '';
      marks.push({ layer: 'speaker', start: q.speaker.mention.start, end: q.speaker.mention.end, ref: q.id, label: `speaker ${speaker}${resolved}` });
    }
  }
  for (const t of doc.timexes) {
    marks.push({ layer: 'timex', start: t.start, end: t.end, ref: t.id, label: `${t.type} ${t.value ?? '(no value)'}${t.mod ? ` ${t.mod}` : ''}`, kind: t.type });
  }
  for (const v of doc.events) {
    const actors = (list: typeof v.sources) => list.map((a) => a.code).join('+') || '?';
    const goldstein = v.cameo.goldstein === null ? '' : `, Goldstein ${sign(v.cameo.goldstein)}`;
    const label = `${actors(v.sources)} → ${actors(v.targets)}: CAMEO ${v.cameo.code} ${v.cameo.name}${goldstein}${v.modality === 'asserted' ? '' : ` (${v.modality})`}`;
    marks.push({ layer: 'event', start: v.trigger.start, end: v.trigger.end, ref: v.id, label });
    for (const a of [...v.sources, ...v.targets]) {
      if (a.mention) marks.push({ layer: 'event', start: a.mention.start, end: a.mention.end, ref: v.id, label: `actor ${a.code} of ${v.id}`, kind: 'actor' });
    }
  }
  doc.messages.forEach((m, i) => {
    if (m.start === null || m.end === null) return;
    // A zero-width message (a cut-off end) is shown on the character before it.
    const start = m.end > m.start ? m.start : Math.max(0, m.start - 1);
    marks.push({ layer: 'message', start, end: Math.max(m.end, start + 1), ref: messageRef(i), label: `${m.level} ${m.rule}: ${m.text}`, kind: m.level });
  });
  return marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= doc.text.length);
}

/** Split `[0, length)` at every mark boundary; each segment lists the marks covering it, outermost first. */
export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      if (byStart[next]!.end > start) active.push(byStart[next]!);
      next++;
    }
    out.push({ start, end, marks: [...active] });
  }
  return out;
}
