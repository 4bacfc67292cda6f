/**
 * Which of the date triggers occur in a text. One regex uniting them all took a quarter of the dates stage:
 * irregexp tries its alternatives at nearly every character. Here each trigger is read once for the first
 * characters its matches can open with (its heads); a text is walked once through a table of them, and a
 * trigger is tried (sticky) only where one of its heads stands. The same triggers are found, about 3 times faster.
 */

/** Any match of a trigger opens with one of its heads (a shorter head: the match may end there). */
const HEAD = 3;

/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
const SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const DIGIT = '0123456789';
const WORD = `abcdefghijklmnopqrstuvwxyz${DIGIT}_`;
/** Escapes that stand for themselves. */
const LITERAL_ESCAPE = /[\\/.\-()[\]{}|?*+^$]/;

/** A regex the head reader does not read: its trigger is tested on the whole text instead. */
class Unread extends Error {}

/** Upper-case ASCII to lower case: the case a trigger with the i flag (not u) ignores, and only that one. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** The heads a part of a pattern can match, given how many characters are still wanted. */
type Heads = (wanted: number) => Set<string>;

/**
 * The strings of up to `length` UTF-16 units that every match of `source` opens with, ASCII letters in lower
 * case; one shorter than `length` is a whole match. Assertions (`\b`, lookarounds, `^`, `$`) are read as
 * matching anywhere, so the heads are never too few. Throws `Unread` on anything else it does not know:
 * negated classes and escapes, `.`, backreferences, named groups, letters beyond ASCII that have a case.
 */
export function headsOf(source: string, length = HEAD): Set<string> {
  let i = 0;
  const fail = (): never => {
    throw new Unread(`${source.slice(i, i + 12)}`);
  };
  const empty: Heads = () => new Set(['']);
  const oneOf = (units: string): Heads => (wanted) => (wanted === 0 ? new Set(['']) : new Set(units.split('')));
  const concat = (parts: Heads[], from: number, wanted: number): Set<string> => {
    if (from === parts.length || wanted === 0) return new Set(['']);
    const out = new Set<string>();
    for (const head of parts[from]!(wanted)) {
      if (head.length === wanted) out.add(head);
      else for (const rest of concat(parts, from + 1, wanted - head.length)) out.add(head + rest);
    }
    return out;
  };
  const letter = (unit: string): string => {
    const lower = unit.toLowerCase();
    if (unit.charCodeAt(0) < 128) return lower;
    // A cased letter beyond ASCII matches its other case too, which the table's fold does not make.
    if (lower !== unit.toUpperCase()) fail();
    return unit;
  };
  const escape = (unit: string | undefined): string => {
    if (unit === 'd') return DIGIT;
    if (unit === 's') return SPACE;
    if (unit === 'w') return WORD;
    if (unit !== undefined && LITERAL_ESCAPE.test(unit)) return unit;
    return fail();
  };
  const klass = (): string => {
    i++;
    if (source[i] === '^') fail();
    let units = '';
    while (source[i] !== ']') {
      if (i >= source.length) fail();
      let from: string;
      if (source[i] === '\\') {
        i++;
        const set = escape(source[i++]);
        if (set.length > 1) {
          units += set;
          continue;
        }
        from = set;
      } else from = source[i++]!;
      if (source[i] === '-' && source[i + 1] !== ']') {
        i++;
        let to = source[i++]!;
        if (to === '\\') to = escape(source[i++]);
        for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) units += String.fromCharCode(c);
      } else units += from;
    }
    i++;
    return [...new Set(units.split('').map(letter))].join('');
  };
  const atom = (): Heads => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let assertion = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?(?:=|!|<=|<!)/.test(source.slice(i))) {
        assertion = true;
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source[i] === '?') fail();
      const inner = alternatives();
      if (source[i] !== ')') fail();
      i++;
      return assertion ? empty : inner;
    }
    if (c === '[') return oneOf(klass());
    if (c === '\\') {
      i++;
      if (source[i] === 'b') {
        i++;
        return empty;
      }
      return oneOf(escape(source[i++]));
    }
    if (c === '^' || c === '$') {
      i++;
      return empty;
    }
    if (c === '.' || c === ')' || c === '|' || c === '*' || c === '+' || c === '?') fail();
    i++;
    return oneOf(letter(c));
  };
  const item = (): Heads => {
    const part = atom();
    let min = 1;
    let max = 1;
    const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i));
    if (source[i] === '?') [min, max] = [0, 1];
    else if (source[i] === '*') [min, max] = [0, Infinity];
    else if (source[i] === '+') [min, max] = [1, Infinity];
    else if (braces) [min, max] = [Number(braces[1]), braces[2] ? (braces[3] ? Number(braces[3]) : Infinity) : Number(braces[1])];
    else return part;
    i += braces ? braces[0].length : 1;
    if (source[i] === '?') i++;
    // More repeats than characters wanted add no head (a repeat matching nothing adds none either).
    return (wanted) => {
      const out = new Set<string>(min === 0 ? [''] : []);
      for (let n = Math.min(min, wanted); n <= Math.min(max, wanted); n++) for (const head of concat(Array<Heads>(n).fill(part), 0, wanted)) out.add(head);
      return out;
    };
  };
  const sequence = (): Heads => {
    const parts: Heads[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') parts.push(item());
    return (wanted) => concat(parts, 0, wanted);
  };
  function alternatives(): Heads {
    const options = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return (wanted) => new Set(options.flatMap((o) => [...o(wanted)]));
  }
  const whole = alternatives();
  if (i !== source.length) fail();
  return whole(length);
}

