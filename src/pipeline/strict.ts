import { fieldOf, type Field, type WorkingDoc } from '../model/index.ts';
import type { Stage } from './stage.ts';

/** What a stage did to the document in a strict run: the fields it read and the writes its contract does not allow. */
export interface StageTrace {
  stage: string;
  reads: Set<Field>;
  /** reads of fields the stage neither needs nor gives */
  undeclaredReads: Set<Field>;
  /** writes (assignments, pushes, deletions) to fields the stage does not give */
  undeclaredWrites: Set<Field>;
}

/** The document's own input, always readable. */
const INPUT = new Set(['format', 'id', 'text', 'published']);
const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

/**
 * A view of the working document for one stage: every read of a layer or field is recorded, and so is every
 * write to a layer or field the stage does not give (the write still happens, so one run reports them all). Elements of a layer are viewed too, so
 * `entity.country` is a read of `entities.country`; values inside an element (a quote's speaker) belong to
 * their element's field. The same target always gets the same view, so identity comparisons still hold.
 * Only tests use this (buildPipeline's `strict`): it costs a proxy per element touched.
 */
export function strictView(doc: WorkingDoc, stage: Stage<any>): { doc: WorkingDoc; trace: StageTrace } {
  const needs = new Set<Field>(stage.needs);
  const gives = new Set<Field>(stage.gives);
  const trace: StageTrace = { stage: stage.name, reads: new Set(), undeclaredReads: new Set(), undeclaredWrites: new Set() };
  const views = new WeakMap<object, object>();
  const read = (field: Field | null) => {
    if (!field) return;
    trace.reads.add(field);
    if (!needs.has(field) && !gives.has(field)) trace.undeclaredReads.add(field);
  };
  const write = (field: Field | null): true => {
    if (field && !gives.has(field)) trace.undeclaredWrites.add(field);
    return true;
  };
  const view = <T extends object>(target: T, handler: ProxyHandler<T>): T => {
    if (!views.has(target)) views.set(target, new Proxy(target, handler));
    return views.get(target) as T;
  };

  const elementView = (layer: string, element: object): object =>
    view(element, {
      get(target, key, receiver) {
        if (typeof key === 'string') read(fieldOf(layer, key));
        return Reflect.get(target, key, receiver);
      },
      set(target, key, value, receiver) {
        return write(fieldOf(layer, String(key))) && Reflect.set(target, key, value, receiver);
      },
      deleteProperty(target, key) {
        return write(fieldOf(layer, String(key))) && Reflect.deleteProperty(target, key);
      },
    });

  const layerView = (layer: string, value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    return view(value, {
      get(target, key, receiver) {
        const got = Reflect.get(target, key, receiver);
        if (typeof key === 'string' && MUTATORS.has(key)) {
          // A mutating method changes the layer: allowed only when the stage gives it.
          return (...args: unknown[]) => write(fieldOf(layer)) && (got as (...a: unknown[]) => unknown).apply(receiver, args);
        }
        if (typeof key === 'string' && /^\d+$/.test(key) && got !== null && typeof got === 'object') return elementView(layer, got);
        return got;
      },
      set(target, key, value, receiver) {
        return write(fieldOf(layer)) && Reflect.set(target, key, value, receiver);
      },
      deleteProperty(target, key) {
        return write(fieldOf(layer)) && Reflect.deleteProperty(target, key);
      },
    });
  };

  const docView = view(doc, {
    get(target, key, receiver) {
      const got = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || INPUT.has(key)) return got;
      const field = fieldOf(key);
      if (!field) return got;
      read(field);
      return layerView(key, got);
    },
    set(target, key, value, receiver) {
      return write(fieldOf(String(key))) && Reflect.set(target, key, value, receiver);
    },
  });
  return { doc: docView, trace };
}

/** One line per problem a strict run found, or none when every stage kept to its contract. */
export function contractProblems(traces: readonly StageTrace[]): string[] {
  const out: string[] = [];
  for (const t of traces) {
    if (t.undeclaredReads.size > 0) out.push(`stage "${t.stage}" read ${[...t.undeclaredReads].join(', ')}, which it does not declare in needs`);
    if (t.undeclaredWrites.size > 0) out.push(`stage "${t.stage}" wrote ${[...t.undeclaredWrites].join(', ')}, which it does not declare in gives`);
  }
  return out;
}
