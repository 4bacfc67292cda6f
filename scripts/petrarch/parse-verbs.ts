/**
 * Reads the PETRARCH2 verb dictionary (CAMEO.2.0.txt) into the compiled lexicon's shape. The format is
 * PETRARCH2's (docs/source/dictionaries.rst and PETRreader.read_verb_dictionary in openeventdata/petrarch2),
 * read here independently: synonym sets, verb blocks with their verbs and patterns, transformations.
 * A line that cannot be read is reported, with its reason, and left out; nothing throws.
 */
import { PetrarchCodeSchema, type Block, type Element, type Pattern, type PetrarchVerbs, type SynonymSet, type Token, type Transformation, type Verb } from '../../src/lexicons/events/petrarch-dictionary.ts';
import { nounPlural, regularVerbForms } from './inflect.ts';

/** A line that could not be read as written: left out, or (`kept`) read with the fault set aside. */
export interface Problem {
  line: number;
  reason: string;
  text: string;
  kept: boolean;
}

export type VerbDictionary = Pick<PetrarchVerbs, 'notice' | 'sets' | 'blocks' | 'transformations'>;

const MARKERS = new Set(['$', '+', '%', '^']);
const WORD = /^[A-Z0-9][A-Z0-9'.\/-]*$/;
const VERB_WORD = /^[A-Z][A-Z'-]*$/;

const validCode = (code: string) => PetrarchCodeSchema.safeParse(code).success;

/** Comments start at `#` (PETRARCH2) or, on verb lines, at the legacy `;`. */
function splitComment(line: string): [body: string, comment: string] {
  const k = line.indexOf('#');
  return k < 0 ? [line, ''] : [line.slice(0, k), line.slice(k + 1).trim()];
}

/** The MIT notice from the file's header: "The MIT License" through the disclaimer. */
function readNotice(lines: readonly string[]): string {
  const start = lines.findIndex((l) => /The MIT License/.test(l));
  if (start < 0) return '';
  const out: string[] = [];
  for (let i = start; i < lines.length && lines[i]!.startsWith('#'); i++) {
    const text = lines[i]!.replace(/^#\s?/, '').trimEnd();
    out.push(text);
    if (/OTHER DEALINGS IN THE SOFTWARE\.$/.test(text)) break;
  }
  return out.join('\n');
}

class Reader {
  readonly problems: Problem[] = [];
  readonly sets = new Map<string, SynonymSet>();
  readonly blocks: Block[] = [];
  readonly transformations: Transformation[] = [];
  private readonly pendingTransforms: { line: number; text: string }[] = [];
  private set: SynonymSet | null = null;
  private inVerbs = false;

  problem(line: number, reason: string, text: string, kept = false): void {
    this.problems.push({ line, reason, text: text.trim(), kept });
  }

  read(lines: readonly string[]): void {
    lines.forEach((raw, i) => this.readLine(raw.replace(/\t/g, ' '), i + 1));
    for (const t of this.pendingTransforms) this.readTransformation(t.text, t.line);
  }

  private readLine(raw: string, n: number): void {
    if (/^#+\s*VERB PATTERNS/.test(raw)) this.inVerbs = true;
    const [body] = splitComment(raw);
    const line = body.trim();
    if (line === '') return;
    if (line.startsWith('&')) return this.openSet(line, n);
    if (line.startsWith('~')) return void this.pendingTransforms.push({ line: n, text: line });
    if (line.startsWith('---')) return this.openBlock(line, n);
    if (line.startsWith('-')) return this.readPattern(raw, n);
    if (line.startsWith('+') && !this.inVerbs) return this.addMember(line, n);
    if (this.blocks.length === 0) return this.problem(n, 'not a set member, block, verb or pattern', raw);
    this.readVerb(line.split(';')[0]!.trim(), n);
  }

  private openSet(line: string, n: number): void {
    const name = line.slice(1).trim();
    if (!/^[A-Z0-9_-]+$/.test(name)) return this.problem(n, 'bad synonym set name', line);
    if (this.sets.has(name)) return this.problem(n, `synonym set &${name} defined twice`, line);
    this.set = { name, members: [] };
    this.sets.set(name, this.set);
  }

  private addMember(line: string, n: number): void {
    if (!this.set) return this.problem(n, 'set member outside a set', line);
    const written = line.slice(1).trim();
    const noPlural = written.endsWith('_') || this.set.name.endsWith('_');
    const words = written.split(/[_\s]+/).filter(Boolean);
    if (words.length === 0 || !words.every((w) => WORD.test(w))) return this.problem(n, 'bad set member', line);
    const phrase = words.join(' ');
    if (this.set.members.some((m) => m[0] === phrase)) return; // a repeat within the set adds nothing
    const plural = noPlural ? null : nounPlural(words.at(-1)!);
    this.set.members.push(plural ? [phrase, [...words.slice(0, -1), plural].join(' ')] : [phrase]);
  }

  private openBlock(line: string, n: number): void {
    this.inVerbs = true;
    this.set = null;
    const m = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (!m || !validCode(m[2]!)) {
      this.problem(n, 'bad block header: its verbs code no event', line, true);
      // Keep reading into a block the patterns can still belong to, but code it as no event.
      this.blocks.push({ name: m?.[1] ?? `LINE_${n}`, line: n, code: '---', verbs: [], patterns: [] });
      return;
    }
    this.blocks.push({ name: m[1]!, line: n, code: m[2]!, verbs: [], patterns: [] });
  }

  private readVerb(line: string, n: number): void {
    const m = /^([^\s{[]+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?$/.exec(line);
    if (!m) return this.problem(n, 'bad verb line', line);
    const [, spec, braces, code] = m;
    if (code !== undefined && !validCode(code)) return this.problem(n, 'bad verb code', line);
    const main = splitVerb(spec!);
    if (!main) return this.problem(n, 'bad verb (a multi-word verb marks its verb word with +)', line);
    let forms: string[];
    if (braces === undefined) forms = regularVerbForms(main.word);
    else {
      forms = [main.word];
      const others: string[] = [];
      for (const f of braces.split(/[\s,]+/).filter(Boolean)) {
        const form = splitVerb(f);
        if (!form) return this.problem(n, `bad irregular form ${f}`, line);
        if (form.before.join('_') !== main.before.join('_') || form.after.join('_') !== main.after.join('_')) others.push(f);
        if (!forms.includes(form.word)) forms.push(form.word);
      }
      if (others.length > 0) this.problem(n, `irregular forms ${others.join(' ')} vary another word than the verb word of ${spec}: only their verb word kept`, line, true);
    }
    const verb: Verb = { verb: [...main.before, main.word, ...main.after].join('_'), line: n, forms };
    if (main.after.length > 0) verb.after = main.after;
    if (main.before.length > 0) verb.before = main.before;
    if (code !== undefined) verb.code = code;
    this.blocks.at(-1)!.verbs.push(verb);
  }

  private readPattern(raw: string, n: number): void {
    const block = this.blocks.at(-1);
    if (!block) return this.problem(n, 'pattern before any verb block', raw);
    const [body, comment] = splitComment(raw);
    const m = /^\s*-(.*)\[([^\]]*)\]\s*$/.exec(body);
    if (!m) return this.problem(n, 'pattern without a code at its end', raw);
    if (!validCode(m[2]!)) return this.problem(n, `bad pattern code [${m[2]}]`, raw);
    // TABARI's `_` next to the verb (`*_LAWS`, `SPY_*_DEAL`) only said "right next to it": read it as a space.
    const text = m[1]!.toUpperCase().replace(/_?\*_?/g, ' * ');
    const sides = text.split('*');
    if (sides.length !== 2) return this.problem(n, 'a pattern needs exactly one *', raw);
    const pre = this.readSide(sides[0]!, n, raw);
    const post = pre && this.readSide(sides[1]!, n, raw);
    if (!pre || !post) return;
    const pattern: Pattern = { line: n, code: m[2]!, pre, post };
    const writtenFor = /^[A-Z][A-Z_-]*\b/.exec(comment)?.[0];
    if (writtenFor) pattern.for = writtenFor;
    block.patterns.push(pattern);
  }

  /** One side of the `*`: bare tokens, `{…}` noun phrases and `(PREP …)` prepositional phrases. */
  private readSide(text: string, n: number, raw: string): Element[] | null {
    const parts = text.replace(/([(){}])/g, ' $1 ').split(/\s+/).filter(Boolean);
    const out: Element[] = [];
    let i = 0;
    const fail = (reason: string) => (this.problem(n, reason, raw), null);
    while (i < parts.length) {
      const p = parts[i]!;
      if (p === ')' || p === '}') return fail(`unbalanced ${p}`);
      if (p === '{' || p === '(') {
        const close = p === '{' ? '}' : ')';
        const inner: string[] = [];
        i++;
        while (i < parts.length && parts[i] !== close) inner.push(parts[i++]!);
        if (i >= parts.length) return fail(`unclosed ${p}`);
        i++;
        if (p === '{') {
          if (inner.length === 0 || inner.some((t) => '{}()'.includes(t))) return fail('bad noun phrase {…}');
          const np = this.readTokens(inner, n, raw);
          if (!np) return null;
          out.push({ np });
          continue;
        }
        if (inner.length === 0 || inner.includes('(')) return fail('bad prepositional phrase (…)');
        const preps = inner[0]!.split('/').filter(Boolean);
        if (preps.length === 0 || !preps.every((w) => WORD.test(w))) return fail(`bad preposition ${inner[0]}`);
        // Braces inside a prepositional phrase only group its noun phrase, which is one phrase already.
        const rest = inner.slice(1);
        const opens = rest.filter((t) => t === '{').length;
        if (opens > 1 || opens !== rest.filter((t) => t === '}').length) return fail('bad noun phrase in (…)');
        const np = this.readTokens(rest.filter((t) => t !== '{' && t !== '}'), n, raw);
        if (!np) return null;
        out.push({ pp: preps.join('/'), np });
        continue;
      }
      const token = this.readToken(p, n, raw);
      if (token === null) return null;
      out.push(token);
      i++;
    }
    return out;
  }

  private readTokens(parts: readonly string[], n: number, raw: string): Token[] | null {
    const out: Token[] = [];
    for (const p of parts) {
      const t = this.readToken(p, n, raw);
      if (t === null) return null;
      out.push(t);
    }
    return out;
  }

  /**
   * `WORD`, `&SET`, a marker, `A_B` (consecutive words or sets), `A/B` (alternatives), normalized: a token
   * opening with `&` names one set; inside `A_B` a part opening with `&` does.
   */
  private readToken(p: string, n: number, raw: string): Token | null {
    if (MARKERS.has(p)) return p;
    if (p.startsWith('&')) return this.sets.has(p.slice(1)) ? p : (this.problem(n, `undefined synonym set ${p}`, raw), null);
    const alternatives = p.split('/').filter(Boolean).map((alt) => alt.split('_').filter(Boolean));
    for (const parts of alternatives) {
      if (parts.length === 0) return (this.problem(n, `bad word ${p}`, raw), null);
      for (const w of parts) {
        if (w.startsWith('&') ? !this.sets.has(w.slice(1)) : !WORD.test(w)) return (this.problem(n, `bad word ${p}`, raw), null);
      }
    }
    return alternatives.map((parts) => parts.join('_')).join('/');
  }

  private readTransformation(text: string, n: number): void {
    const m = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+([^\s)]+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(text);
    const v = (x: string | undefined): x is 'a' | 'b' | '.' | '_' => x === 'a' || x === 'b' || x === '.' || x === '_';
    if (!m || !v(m[1]) || !v(m[2]) || !v(m[3]) || !v(m[6]) || !v(m[7]) || !/^(\d{2,4}|Q)$/.test(m[8]!)) {
      return this.problem(n, 'bad transformation', text);
    }
    const outer = this.primaryVerb(m[5]!);
    const inner = m[4] === 'Q' ? { block: 'Q', code: null } : this.primaryVerb(m[4]!);
    if (!outer || !inner) return this.problem(n, `transformation names a verb the dictionary lacks`, text);
    this.transformations.push({
      line: n,
      speaker: m[1],
      verb: m[5]!,
      block: outer.block,
      verbCode: outer.code,
      inner: { source: m[2], target: m[3], verb: m[4]!, code: inner.code },
      result: { source: m[6], target: m[7], code: m[8]! },
    });
  }

  /** The first block listing a verb, and the code the bare verb takes there (null for `---`). */
  private primaryVerb(word: string): { block: string; code: string | null } | null {
    for (const b of this.blocks) {
      const verb = b.verbs.find((x) => x.verb === word);
      if (verb) {
        const code = verb.code ?? b.code;
        return { block: b.name, code: code === '---' ? null : code };
      }
    }
    return null;
  }
}

/** `+CORDON_OFF` → CORDON, after OFF; `WIRE_+TAP` → TAP, before WIRE; `HURRY` → HURRY. */
function splitVerb(spec: string): { word: string; before: string[]; after: string[] } | null {
  const parts = spec.split('_').filter(Boolean);
  const at = parts.length === 1 ? 0 : parts.findIndex((p) => p.startsWith('+'));
  if (at < 0) return null;
  const word = parts[at]!.replace(/^\+/, '');
  const before = parts.slice(0, at);
  const after = parts.slice(at + 1);
  if (!VERB_WORD.test(word) || ![...before, ...after].every((w) => WORD.test(w))) return null;
  return { word, before, after };
}

export function parseVerbDictionary(text: string): { dictionary: VerbDictionary; problems: Problem[] } {
  const lines = text.split(/\r?\n/);
  const reader = new Reader();
  reader.read(lines);
  return {
    dictionary: { notice: readNotice(lines), sets: [...reader.sets.values()], blocks: reader.blocks, transformations: reader.transformations },
    problems: reader.problems,
  };
}
