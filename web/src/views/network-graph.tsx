import Graph from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { SizedNode } from '../api.ts';
import { discOf, placeLabels, type Disc, type LabelCandidate } from '../network-labels.ts';
import { cssColor, toneColor, typeColor } from '../theme.ts';

/** The links between two actors, both directions and both kinds together: one line in the picture. */
export interface Pair {
  a: string;
  b: string;
  count: number;
  events: number;
  quotes: number;
  /** Mean tone on the −1…1 scale, weighted by count; null when no link has one. */
  tone: number | null;
}

const LABEL_FONT_PX = 12;
const LABEL_HEIGHT = 16;
// At most this many labels at once: beyond it the picture is text, not a graph.
const MAX_LABELS = 40;

let measurer: CanvasRenderingContext2D | null = null;
function textWidth(text: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 7;
  measurer.font = `600 ${LABEL_FONT_PX}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.ceil(measurer.measureText(text).width) + 8;
}

function buildGraph(nodes: SizedNode[], pairs: Pair[]): Graph {
  const g = new Graph({ type: 'undirected' });
  const maxMentions = Math.max(1, ...nodes.map((n) => n.mentions));
  for (const n of nodes) {
    g.addNode(n.id, { label: n.label, size: 3 + 13 * Math.sqrt(n.mentions / maxMentions), color: typeColor(n.type), mentions: n.mentions });
  }
  const maxCount = Math.max(1, ...pairs.map((p) => p.count));
  for (const p of pairs) {
    if (!g.hasNode(p.a) || !g.hasNode(p.b)) continue;
    g.addEdge(p.a, p.b, { size: 1 + 5 * Math.sqrt(p.count / maxCount), color: toneColor(p.tone), count: p.count, label: `×${p.count}` });
  }
  circular.assign(g);
  if (g.order > 1) {
    const settings = forceAtlas2.inferSettings(g);
    forceAtlas2.assign(g, { iterations: 300, settings: { ...settings, gravity: 1.5, scalingRatio: Math.max(settings.scalingRatio ?? 1, 8), barnesHutOptimize: g.order > 400 } });
  }
  return g;
}

/**
 * The actor network drawn with sigma (WebGL). Labels are HTML over the canvas, placed so none overlaps
 * another; focusing a node zooms to it and its neighbours, fades the rest and writes each link's count.
 */
export function NetworkGraph({ nodes, pairs, focus, onFocus }: {
  nodes: SizedNode[]; pairs: Pair[]; focus: string | null; onFocus: (id: string | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [ready, setReady] = useState(0);
  const onFocusRef = useRef(onFocus);
  onFocusRef.current = onFocus;
  const focusRef = useRef(focus);
  focusRef.current = focus;

  const graph = useMemo(() => buildGraph(nodes, pairs), [nodes, pairs]);

  useEffect(() => {
    if (!container.current) return;
    let renderer: Sigma;
    try {
      // allowInvalidContainer: while the page reflows (a narrower window, a view swapped in) the container can be
      // 0 px wide for a moment, and sigma's resize handler would throw an uncaught error; it draws again once it has a size.
      renderer = new Sigma(graph, container.current, {
        allowInvalidContainer: true, renderLabels: false, renderEdgeLabels: true, zIndex: true, minCameraRatio: 0.03, maxCameraRatio: 3, stagePadding: 24,
        edgeLabelSize: 12, edgeLabelWeight: '600', edgeLabelColor: { color: cssColor('--text') },
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    setFailure(null);
    renderer.on('clickNode', ({ node }) => onFocusRef.current(node));
    renderer.on('clickStage', () => onFocusRef.current(null));
    renderer.on('afterRender', () => drawLabels(renderer, graph, overlay.current, focusRef.current));
    sigma.current = renderer;
    setReady((n) => n + 1);
    return () => {
      renderer.kill();
      sigma.current = null;
    };
  }, [graph]);

  // Focus: fade the others, write counts on the focused node's links, and zoom to the neighbourhood.
  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    const keep = focus && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
    const faded = cssColor('--faded');
    renderer.setSetting('nodeReducer', (id, attrs) => {
      if (!keep) return attrs;
      if (!keep.has(id)) return { ...attrs, color: faded, zIndex: 0 };
      return { ...attrs, zIndex: 1, highlighted: id === focus };
    });
    renderer.setSetting('edgeReducer', (id, attrs) => {
      if (!keep) return { ...attrs, label: null };
      return graph.extremities(id).includes(focus!) ? { ...attrs, zIndex: 1 } : { ...attrs, hidden: true };
    });
    const camera = renderer.getCamera();
    if (!keep) {
      void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
      return;
    }
    void camera.animate(fitState(renderer, graph, [...keep]), { duration: 400 });
  }, [focus, graph, ready]);

  return (
    <div className="network-graph" data-testid="network-graph" data-nodes={graph.order} data-edges={graph.size}>
      <div ref={container} className="sigma-container" />
      <div ref={overlay} className="network-labels" data-testid="network-labels" aria-hidden="true" />
      {failure && <p className="error">The network needs WebGL, which this browser refused ({failure}). The table below lists every link.</p>}
    </div>
  );
}

/** The camera state that shows every node of `ids` with a margin, centred on them. */
function fitState(renderer: Sigma, graph: Graph, ids: string[]): { x: number; y: number; ratio: number } {
  // From the graph's own coordinates: the renderer's display cache is rebuilt after a reducer changes.
  const points = ids.map((id) => renderer.graphToViewport({ x: graph.getNodeAttribute(id, 'x') as number, y: graph.getNodeAttribute(id, 'y') as number }));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const camera = renderer.getCamera();
  const { width, height } = renderer.getDimensions();
  // Pixels scale as 1/ratio: the ratio that makes the box fill 60% of the frame.
  const fill = Math.max((maxX - minX) / (width * 0.6), (maxY - minY) / (height * 0.6));
  const center = renderer.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 });
  return { x: center.x, y: center.y, ratio: camera.getBoundedRatio(Math.max(0.08, camera.ratio * fill)) };
}

/** Put the labels that fit over the canvas: focus and neighbours first, then the most mentioned nodes. */
function drawLabels(renderer: Sigma, graph: Graph, overlay: HTMLDivElement | null, focus: string | null) {
  if (!overlay) return;
  const { width, height } = renderer.getDimensions();
  const keep = focus && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
  const candidates: LabelCandidate[] = [];
  const discs: Disc[] = [];
  graph.forEachNode((id, attrs) => {
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    const r = renderer.scaleSize(d.size);
    // In focus, the faded nodes give way to every label of the neighbourhood.
    const faded = keep !== null && !keep.has(id);
    const priority = faded ? -1 : (id === focus ? 1e9 : keep ? 1e6 : 0) + (attrs.mentions as number);
    discs.push(discOf({ id, x: p.x, y: p.y, r, priority }));
    if (faded) return;
    const label = String(attrs.label);
    candidates.push({ id, x: p.x, y: p.y, r, width: textWidth(label), height: LABEL_HEIGHT, priority });
  });
  const boxes = placeLabels(candidates, width, height, keep ? Infinity : MAX_LABELS, discs);
  overlay.replaceChildren(...boxes.map((box) => {
    const el = document.createElement('span');
    el.className = box.id === focus ? 'node-label focus' : 'node-label';
    el.textContent = String(graph.getNodeAttribute(box.id, 'label'));
    el.dataset.node = box.id;
    Object.assign(el.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
    return el;
  }));
  overlay.dataset.labels = String(boxes.length);
  overlay.dataset.ratio = renderer.getCamera().ratio.toFixed(3);
}
