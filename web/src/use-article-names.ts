import { useEffect, useState } from 'react';
import { api } from './api.ts';
import { articleLabel } from './format.ts';

// Quote, sentence and event rows name their article by id (and title, when it has one). The first page of
// the article list gives names for the rest: loaded once per visit, and a failure leaves short ids.
let names: Promise<Map<string, string>> | null = null;

function load(): Promise<Map<string, string>> {
  names ??= api.articleNames().then(
    (page) => new Map(page.items.map((a) => [a.id, articleLabel(a)])),
    () => new Map(),
  );
  return names;
}

export function useArticleNames(): ReadonlyMap<string, string> {
  const [value, setValue] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    void load().then((m) => current && setValue(m));
    return () => {
      current = false;
    };
  }, []);
  return value;
}
