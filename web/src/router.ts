import { useEffect, useState } from 'react';

/** The page the hash names: `#/quotes?q=treaty` → { path: '/quotes', params: {q: 'treaty'} }. */
export interface Route {
  path: string;
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2) as [string, string?];
  return { path: path || '/', params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** A hash link with its parameters, empty ones left out. */
export function href(path: string, params: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const qs = query.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(path: string, params: Record<string, string | null | undefined> = {}): void {
  window.location.hash = href(path, params);
}
