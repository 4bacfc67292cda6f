import { href, useRoute } from './router.ts';
import { AnalyzePage } from './views/analyze-page.tsx';
import { ArticlePage } from './views/article-page.tsx';
import { ArticlesPage } from './views/articles-page.tsx';
import { NetworkPage } from './views/network-page.tsx';
import { QuotesPage } from './views/quotes-page.tsx';
import { TimelinePage } from './views/timeline-page.tsx';

const NAV = [
  ['/', 'Articles'],
  ['/quotes', 'Quotes'],
  ['/network', 'Network'],
  ['/timeline', 'Timeline'],
  ['/analyze', 'Analyze'],
] as const;

export function App() {
  const route = useRoute();
  const article = /^\/article\/(.+)$/.exec(route.path);
  const section = article ? '/' : route.path;
  return (
    <>
      <header className="top">
        <h1><a href="#/">newsgraph</a></h1>
        <nav>
          {NAV.map(([path, name]) => (
            <a key={path} href={href(path)} className={section === path ? 'active' : undefined}>{name}</a>
          ))}
        </nav>
        <a className="api-link" href="v1/openapi.json">API</a>
      </header>
      <main>
        {article ? <ArticlePage id={decodeURIComponent(article[1]!)} quote={route.params.get('quote')} />
          : route.path === '/quotes' ? <QuotesPage params={route.params} />
          : route.path === '/network' ? <NetworkPage params={route.params} />
          : route.path === '/timeline' ? <TimelinePage params={route.params} />
          : route.path === '/analyze' ? <AnalyzePage />
          : <ArticlesPage />}
      </main>
    </>
  );
}
