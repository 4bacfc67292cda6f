import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Doc } from '../api.ts';
import { plural, signed } from '../format.ts';
import { LAYERS, marksOf, messageRef, segments, type Mark, type MarkLayer } from '../highlight.ts';
import { href } from '../router.ts';
import { NARROW, useMedia } from '../use-media.ts';

const LAYER_NAMES: Record<Mark['layer'], string> = {
  entity: 'mentions', quote: 'quotes', speaker: 'speakers', cue: 'cues', timex: 'dates', event: 'events', message: 'messages',
  sentence: 'sentence', match: 'search',
};

type Tab = 'quotes' | 'entities' | 'events' | 'dates' | 'messages';
const TABS: Tab[] = ['quotes', 'entities', 'events', 'dates', 'messages'];

/** How many of each layer the Doc holds: the same figures the article list shows. */
function layerCounts(doc: Doc): Record<MarkLayer, number> {
  return {
    entity: doc.mentions.length, quote: doc.quotes.length, speaker: doc.quotes.filter((q) => q.speaker.mention).length,
    cue: doc.quotes.filter((q) => q.cue).length, timex: doc.timexes.length, event: doc.events.length, message: doc.messages.length,
  };
}

/** The side panel tab an annotation id belongs to. */
function tabOf(ref: string | null): Tab | null {
  if (!ref) return null;
  if (ref.startsWith('msg')) return 'messages';
  return ({ q: 'quotes', v: 'events', t: 'dates', e: 'entities' } as Record<string, Tab>)[ref[0]!] ?? null;
}

/**
 * The article text with everything found highlighted in place, and beside it the quotes, entities, events,
 * dates and messages. `selected` is the id of one annotation (q3, v2, t1, e4, msg0) to mark and scroll to;
 * `visit` marks a sentence or search words for this visit.
 */
export function DocView({ doc, selected, onSelect, visit = [], toolbar }: {
  doc: Doc;
  selected: string | null;
  onSelect: (ref: string | null) => void;
  visit?: Mark[];
  toolbar?: ReactNode;
}) {
  const marks = useMemo(() => [...marksOf(doc), ...visit], [doc, visit]);
  const parts = useMemo(() => segments(doc.text.length, marks), [doc, marks]);
  const counts = useMemo(() => layerCounts(doc), [doc]);
  const [hidden, setHidden] = useState<Set<MarkLayer>>(new Set());
  const [hovered, setHovered] = useState<Mark[]>([]);
  const [tab, setTab] = useState<Tab>(() => tabOf(selected) ?? 'quotes');
  const narrow = useMedia(NARROW);
  const [panelOpen, setPanelOpen] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const wanted = tabOf(selected);
    if (wanted) setTab(wanted);
  }, [selected]);
  // Scroll to what a link points at: the selected annotation, else the visited sentence or first search hit.
  const target = selected ?? visit[0]?.ref ?? null;
  useEffect(() => {
    if (!target) return;
    textRef.current?.querySelector(`[data-refs~="${CSS.escape(target)}"]`)?.scrollIntoView({ block: 'center' });
  }, [target, doc]);

  const toggle = (layer: MarkLayer) => setHidden((h) => {
    const next = new Set(h);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    return next;
  });

  return (
    <div className={`doc-view${narrow ? ' narrow' : ''}`}>
      <div className="doc-main">
        <div className="doc-toolbar">
          <fieldset className="legend">
            <legend className="visually-hidden">Layers to highlight</legend>
            {LAYERS.map((layer) => (
              <label key={layer} className={`legend-item hl-${layer}`}>
                <input type="checkbox" checked={!hidden.has(layer)} onChange={() => toggle(layer)} />
                {' '}{LAYER_NAMES[layer]} <span className="count">{counts[layer]}</span>
              </label>
            ))}
          </fieldset>
          {toolbar}
          {narrow && (
            <button type="button" className="panel-toggle" aria-expanded={panelOpen} aria-controls="doc-panel" onClick={() => setPanelOpen((o) => !o)}>
              {panelOpen ? 'Hide findings' : 'Show findings'}
            </button>
          )}
        </div>
        {narrow && panelOpen && <SidePanel {...{ doc, selected, onSelect, tab, setTab, hovered }} />}
        <div
          ref={textRef}
          className={`doc-text ${[...hidden].map((l) => `hide-${l}`).join(' ')}`}
          data-testid="doc-text"
          onMouseLeave={() => setHovered([])}
        >
          {parts.map((part) => <Part key={part.start} doc={doc} part={part} selected={selected} onHover={setHovered} onSelect={onSelect} />)}
        </div>
      </div>
      {!narrow && <SidePanel {...{ doc, selected, onSelect, tab, setTab, hovered }} />}
    </div>
  );
}

