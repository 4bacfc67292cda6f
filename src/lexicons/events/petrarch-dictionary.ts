/**
 * The PETRARCH2 CAMEO verb dictionary, its discard list and its issue coding, as compiled by
 * scripts/build-petrarch-dictionary.ts from ../shared/data/cameo (openeventdata/petrarch2, MIT, © Open Event
 * Data Alliance; the notice travels in petrarch-verbs.json). The format is described in README.md beside.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
const REBUILD = 'restore it from git, or rebuild it with node --import tsx scripts/build-petrarch-dictionary.ts';

/**
 * A code as the dictionary writes it: `194`, `---` (no event), `042:043` (the event, then the target's
 * reciprocal one) or `:173` (only the target's side: the subject is the one acted on).
 */
const CODE = String.raw`(?:\d{2,4}|---)(?::(?:\d{2,4}|---))?|:\d{2,4}`;
export const PetrarchCodeSchema = z.string().regex(new RegExp(`^(?:${CODE})$`));
export type PetrarchCode = z.infer<typeof PetrarchCodeSchema>;

/**
 * A token of a pattern, in the dictionary's notation (upper case): `WORD`; `&NAME`, any member of a synonym
 * set; the markers `$` (where the source stands), `+` (the target), `%` (both: a compound actor) and `^`
 * (any phrase); `A_B`, words (or sets) that follow each other; `A/B`, alternatives.
 */
export type Token = string;

/** A bare token; a noun phrase `{MODIFIER … HEAD}`; a prepositional phrase `(PREP …)`: its preposition(s), then its noun phrase. */
export type Element = Token | { np: Token[] } | { pp: Token; np: Token[] };

/** A pattern: the words before the verb (`*`), the subject side, and after it, in order; its code; its line in the source. */
export interface Pattern {
  line: number;
  code: PetrarchCode;
  pre: Element[];
  post: Element[];
  /** the verb the pattern was first written for (its comment in the source) */
  for?: string;
}

const TOKEN = String.raw`[^\s(){}*#\[\]]+`;
const ELEMENT = String.raw`(?:${TOKEN}|\{${TOKEN}(?: ${TOKEN})*\}|\(${TOKEN}(?: ${TOKEN})*\))`;
const SIDE = `${ELEMENT}(?: ${ELEMENT})*`;
/** `LINE [CODE] PRE * POST # FOR`: a pattern line of the source, normalized (see README.md). */
const PATTERN = new RegExp(`^(\\d+) \\[(${CODE})\\] (?:(${SIDE}) )?\\*(?: (${SIDE}))?(?: # ([A-Z][A-Z_-]*))?$`);

function parseSide(text: string | undefined): Element[] {
  return (text?.match(/\{[^}]*\}|\([^)]*\)|\S+/g) ?? []).map((part): Element => {
    if (part.startsWith('{')) return { np: part.slice(1, -1).split(' ') };
    if (!part.startsWith('(')) return part;
    const [pp, ...np] = part.slice(1, -1).split(' ');
    return { pp: pp!, np };
  });
}

const printSide = (elements: readonly Element[]) =>
  elements.map((e) => (typeof e === 'string' ? e : 'pp' in e ? `(${[e.pp, ...e.np].join(' ')})` : `{${e.np.join(' ')}}`)).join(' ');

/** The pattern's text as the dictionary writes it, without line and code: `* POLICE (TO BORDER)`. */
export const patternText = (p: Pattern) => [printSide(p.pre), '*', printSide(p.post)].filter(Boolean).join(' ');

/** A pattern → its line in the compiled file. */
export function printPattern(p: Pattern): string {
  return `${p.line} [${p.code}] ${patternText(p)}${p.for ? ` # ${p.for}` : ''}`;
}

