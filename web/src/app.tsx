import { useEffect, useRef, type ReactNode } from 'react';
import { href, useRoute, type Route } from './router.ts';
import { AnalyzePage } from './views/analyze-page.tsx';
import { ArticlePage } from './views/article-page.tsx';
import { ArticlesPage } from './views/articles-page.tsx';
import { EntitiesPage } from './views/entities-page.tsx';
import { EntityPage } from './views/entity-page.tsx';
import { EventsPage } from './views/events-page.tsx';
import { NetworkPage } from './views/network-page.tsx';
import { QuotesPage } from './views/quotes-page.tsx';
import { SearchPage } from './views/search-page.tsx';
import { TimelinePage } from './views/timeline-page.tsx';

const NAV = [
  ['/', 'Articles'],
  ['/quotes', 'Quotes'],
  ['/entities', 'Entities'],
  ['/events', 'Events'],
  ['/search', 'Search'],
  ['/network', 'Network'],
  ['/timeline', 'Timeline'],
  ['/analyze', 'Analyze'],
] as const;

/** The page a route shows, and the nav entry it belongs to. */
function pageOf(route: Route): { section: string; title: string; page: ReactNode } {
  const article = /^\/article\/(.+)$/.exec(route.path);
  if (article) return { section: '/', title: 'Article', page: <ArticlePage id={decodeURIComponent(article[1]!)} params={route.params} /> };
  const entity = /^\/entity\/(.+)$/.exec(route.path);
  if (entity) return { section: '/entities', title: 'Entity', page: <EntityPage id={decodeURIComponent(entity[1]!)} /> };
  const pages: Record<string, () => ReactNode> = {
    '/quotes': () => <QuotesPage params={route.params} />,
    '/entities': () => <EntitiesPage params={route.params} />,
    '/events': () => <EventsPage params={route.params} />,
    '/search': () => <SearchPage params={route.params} />,
    '/network': () => <NetworkPage params={route.params} />,
    '/timeline': () => <TimelinePage params={route.params} />,
    '/analyze': () => <AnalyzePage />,
  };
  const known = pages[route.path];
  const section = known ? route.path : '/';
  const title = NAV.find(([path]) => path === section)![1];
  return { section, title, page: known ? known() : <ArticlesPage params={route.params} /> };
}

export function App() {
  const route = useRoute();
  const { section, title, page } = pageOf(route);
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${title} · newsgraph`;
  }, [title]);
  // A new page (not a new filter on the same one) starts at the top, with keyboard focus on its content.
  const previous = useRef(route.path);
  useEffect(() => {
    if (previous.current === route.path) return;
    previous.current = route.path;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [route.path]);
  return (
    <>
      <a className="skip-link" href="#content" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header className="top">
        <a className="brand" href="#/">newsgraph</a>
        <nav aria-label="pages">
          {NAV.map(([path, name]) => (
            <a key={path} href={href(path)} aria-current={section === path ? 'page' : undefined}>{name}</a>
          ))}
        </nav>
        <a className="api-link" href="v1/openapi.json">API</a>
      </header>
      <main id="content" ref={main} tabIndex={-1}>{page}</main>
    </>
  );
}
