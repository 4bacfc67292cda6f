import { useEffect, useState } from 'react';

/** The page the hash names: `#/quotes?q=treaty` → { path: '/quotes', params: {q: 'treaty'} }. */
export interface Route {
  path: string;
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  return { path: path || '/', params: new URLSearchParams(at < 0 ? '' : raw.slice(at + 1)) };
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
export function href(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(path: string, params: Record<string, string | number | null | undefined> = {}): void {
  window.location.hash = href(path, params);
}

/** The values of `names` in the URL, '' for the absent ones. */
export function paramsOf<K extends string>(params: URLSearchParams, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((n) => [n, params.get(n) ?? ''])) as Record<K, string>;
}

/** Go to a page without a history entry: a redirect the back button should not return to. */
export function replace(path: string, params: Record<string, string | number | null | undefined> = {}): void {
  window.location.replace(href(path, params));
}
