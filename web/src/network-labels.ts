// Which node labels the network draws, and where: the most mentioned nodes first, each label beside its
// node (right, else left), skipped when it would cover a label already placed or a node that matters as
// much as its own, or leave the frame.

export interface LabelCandidate {
  id: string;
  /** Node centre and radius, in pixels of the frame. */
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
  /** Higher goes first: the focused node and its neighbours, then mentions. */
  priority: number;
}

export interface Box {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A node drawn in the frame, which a label of lower priority must not cover. */
export type Disc = Box & { priority: number };

const GAP = 3;

export const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** The square a node's disc takes up. */
export const discOf = (n: { id: string; x: number; y: number; r: number; priority: number }): Disc =>
  ({ id: n.id, left: n.x - n.r, top: n.y - n.r, width: 2 * n.r, height: 2 * n.r, priority: n.priority });

/**
 * Label boxes that overlap no other label, cover no node (of `nodes`, the discs drawn) of the same or higher
 * priority than their own, and stay inside a `width` × `height` frame; at most `max` of them.
 */
export function placeLabels(candidates: LabelCandidate[], width: number, height: number, max = Infinity, nodes: Disc[] = candidates.map(discOf)): Box[] {
  const placed: Box[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of order) {
    if (placed.length >= max) break;
    const top = c.y - c.height / 2;
    const sides = [c.x + c.r + GAP, c.x - c.r - GAP - c.width];
    for (const left of sides) {
      const box = { id: c.id, left, top, width: c.width, height: c.height };
      const inside = left >= 0 && top >= 0 && left + c.width <= width && top + c.height <= height;
      const covers = nodes.some((n) => n.id !== c.id && n.priority >= c.priority && overlaps(n, box));
      if (inside && !covers && !placed.some((p) => overlaps(p, box))) {
        placed.push(box);
        break;
      }
    }
  }
  return placed;
}
