import { useState } from 'react';

/**
 * A search form's fields: what the URL says until the user edits them, and what the URL says again
 * whenever it changes (a link, back, forward), so the form never shows one query over another's results.
 */
export function useDraft<T extends Record<string, string>>(applied: T): [T, (name: keyof T, value: string) => void] {
  const key = JSON.stringify(applied);
  const [state, setState] = useState({ key, draft: applied });
  let draft = state.draft;
  if (state.key !== key) {
    draft = applied;
    setState({ key, draft: applied });
  }
  return [draft, (name, value) => setState((s) => ({ ...s, draft: { ...s.draft, [name]: value } }))];
}
