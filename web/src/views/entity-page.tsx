import type { ReactNode } from 'react';
import { api, type EntityRow, type QuoteRow } from '../api.ts';
import { countLabel, dateLabel, plural } from '../format.ts';
import { href } from '../router.ts';
import { literalRanges } from '../text-match.ts';
import { useArticleNames } from '../use-article-names.ts';
import { useAsync } from '../use-async.ts';
import { usePages, type Pages } from '../use-pages.ts';
import { ArticleLink, ListStatus, Marked, MoreButton, PageHead } from './common.tsx';
import { DataTable } from './data-table.tsx';
import { eventColumns, eventDetail, eventKey } from './event-table.tsx';

/** One part of the entity page: a heading with its count, the rows, and "more". */
function Section<T>({ id, title, pages, empty, one, many, children }: {
  id: string; title: string; pages: Pages<T>; empty: string; one: string; many?: string; children: ReactNode;
}) {
  return (
    <section className="entity-section" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>
        {title} <span className="count">{pages.loading && pages.rows.length === 0 ? '…' : countLabel(pages.rows.length, pages.hasMore, one, pages.total, many)}</span>
      </h2>
      <ListStatus loading={pages.loading} error={pages.error} rows={pages.rows.length} empty={empty} />
      {children}
      <MoreButton {...pages} />
    </section>
  );
}

function QuoteItems({ rows, names }: { rows: QuoteRow[]; names: ReadonlyMap<string, string> }) {
  if (rows.length === 0) return null;
  return (
    <ul className="hits">
      {rows.map((q) => (
        <li key={`${q.article}/${q.id}`} className="hit">
          <a className="hit-text quote-link" href={href(`/article/${q.article}`, { at: q.id })}>“{q.content}”</a>
          <div className="row-source">
            {q.speaker ?? `(${q.speakerKind})`}{q.cue ? `, ${q.cue}` : ''} · <ArticleLink id={q.article} title={q.title} names={names} at={{ at: q.id }} />
            {' · '}<span className={q.published ? undefined : 'undated'}>{dateLabel(q.published)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

function Facts({ entity }: { entity: EntityRow }) {
  const rows: [string, ReactNode][] = [
    ['type', <><span className={`type-dot type-${entity.type}`} aria-hidden="true" /> {entity.type}</>],
    ['country', entity.country ?? '—'],
    ['actor code', entity.actorCode ? <a href={href('/events', { actor: entity.actorCode })}><code>{entity.actorCode}</code></a> : '—'],
    ['role', entity.role ?? '—'],
    ['also written', entity.aliases.length ? entity.aliases.join(' · ') : '—'],
    ['id', <code>{entity.id}</code>],
  ];
  return (
    <dl className="facts" data-testid="entity-facts">
      {rows.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
    </dl>
  );
}

/** One entity across the corpus: its names and codes, the sentences naming it, quotes by and about it, its events. */
export function EntityPage({ id }: { id: string }) {
  const result = useAsync(() => api.entity(id), [id]);
  const names = useArticleNames();
  const sentences = usePages((cursor) => api.entitySentences(id, cursor), id);
  const by = usePages((cursor) => api.quotes({ speaker: id }, cursor), id);
  const about = usePages((cursor) => api.quotes({ about: id }, cursor), id);
  const events = usePages((cursor) => api.events({ actor: id }, cursor), id);
  if (result.state === 'loading') return <p className="muted">Loading the entity…</p>;
  if (result.state === 'error') return <p className="error" role="alert">{result.message}</p>;
  const entity = result.value;
  const written = [entity.name, ...entity.aliases];
  return (
    <div className="entity-page">
      <PageHead title={entity.name}>
        <p className="meta">
          {plural(entity.articles, 'article')} · {plural(entity.mentions, 'mention')} · {plural(entity.quotes, 'quote')} spoken
          {' · '}<a href={href('/network', { focus: entity.id })}>in the network</a>
          {' · '}<a href={href('/timeline', { a: entity.id })}>timeline</a>
        </p>
      </PageHead>
      <Facts entity={entity} />
      <div className="entity-grid">
        <Section id="by" title="Quotes by" pages={by} empty={`No quote is attributed to ${entity.name}.`} one="quote">
          <QuoteItems rows={by.rows} names={names} />
        </Section>
        <Section id="about" title="Quotes about" pages={about} empty={`No quote names ${entity.name}.`} one="quote">
          <QuoteItems rows={about.rows} names={names} />
        </Section>
      </div>
      <Section id="events" title="Events" pages={events} empty={`${entity.name} is no actor of a coded event.`} one="event">
        <DataTable rows={events.rows} columns={eventColumns(names)} label="events" rowKey={eventKey} detail={eventDetail} />
      </Section>
      <Section id="mentions" title="Sentences naming it" pages={sentences} empty={`No sentence names ${entity.name} as written.`} one="sentence">
        {sentences.rows.length > 0 && (
          <ul className="hits">
            {sentences.rows.map((s) => (
              <li key={`${s.article}/${s.sentence}`} className="hit">
                <a className="hit-text" href={href(`/article/${s.article}`, { sentence: s.sentence })}><Marked text={s.text} ranges={literalRanges(s.text, written, 'match')} /></a>
                <div className="row-source"><ArticleLink id={s.article} title={s.title} names={names} at={{ sentence: s.sentence }} /> · <span className={s.published ? undefined : 'undated'}>{dateLabel(s.published)}</span></div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
