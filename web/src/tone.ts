/** Colour of a tone: Goldstein (−10…10) for events, stance (−1…1) for quotes; red hostile, grey neutral, green cooperative. */
export function toneColor(tone: number | null, kind: 'event' | 'quote'): string {
  if (tone === null) return '#b0b0b0';
  const t = Math.max(-1, Math.min(1, kind === 'event' ? tone / 10 : tone));
  const [r, g, b] = t < 0 ? mix([150, 150, 150], [200, 40, 40], -t) : mix([150, 150, 150], [30, 150, 70], t);
  return `rgb(${r}, ${g}, ${b})`;
}

function mix(from: number[], to: number[], t: number): number[] {
  return from.map((f, i) => Math.round(f + (to[i]! - f) * t));
}
