// Colours the canvas and the charts need as values; they are defined once, in styles.css, and read here.

const cache = new Map<string, string>();

/** The value of a colour variable of styles.css (`--tone-hostile` …), as the stylesheet gives it. */
export function cssColor(name: string): string {
  let value = cache.get(name);
  if (value === undefined) {
    value = getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888888';
    cache.set(name, value);
  }
  return value;
}

/** The node colour of an entity type (`--type-PERSON` …), grey for a bare actor code. */
export const typeColor = (type: string | null) => cssColor(`--type-${type ?? 'ACTOR'}`);

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** A tone from −1 (hostile) through 0 (neutral) to +1 (cooperative) as a colour; null is unknown. */
export function toneColor(tone: number | null): string {
  if (tone === null || Number.isNaN(tone)) return cssColor('--tone-unknown');
  const t = Math.max(-1, Math.min(1, tone));
  const from = rgb(cssColor('--tone-neutral'));
  const to = rgb(cssColor(t < 0 ? '--tone-hostile' : '--tone-cooperative'));
  const [r, g, b] = from.map((f, i) => Math.round(f + (to[i]! - f) * Math.abs(t)));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Goldstein (−10…10) or stance (−1…1) on the common −1…1 tone scale. */
export const toneOf = (value: number | null, kind: 'event' | 'quote') => (value === null ? null : kind === 'event' ? value / 10 : value);
