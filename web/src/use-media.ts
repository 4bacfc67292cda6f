import { useEffect, useState } from 'react';

/** Whether a CSS media query holds now; follows the window as it is resized. */
export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/** The width below which side panels fold away; styles.css uses the same figure. */
export const NARROW = '(max-width: 960px)';
