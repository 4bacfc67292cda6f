// The CAMEO roots and quad classes the event filters offer, from the project's own CAMEO table.
import codes from '../../src/lexicons/events/cameo-codes.json';

export interface Root {
  code: string;
  name: string;
  quadClass: number;
}

const titleCase = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

/** The twenty roots, 01 … 20, with their quad class. */
export const ROOTS: Root[] = (codes as { code: string; name: string; quadClass: number }[])
  .filter((c) => c.code.length === 2)
  .map((c) => ({ code: c.code, name: titleCase(c.name), quadClass: c.quadClass }));

export const QUAD_CLASSES: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const rootsOf = (quad: number) => ROOTS.filter((r) => r.quadClass === quad).map((r) => r.code);