/** A line of the compiled file → the pattern (the file's schema has checked it already). */
export function parsePattern(record: string): Pattern {
  const m = PATTERN.exec(record);
  if (!m) throw new Error(`not a pattern line: ${record}`);
  const pattern: Pattern = { line: Number(m[1]), code: m[2]!, pre: parseSide(m[3]), post: parseSide(m[4]) };
  if (m[5]) pattern.for = m[5];
  return pattern;
}

const PatternRecordSchema = z.string().regex(PATTERN, 'not a pattern line (LINE [CODE] PRE * POST # FOR)');

export const VerbSchema = z.object({
  /** as the dictionary writes it, without the `+` (CORDON_OFF) */
  verb: z.string().min(1),
  line: z.number().int().positive(),
  /** the verb word's forms, base first: regular ones generated, or the irregular ones in braces */
  forms: z.array(z.string().min(1)).min(1),
  /** words of a multi-word verb after / before its verb word (CORDON_OFF: after OFF) */
  after: z.array(z.string().min(1)).min(1).optional(),
  before: z.array(z.string().min(1)).min(1).optional(),
  /** the verb's own code, when it is not the block's */
  code: PetrarchCodeSchema.optional(),
});
export type Verb = z.infer<typeof VerbSchema>;

export const BlockRecordSchema = z.object({
  name: z.string().min(1),
  line: z.number().int().positive(),
  code: PetrarchCodeSchema,
  verbs: z.array(VerbSchema),
  patterns: z.array(PatternRecordSchema),
});
export type BlockRecord = z.infer<typeof BlockRecordSchema>;
export interface Block extends Omit<BlockRecord, 'patterns'> {
  patterns: Pattern[];
}

/** A synonym set: each member is its phrase (words space-separated) and, when it takes one, its plural. */
export const SynonymSetSchema = z.strictObject({ name: z.string().min(1), members: z.array(z.array(z.string().min(1)).min(1).max(2)).min(1) });
export type SynonymSet = z.infer<typeof SynonymSetSchema>;

const ActorVariable = z.enum(['a', 'b', '.', '_']);
/**
 * `~ a (a b ATTACK) SAY = a b 015`: when speaker a's SAY-coded clause reports an ATTACK-coded event of a on b,
 * code a→b 015 instead. `a` is the outer source, `b` another actor, `.` any actor, `_` none; `Q` any code.
 */
export const TransformationSchema = z.strictObject({
  line: z.number().int().positive(),
  speaker: ActorVariable,
  verb: z.string().min(1),
  /** the outer verb's block and code (null: its code is `---`) */
  block: z.string().min(1),
  verbCode: PetrarchCodeSchema.nullable(),
  inner: z.strictObject({ source: ActorVariable, target: ActorVariable, verb: z.string().min(1), code: PetrarchCodeSchema.nullable() }),
  result: z.strictObject({ source: ActorVariable, target: ActorVariable, code: z.string().regex(/^(\d{2,4}|Q)$/) }),
});
export type Transformation = z.infer<typeof TransformationSchema>;

const Count = z.number().int().nonnegative();
const SourceSchema = z.strictObject({ file: z.string(), origin: z.string(), licence: z.string() });

export const PetrarchVerbsSchema = z.strictObject({
  about: z.string(),
  source: SourceSchema,
  notice: z.string().min(1),
  /** the compile's figures */
  summary: z.object({
    blocks: Count,
    verbs: Count,
    multiWordVerbs: Count,
    verbForms: Count,
    patterns: Count,
    patternsLeftOut: Count,
    sets: Count,
    setMembers: Count,
    transformations: Count,
  }),
  sets: z.array(SynonymSetSchema),
  blocks: z.array(BlockRecordSchema),
  transformations: z.array(TransformationSchema),
});
export type PetrarchVerbsRecord = z.infer<typeof PetrarchVerbsSchema>;
export interface PetrarchVerbs extends Omit<PetrarchVerbsRecord, 'blocks'> {
  blocks: Block[];
}

