/**
 * Corpus-level resolution of actors into the nodes of the actor network, shared by every store adapter: the
 * adapter reads edges per (entity, actor code) pair and the entities they name; this file says which node
 * each end is, merges the edges of one node pair and drops self-loops.
 *
 * A person is a node by its entity (two ministers with the code USAGOV stay two people). Any other actor is
 * a node by its actor code, with the bare government role folded into its country: "US", "United States" and
 * "U.S." (USA) and Washington or the White House speaking for the government (USAGOV) are one node, the
 * military (USAMIL) another. That node takes the id of the entity most mentioned among those it gathers, or
 * the code when it gathers none.
 */
import type { NetworkEdge } from './rows.ts';

/** One end of an edge as the store holds it. */
export interface ActorEnd {
  entity: string | null;
  code: string | null;
}

/** An edge between two actor ends, its count and the sum of its tones (null when none had a tone). */
export interface RawEdge {
  source: ActorEnd;
  target: ActorEnd;
  kind: NetworkEdge['kind'];
  count: number;
  toneSum: number | null;
  /** how many of `count` had a tone */
  toned: number;
}

/** What the network needs of an entity. */
export interface NodeEntity {
  id: string;
  type: string;
  actorCode: string | null;
  country: string | null;
  mentions: number;
}

/** A code with the bare government role folded into its country: USAGOV → USA; USAMIL and IGOs stay. */
export function foldGovernment(code: string): string {
  return /^[A-Z]{3}GOV$/.test(code) && !/^(?:IGO|NGO|IMG|MNC)/.test(code) ? code.slice(0, 3) : code;
}

/** The node key of an actor end: a person's entity, else its folded actor code, else its entity. */
export function nodeKey(end: ActorEnd, entities: ReadonlyMap<string, NodeEntity>): string | null {
  const e = end.entity ? entities.get(end.entity) : undefined;
  if (e?.type === 'PERSON') return e.id;
  const code = end.code ?? e?.actorCode ?? e?.country ?? null;
  if (code && /^[A-Z]{3,}$/.test(code) && !code.startsWith('---')) return `code:${foldGovernment(code)}`;
  return end.entity;
}

/**
 * The network's edges by node: edges between the same two nodes merged (counts added, tone averaged over the
 * edges that have one), self-loops (Russia → Russia, US → Washington) dropped, ids resolved to the most
 * mentioned entity of each code node. Sorted by source, target, kind.
 */
export function networkEdges(raw: readonly RawEdge[], entities: ReadonlyMap<string, NodeEntity>, minCount = 1): NetworkEdge[] {
  const representative = new Map<string, NodeEntity>();
  const consider = (key: string | null, end: ActorEnd) => {
    const e = end.entity ? entities.get(end.entity) : undefined;
    if (!key?.startsWith('code:') || !e) return;
    const best = representative.get(key);
    if (!best || e.mentions > best.mentions || (e.mentions === best.mentions && e.id < best.id)) representative.set(key, e);
  };
  const merged = new Map<string, { source: string; target: string; kind: NetworkEdge['kind']; count: number; toneSum: number; toned: number }>();
  for (const r of raw) {
    const source = nodeKey(r.source, entities);
    const target = nodeKey(r.target, entities);
    if (!source || !target || source === target) continue;
    consider(source, r.source);
    consider(target, r.target);
    const key = `${source}\u0000${target}\u0000${r.kind}`;
    const m = merged.get(key) ?? merged.set(key, { source, target, kind: r.kind, count: 0, toneSum: 0, toned: 0 }).get(key)!;
    m.count += r.count;
    if (r.toneSum !== null) {
      m.toneSum += r.toneSum;
      m.toned += r.toned;
    }
  }
  const id = (key: string) => (key.startsWith('code:') ? (representative.get(key)?.id ?? key.slice(5)) : key);
  return [...merged.values()]
    .filter((m) => m.count >= minCount)
    .map((m) => ({ source: id(m.source), target: id(m.target), kind: m.kind, count: m.count, tone: m.toned > 0 ? m.toneSum / m.toned : null }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : a.kind < b.kind ? -1 : 1));
}

/**
 * SQL (standard: CASE, substr, length) true when an event's source `s` and target `t` (event_actors rows
 * with `entity` and `code`) are not one node: the same entity, or the same folded code with no person among
 * them. `persons` is a subquery of the ids of person entities. For the timeline, which counts a dyad's events.
 */
export function notSelfLoopSql(s: string, t: string, persons: string): string {
  const folded = (a: string) => `CASE WHEN length(${a}.code) = 6 AND substr(${a}.code, 4, 3) = 'GOV' AND substr(${a}.code, 1, 3) NOT IN ('IGO', 'NGO', 'IMG', 'MNC') THEN substr(${a}.code, 1, 3) ELSE ${a}.code END`;
  const person = (a: string) => `coalesce(${a}.entity IN (${persons}), FALSE)`;
  return `NOT ((${s}.entity IS NOT NULL AND ${s}.entity = ${t}.entity) OR (${folded(s)} = ${folded(t)} AND NOT ${person(s)} AND NOT ${person(t)}))`;
}