function Part({ doc, part, selected, onHover, onSelect }: {
  doc: Doc;
  part: ReturnType<typeof segments>[number];
  selected: string | null;
  onHover: (marks: Mark[]) => void;
  onSelect: (ref: string | null) => void;
}) {
  const text = doc.text.slice(part.start, part.end);
  if (part.marks.length === 0) return <>{text}</>;
  const ids = (layer: Mark['layer']) => [...new Set(part.marks.filter((m) => m.layer === layer).map((m) => m.ref))].join(' ') || undefined;
  const refs = [...new Set(part.marks.map((m) => m.ref))];
  const classes = [...new Set(part.marks.map((m) => `hl-${m.layer}`))];
  for (const m of part.marks) if (m.kind) classes.push(`kind-${m.kind}`);
  if (selected && refs.includes(selected)) classes.push('selected');
  // A click picks the quote the words belong to, else the event, date or entity.
  const pick = ['quote', 'speaker', 'cue', 'event', 'timex', 'entity'].map((l) => part.marks.find((m) => m.layer === l)?.ref).find(Boolean);
  return (
    <span
      className={classes.join(' ')}
      title={part.marks.filter((m) => m.layer !== 'match').map((m) => m.label).join('\n') || undefined}
      data-refs={refs.join(' ')}
      data-quote={ids('quote')}
      data-speaker-of={ids('speaker')}
      data-cue-of={ids('cue')}
      data-entity={ids('entity')}
      data-timex={ids('timex')}
      data-event={ids('event')}
      onMouseEnter={() => onHover(part.marks)}
      onClick={() => pick && onSelect(pick)}
    >
      {text}
    </span>
  );
}

function SidePanel({ doc, selected, onSelect, tab, setTab, hovered }: {
  doc: Doc; selected: string | null; onSelect: (ref: string | null) => void; tab: Tab; setTab: (t: Tab) => void; hovered: Mark[];
}) {
  const sizes: Record<Tab, number> = {
    quotes: doc.quotes.length, entities: doc.entities.length, events: doc.events.length, dates: doc.timexes.length, messages: doc.messages.length,
  };
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  // Arrow keys move between tabs, as a tab list does.
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (i + step + TABS.length) % TABS.length;
    setTab(TABS[next]!);
    tabs.current[next]?.focus();
  };
  return (
    <aside className="side-panel" id="doc-panel" aria-label="findings" data-testid="doc-panel">
      <section className="inspector" aria-live="polite">
        <h2>Under the pointer</h2>
        {hovered.length === 0 ? <p className="muted">Point at a highlight to see what was found; pick an item below to mark it in the text.</p> : (
          <ul>{hovered.map((m, i) => <li key={i} className={`hl-${m.layer}`}><b>{LAYER_NAMES[m.layer]}</b> {m.label}</li>)}</ul>
        )}
      </section>
      <div className="tabs" role="tablist" aria-label="findings by kind">
        {TABS.map((t, i) => (
          <button
            key={t} type="button" role="tab" id={`tab-${t}`} aria-selected={tab === t} aria-controls={`tabpanel-${t}`}
            tabIndex={tab === t ? 0 : -1} ref={(el) => { tabs.current[i] = el; }}
            onClick={() => setTab(t)} onKeyDown={(e) => onKey(e, i)} data-tab={t}
          >
            {t} <span className="count">{sizes[t]}</span>
          </button>
        ))}
      </div>
      <section className="tab-panel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'quotes' && <QuoteList doc={doc} selected={selected} onSelect={onSelect} />}
        {tab === 'entities' && <EntityList doc={doc} selected={selected} onSelect={onSelect} />}
        {tab === 'events' && <EventList doc={doc} selected={selected} onSelect={onSelect} />}
        {tab === 'dates' && <DateList doc={doc} selected={selected} onSelect={onSelect} />}
        {tab === 'messages' && <MessageList doc={doc} selected={selected} onSelect={onSelect} />}
      </section>
    </aside>
  );
}

type ListProps = { doc: Doc; selected: string | null; onSelect: (ref: string | null) => void };

/** One pickable line of a side panel list: a button, so the keyboard reaches it. */
function Item({ id, selected, onSelect, children, data }: {
  id: string; selected: string | null; onSelect: (ref: string | null) => void; children: ReactNode; data?: Record<string, string>;
}) {
  return (
    <li className={id === selected ? 'selected' : undefined} {...data}>
      <button type="button" className="item" aria-pressed={id === selected} onClick={() => onSelect(id === selected ? null : id)}>{children}</button>
    </li>
  );
}