/** Phrases that mark a sentence (or, `story`, a whole story) as not worth coding; a trailing `_` asks for a whole last word, otherwise it is a stem. */
export const PetrarchDiscardsSchema = z.strictObject({
  about: z.string(),
  source: SourceSchema,
  sentence: z.array(z.string().min(1)),
  story: z.array(z.string().min(1)),
});
export type PetrarchDiscards = z.infer<typeof PetrarchDiscardsSchema>;

export const IssueSectionSchema = z.strictObject({
  category: z.string().min(1),
  type: z.string(),
  /** issue tag → the phrases (expanded forms) that carry it */
  issues: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  /** phrases that cancel the section's issues in their sentence / their story */
  exclude: z.array(z.string().min(1)),
  excludeStory: z.array(z.string().min(1)),
});
export type IssueSection = z.infer<typeof IssueSectionSchema>;

export const PetrarchIssuesSchema = z.strictObject({ about: z.string(), source: SourceSchema, sections: z.array(IssueSectionSchema) });
export type PetrarchIssues = z.infer<typeof PetrarchIssuesSchema>;

export interface PetrarchDictionary {
  verbs: PetrarchVerbs;
  discards: PetrarchDiscards;
  issues: PetrarchIssues;
}

/** The compiled files, by name (the build script writes these). */
export const PETRARCH_FILES = { verbs: 'petrarch-verbs.json', discards: 'petrarch-discards.json', issues: 'petrarch-issues.json' } as const;

// Same contract as lexicons/load.ts readLexicon on the contracts branch (file, first problem, fix): use it once both are merged.
function read<S extends z.ZodType>(name: string, schema: S, check: boolean): z.infer<S> {
  const file = path.join(here, name);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file}: missing or not JSON; ${REBUILD}`);
  }
  // The files are the build script's output, checked whole by the tests (petrarch-dictionary.test.ts); a stage's
  // setup only makes sure it holds what the coder reads (a full check is most of the load time).
  const problem = check ? firstIssue(schema.safeParse(data)) : shapeIssue(name, data);
  if (problem) throw new Error(`${file}: not in the lexicon format (${problem}); ${REBUILD}`);
  return data as z.infer<S>;
}

function firstIssue(parsed: z.ZodSafeParseResult<unknown>): string | null {
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.') || 'file'}: ${issue.message}`;
}

/** The arrays each file must hold, by file: what the setup checks without the schema. */
const SHAPES: Record<string, readonly string[]> = {
  [PETRARCH_FILES.verbs]: ['sets', 'blocks', 'transformations'],
  [PETRARCH_FILES.discards]: ['sentence', 'story'],
  [PETRARCH_FILES.issues]: ['sections'],
};

function shapeIssue(name: string, data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'file: not an object';
  const missing = (SHAPES[name] ?? []).find((key) => !Array.isArray((data as Record<string, unknown>)[key]));
  return missing ? `${missing}: not a list` : null;
}

/** A block with its pattern lines read. */
function readBlock(b: BlockRecord): Block {
  return {
    ...b,
    patterns: b.patterns.map((line) => {
      try {
        return parsePattern(line);
      } catch {
        throw new Error(`${path.join(here, PETRARCH_FILES.verbs)}: not in the lexicon format (block ${b.name}: not a pattern line: ${line}); ${REBUILD}`);
      }
    }),
  };
}

/**
 * Read the three compiled files. Call once, from a stage's setup. `check`: validate them whole against their
 * schemas (the tests do; the setup reads what the build script wrote and the tests checked).
 */
export function loadPetrarchDictionary(options: { check?: boolean } = {}): PetrarchDictionary {
  const check = options.check ?? false;
  const verbs = read(PETRARCH_FILES.verbs, PetrarchVerbsSchema, check);
  return {
    verbs: { ...verbs, blocks: verbs.blocks.map(readBlock) },
    discards: read(PETRARCH_FILES.discards, PetrarchDiscardsSchema, check),
    issues: read(PETRARCH_FILES.issues, PetrarchIssuesSchema, check),
  };
}
