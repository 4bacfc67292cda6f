/**
 * The dictionary's transformations (`~` lines): a clause whose complement is itself an event is recoded as
 * one act of the outer speaker. "A said A attacked B" → A→B 015 (claims responsibility); "A said B attacked"
 * → A→B 112 (accuses); "A wants to attack B" → A→B 138 (threatens). Rules are tried in file order.
 */
import type { Transformation } from '../../../lexicons/events/petrarch-dictionary.ts';

/** An event of actors (any ids; null: no actor named) and a CAMEO code. */
export interface CodedEvent {
  source: string | null;
  target: string | null;
  code: string;
}

/** The outer clause: its speaker (source), the dictionary block of its verb and the code the dictionary gave it. */
export interface OuterClause {
  source: string | null;
  block: string;
  code: string | null;
}

/** Does `code` fall under the rule's code: the same, or below it (190 covers 19x; 186 covers 1861)? */
function covers(rule: string | null, code: string): boolean {
  if (rule === null) return true;
  if (code.startsWith(rule)) return true;
  return rule.length === 3 && rule.endsWith('0') && code.startsWith(rule.slice(0, 2));
}

type Bindings = Partial<Record<'a' | 'b', string>>;

/** Bind a rule variable to an actor: `a` the speaker, `b` another actor, `.` any actor, `_` none. */
function bind(variable: string, actor: string | null, env: Bindings): boolean {
  if (variable === '_') return actor === null;
  if (actor === null) return false;
  if (variable === '.') return true;
  if (variable === 'a') return env.a === actor;
  if (env.b !== undefined) return env.b === actor;
  if (actor === env.a) return false;
  env.b = actor;
  return true;
}

function applies(rule: Transformation, outer: OuterClause, inner: CodedEvent): Bindings | null {
  if (outer.block !== rule.block && (rule.verbCode === null || outer.code !== rule.verbCode)) return null;
  if (!covers(rule.inner.code, inner.code) || outer.source === null) return null;
  const env: Bindings = { a: outer.source };
  return bind(rule.inner.source, inner.source, env) && bind(rule.inner.target, inner.target, env) ? env : null;
}

/** The event the first fitting transformation makes of the outer clause and its complement, or null. */
export function transformEvent(rules: readonly Transformation[], outer: OuterClause, inner: CodedEvent): { event: CodedEvent; rule: Transformation } | null {
  for (const rule of rules) {
    const env = applies(rule, outer, inner);
    if (!env) continue;
    const actor = (v: string) => (v === 'a' || v === 'b' ? (env[v] ?? null) : null);
    const code = rule.result.code === 'Q' ? inner.code : rule.result.code;
    return { event: { source: actor(rule.result.source), target: actor(rule.result.target), code }, rule };
  }
  return null;
}