function Empty({ what }: { what: string }) {
  return <p className="muted">No {what} found in this article.</p>;
}

function QuoteList({ doc, selected, onSelect }: ListProps) {
  if (doc.quotes.length === 0) return <Empty what="quotes" />;
  return (
    <ol className="finding-list quote-list">
      {doc.quotes.map((q) => (
        <Item key={q.id} id={q.id} selected={selected} onSelect={onSelect} data={{ 'data-quote-item': q.id, 'data-speaker': q.speaker.name ?? '' }}>
          <span className="speaker-name">{q.speaker.name ?? `(${q.speaker.kind})`}</span>
          {' → '}
          <span className="quote-content">“{q.content.map((c) => c.text).join(' … ')}”</span>
          <span className="muted"> {q.cue ? `${q.cue.text}, ` : ''}{q.type}{q.nestedIn ? `, inside ${q.nestedIn}` : ''}</span>
        </Item>
      ))}
    </ol>
  );
}

function EntityList({ doc, selected, onSelect }: ListProps) {
  if (doc.entities.length === 0) return <Empty what="entities" />;
  const sorted = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return (
    <ul className="finding-list entity-list">
      {sorted.map((e) => (
        <li key={e.id} className={e.id === selected ? 'selected' : undefined} data-entity-item={e.id}>
          <button type="button" className="item" aria-pressed={e.id === selected} onClick={() => onSelect(e.id === selected ? null : e.id)}>
            <span className={`type-dot type-${e.type}`} aria-hidden="true" /> <b>{e.name}</b>{' '}
            <span className="muted">{e.type}{e.actorCode ? ` · ${e.actorCode}` : ''} · ×{e.mentions.length}</span>
          </button>
          {' '}<a className="aside-link" href={href('/entities', { q: e.name })} title={`${e.name} across the corpus`}>corpus</a>
        </li>
      ))}
    </ul>
  );
}

function EventList({ doc, selected, onSelect }: ListProps) {
  if (doc.events.length === 0) return <Empty what="events" />;
  const actors = (list: Doc['events'][number]['sources']) => list.map((a) => a.mention ? `${a.code} (${a.mention.text})` : a.code).join(' + ') || '?';
  return (
    <ol className="finding-list event-list">
      {doc.events.map((v) => (
        <Item key={v.id} id={v.id} selected={selected} onSelect={onSelect} data={{ 'data-event-item': v.id }}>
          <span className="event-code">{v.cameo.code}</span> {v.cameo.name}
          <br />
          <span>{actors(v.sources)} → {actors(v.targets)}</span>
          <span className="muted"> “{v.trigger.text}” · Goldstein {signed(v.cameo.goldstein)}{v.modality === 'asserted' ? '' : ` · ${v.modality}`}{v.date.value ? ` · ${v.date.value}` : ' · undated'}</span>
        </Item>
      ))}
    </ol>
  );
}

function DateList({ doc, selected, onSelect }: ListProps) {
  if (doc.timexes.length === 0) return <Empty what="dates" />;
  const anchors = { published: 'from the publication date', timex: 'from an earlier date', none: 'stands alone' } as Record<string, string>;
  return (
    <ol className="finding-list date-list">
      {doc.timexes.map((t) => (
        <Item key={t.id} id={t.id} selected={selected} onSelect={onSelect} data={{ 'data-timex-item': t.id }}>
          <b>{t.text}</b> → <code>{t.value ?? '(no value)'}</code>{t.mod ? ` ${t.mod}` : ''}
          <span className="muted"> {t.type}, {anchors[t.anchor.kind] ?? t.anchor.kind}</span>
        </Item>
      ))}
    </ol>
  );
}

function MessageList({ doc, selected, onSelect }: ListProps) {
  if (doc.messages.length === 0) return <p className="muted">No messages: nothing in the text looked wrong.</p>;
  const wide = doc.messages.filter((m) => m.start === null).length;
  return (
    <>
      {wide > 0 && <p className="muted">{plural(wide, 'message')} about the whole article, not marked in the text.</p>}
      <ol className="finding-list message-list">
        {doc.messages.map((m, i) => {
          const body = <><span className={`level level-${m.level}`}>{m.level}</span> <b>{m.rule}</b> <span>{m.text}</span></>;
          return m.start === null
            ? <li key={i} data-message-item={messageRef(i)}><div className="item static">{body}</div></li>
            : <Item key={i} id={messageRef(i)} selected={selected} onSelect={onSelect} data={{ 'data-message-item': messageRef(i) }}>{body}</Item>;
        })}
      </ol>
    </>
  );
}
