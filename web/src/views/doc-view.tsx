import { useEffect, useMemo, useRef, useState } from 'react';
import type { Doc } from '../api.ts';
import { LAYERS, marksOf, segments, type Mark, type MarkLayer } from '../highlight.ts';

const LAYER_NAMES: Record<MarkLayer, string> = {
  entity: 'entities', quote: 'quotes', speaker: 'speakers', cue: 'cues', timex: 'dates', event: 'events', message: 'messages',
};

/** The article text with everything found highlighted in place, and the quotes and entities beside it. */
export function DocView({ doc, focusQuote }: { doc: Doc; focusQuote?: string | null }) {
  const marks = useMemo(() => marksOf(doc), [doc]);
  const parts = useMemo(() => segments(doc.text.length, marks), [doc, marks]);
  const [hidden, setHidden] = useState<Set<MarkLayer>>(new Set());
  const [hovered, setHovered] = useState<Mark[]>([]);
  const [selected, setSelected] = useState<string | null>(focusQuote ?? null);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => setSelected(focusQuote ?? null), [focusQuote, doc]);
  useEffect(() => {
    if (!selected) return;
    textRef.current?.querySelector(`[data-quote~="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'center' });
  }, [selected, doc]);

  const toggle = (layer: MarkLayer) => setHidden((h) => {
    const next = new Set(h);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    return next;
  });
  const counts = useMemo(() => {
    const c = new Map<MarkLayer, Set<string>>();
    for (const m of marks) c.set(m.layer, (c.get(m.layer) ?? new Set()).add(m.ref));
    return c;
  }, [marks]);

  return (
    <div className="doc-view">
      <div className="doc-main">
        <div className="legend" role="group" aria-label="layers">
          {LAYERS.map((layer) => (
            <label key={layer} className={`legend-item hl-${layer}`}>
              <input type="checkbox" checked={!hidden.has(layer)} onChange={() => toggle(layer)} />
              {LAYER_NAMES[layer]} <span className="count">{counts.get(layer)?.size ?? 0}</span>
            </label>
          ))}
        </div>
        <div
          ref={textRef}
          className={`doc-text ${[...hidden].map((l) => `hide-${l}`).join(' ')}`}
          data-testid="doc-text"
          onMouseLeave={() => setHovered([])}
        >
          {parts.map((part) => <Part key={part.start} doc={doc} part={part} selected={selected} onHover={setHovered} onSelect={setSelected} />)}
        </div>
      </div>
      <aside className="doc-side">
        <section className="inspector" aria-live="polite">
          <h3>Under the pointer</h3>
          {hovered.length === 0 ? <p className="muted">Point at a highlight to see what was found.</p> : (
            <ul>{hovered.map((m, i) => <li key={i} className={`hl-${m.layer}`}><b>{LAYER_NAMES[m.layer]}</b> {m.label}</li>)}</ul>
          )}
        </section>
        <QuoteList doc={doc} selected={selected} onSelect={setSelected} />
        <EntityList doc={doc} />
      </aside>
    </div>
  );
}

function Part({ doc, part, selected, onHover, onSelect }: {
  doc: Doc;
  part: ReturnType<typeof segments>[number];
  selected: string | null;
  onHover: (marks: Mark[]) => void;
  onSelect: (quote: string | null) => void;
}) {
  const text = doc.text.slice(part.start, part.end);
  if (part.marks.length === 0) return <>{text}</>;
  const layers = new Set(part.marks.map((m) => m.layer));
  const ids = (layer: MarkLayer) => [...new Set(part.marks.filter((m) => m.layer === layer).map((m) => m.ref))].join(' ') || undefined;
  const quoteIds = ids('quote');
  const speakerOf = ids('speaker');
  const classes = [...layers].map((l) => `hl-${l}`);
  for (const m of part.marks) if (m.kind) classes.push(`kind-${m.kind}`);
  const quotes = [...(quoteIds?.split(' ') ?? []), ...(speakerOf?.split(' ') ?? [])];
  if (selected && quotes.includes(selected)) classes.push('selected');
  return (
    <span
      className={classes.join(' ')}
      title={part.marks.map((m) => m.label).join('\n')}
      data-quote={quoteIds}
      data-speaker-of={speakerOf}
      data-cue-of={ids('cue')}
      data-entity={ids('entity')}
      data-timex={ids('timex')}
      data-event={ids('event')}
      onMouseEnter={() => onHover(part.marks)}
      onClick={() => quotes[0] && onSelect(quotes[0])}
    >
      {text}
    </span>
  );
}

function QuoteList({ doc, selected, onSelect }: { doc: Doc; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <section>
      <h3>Quotes ({doc.quotes.length})</h3>
      {doc.quotes.length === 0 && <p className="muted">No quotes found.</p>}
      <ol className="quote-list">
        {doc.quotes.map((q) => (
          <li
            key={q.id}
            className={q.id === selected ? 'selected' : undefined}
            data-quote-item={q.id}
            data-speaker={q.speaker.name ?? ''}
            onClick={() => onSelect(q.id)}
          >
            <span className="speaker-name">{q.speaker.name ?? `(${q.speaker.kind})`}</span>
            {' → '}
            <span className="quote-content">“{q.content.map((c) => c.text).join(' … ')}”</span>
            {q.cue && <span className="muted"> ({q.cue.text}, {q.type})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EntityList({ doc }: { doc: Doc }) {
  if (doc.entities.length === 0) return null;
  const sorted = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return (
    <section>
      <h3>Entities ({doc.entities.length})</h3>
      <ul className="entity-list">
        {sorted.map((e) => (
          <li key={e.id} className={`kind-${e.type}`}>
            <span className="hl-entity">{e.name}</span> <span className="muted">{e.type}{e.actorCode ? ` ${e.actorCode}` : ''} ×{e.mentions.length}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
