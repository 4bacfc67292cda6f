import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { EventRow } from '../api.ts';
import { dateLabel, signed } from '../format.ts';
import { href } from '../router.ts';
import { literalRanges } from '../text-match.ts';
import { toneColor, toneOf } from '../theme.ts';
import { ArticleLink, Marked } from './common.tsx';

type Actor = EventRow['sources'][number];

/** An actor as the row names it: the code, and the words of the text when known; linked to its entity. */
function ActorName({ actor }: { actor: Actor }) {
  const body = <><code>{actor.code}</code>{actor.name && <span className="actor-words"> {actor.name}</span>}</>;
  return actor.entity ? <a href={href(`/entity/${actor.entity}`)}>{body}</a> : body;
}

function Actors({ list }: { list: Actor[] }) {
  if (list.length === 0) return <span className="muted">?</span>;
  return <>{list.map((a, i) => <span key={i} className="actor">{i > 0 && ' + '}<ActorName actor={a} /></span>)}</>;
}

/** The sentence an event was coded from, its trigger and its actors' words marked. */
export function EventSentence({ event }: { event: EventRow }) {
  const ranges = [
    ...literalRanges(event.sentence, [event.trigger], 'trigger'),
    ...literalRanges(event.sentence, [...event.sources, ...event.targets].map((a) => a.name), 'actor'),
  ];
  return <Marked text={event.sentence} ranges={ranges} />;
}

export const eventKey = (e: EventRow) => `${e.article}/${e.id}`;

const col = createColumnHelper<EventRow>();

/** The line under an event's row: its sentence, linked to its place in the article. */
export function eventDetail(e: EventRow) {
  return <a className="event-link" data-event-link={e.id} href={href(`/article/${e.article}`, { at: e.id })}><EventSentence event={e} /></a>;
}

/** Columns of an event list: date, who, what (CAMEO), to whom, tone, article; `eventDetail` adds the sentence. */
export function eventColumns(names: ReadonlyMap<string, string>): ColumnDef<EventRow, any>[] {
  return [
    col.accessor((e) => e.date ?? '', { id: 'date', header: 'Date', cell: (info) => <span className={info.row.original.date ? 'nowrap' : 'undated'}>{dateLabel(info.row.original.date)}</span> }),
    col.accessor((e) => e.sources.map((a) => a.code).join('+'), { id: 'source', header: 'Source', cell: (info) => <Actors list={info.row.original.sources} /> }),
    col.accessor('code', {
      header: 'Event',
      cell: (info) => <><code className="event-code">{info.getValue()}</code> {info.row.original.name}{info.row.original.modality !== 'asserted' && <span className="muted"> ({info.row.original.modality})</span>}</>,
    }),
    col.accessor((e) => e.targets.map((a) => a.code).join('+'), { id: 'target', header: 'Target', cell: (info) => <Actors list={info.row.original.targets} /> }),
    col.accessor((e) => e.goldstein ?? -99, {
      id: 'goldstein',
      header: 'Goldstein',
      meta: { numeric: true },
      cell: (info) => <span className="tone" style={{ color: toneColor(toneOf(info.row.original.goldstein, 'event')) }}>{signed(info.row.original.goldstein)}</span>,
    }),
    col.accessor((e) => names.get(e.article) ?? e.article, {
      id: 'article',
      header: 'Article',
      meta: { optional: true },
      cell: (info) => <ArticleLink id={info.row.original.article} names={names} at={{ at: info.row.original.id }} />,
    }),
  ];
}
