/**
 * The module at `relative` (no extension) from `base`: .ts when running from src/ through tsx, .js in the
 * compiled dist/. For worker entries and modules loaded on demand, which tsc's import rewriting never sees.
 */
export function moduleUrl(relative: string, base: string): URL {
  return new URL(`${relative}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}