/**
 * Which of the triggers occur in a text. A trigger whose heads cannot be read, or that can match nothing, is
 * tested on the whole text; the others are tried where a head of theirs stands (the text's ASCII capitals
 * folded as the heads are, so a head never misses a match, case-blind or not).
 */
export function triggerScan(triggers: readonly RegExp[]): (text: string) => boolean[] {
  // The heads are read with the i flag's case rules, not the u flag's ("ſ" is no "s" without it).
  if (triggers.some((t) => /[^i]/.test(t.flags))) throw new Error('a date trigger may only have the i flag');
  const here = triggers.map((t) => new RegExp(t.source, `${t.flags}y`));
  const whole: number[] = [];
  const byHead = new Map<string, number[]>();
  triggers.forEach((t, k) => {
    let heads: Set<string>;
    try {
      heads = headsOf(t.source);
    } catch (error) {
      if (!(error instanceof Unread)) throw error;
      whole.push(k);
      return;
    }
    if (heads.has('')) return void whole.push(k);
    for (const head of heads) {
      const key = String.fromCharCode(...head.split('').map((u) => fold(u.charCodeAt(0))));
      const list = byHead.get(key);
      if (!list) byHead.set(key, [k]);
      else if (!list.includes(k)) list.push(k);
    }
  });
  const tested = whole.map((k) => triggers[k]!);
  // Heads of Latin-1 units in tables indexed by their units (the three-unit ones by the first two, then the third); others by their string.
  const one: (number[] | null)[] = new Array<number[] | null>(256).fill(null);
  const two: (number[] | null)[] = new Array<number[] | null>(65536).fill(null);
  const three: ((number[] | null)[] | null)[] = new Array<(number[] | null)[] | null>(65536).fill(null);
  const wide = new Map<string, number[]>();
  for (const [key, list] of byHead) {
    const u = key.split('').map((x) => x.charCodeAt(0));
    if (u.some((x) => x >= 256)) wide.set(key, list);
    else if (u.length === 1) one[u[0]!] = list;
    else if (u.length === 2) two[u[0]! * 256 + u[1]!] = list;
    else (three[u[0]! * 256 + u[1]!] ??= new Array<number[] | null>(256).fill(null))[u[2]!] = list;
  }
  const anyWide = wide.size > 0;
  return (text) => {
    const found = triggers.map(() => false);
    let left = triggers.length;
    for (let j = 0; j < whole.length; j++) {
      if (tested[j]!.test(text)) {
        found[whole[j]!] = true;
        left--;
      }
    }
    const tryAt = (list: readonly number[], at: number): void => {
      for (let i = 0; i < list.length; i++) {
        const k = list[i]!;
        if (found[k]) continue;
        const h = here[k]!;
        h.lastIndex = at;
        if (h.test(text)) {
          found[k] = true;
          left--;
        }
      }
    };
    const n = text.length;
    let c1 = n > 0 ? fold(text.charCodeAt(0)) : -1;
    let c2 = n > 1 ? fold(text.charCodeAt(1)) : -1;
    for (let at = 0; at < n && left > 0; at++) {
      const c0 = c1;
      c1 = c2;
      c2 = at + 2 < n ? fold(text.charCodeAt(at + 2)) : -1;
      if (anyWide && (c0 >= 256 || c1 >= 256 || c2 >= 256)) {
        for (let len = 1; len <= HEAD && at + len <= n; len++) {
          const list = wide.get(String.fromCharCode(...[c0, c1, c2].slice(0, len)));
          if (list) tryAt(list, at);
        }
      }
      if (c0 >= 256) continue;
      const l1 = one[c0]!;
      if (l1 !== null) tryAt(l1, at);
      if (c1 < 0 || c1 >= 256) continue;
      const pair = c0 * 256 + c1;
      const l2 = two[pair]!;
      if (l2 !== null) tryAt(l2, at);
      const t3 = three[pair]!;
      if (t3 !== null && c2 >= 0 && c2 < 256) {
        const l3 = t3[c2]!;
        if (l3 !== null) tryAt(l3, at);
      }
    }
    return found;
  };
}
