import { z } from 'zod';
import type { Doc, Field } from '../../src/model/index.ts';

const Many = z.union([z.string(), z.array(z.string())]);
export const GoldenSchema = z.object({
  article: z.string(),
  published: z.string(),
  quotes: z.array(z.object({
    line: z.number(), speaker: z.string(), speakerKind: z.string(), cue: z.string().nullable(), type: z.string(),
    contentIncludes: z.string(), speakerMention: z.string().optional(), speakerAffiliation: z.string().optional(),
    nestedIn: z.string().optional(), required: z.boolean(),
  })),
  speakerClusters: z.array(z.object({ canonical: z.string(), lines: z.array(z.number()), required: z.boolean() })),
  entities: z.array(z.object({
    text: z.string(), type: z.string(), country: z.string().optional(), alias: z.string().optional(), required: z.boolean(),
  })),
  timex: z.array(z.object({ line: z.number(), text: z.string(), type: z.string(), value: z.string(), required: z.boolean() })),
  events: z.array(z.object({
    line: z.number(), source: Many, target: Many.optional(), cameoRoot: z.array(z.string()).optional(), cameoCode: z.string().optional(),
    modality: z.string().optional(), date: z.string().optional(), goldstein: z.enum(['positive', 'negative']).optional(),
    about: z.string(), required: z.boolean(),
  })),
  flags: z.array(z.object({ line: z.number(), kind: z.string(), required: z.boolean() })),
});
export type Golden = z.infer<typeof GoldenSchema>;

/** One expectation made checkable: its name, the layers it needs, and a check that says why it failed. */
export interface Expectation {
  name: string;
  required: boolean;
  needs: Field[];
  check(doc: Doc): string | null;
}

const same = (a: string | null | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();
const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
const lineOf = (doc: Doc, at: number) => doc.paragraphs.find((p) => p.start <= at && at < p.end + 1)?.line ?? -1;

export function expectations(golden: Golden): Expectation[] {
  const out: Expectation[] = [];

  for (const q of golden.quotes) {
    out.push({
      name: `quote line ${q.line}: ${q.speaker} (${q.speakerKind}) ${q.cue ?? '∅'} [${q.type}] "${q.contentIncludes}"`,
      required: q.required,
      needs: ['quotes'],
      check(doc) {
        const here = doc.quotes.filter((x) => lineOf(doc, x.start) === q.line || x.content.some((c) => lineOf(doc, c.start) === q.line));
        const content = here.filter((x) => x.content.map((c) => c.text).join(' ').includes(q.contentIncludes) || x.text.includes(q.contentIncludes));
        if (content.length === 0) return `no quote on line ${q.line} has content including "${q.contentIncludes}" (found ${here.length} quotes there)`;
        const problems = content.map((x) => {
          const wrong: string[] = [];
          if (!same(x.speaker.name, q.speaker)) wrong.push(`speaker ${x.speaker.name}`);
          if (x.speaker.kind !== q.speakerKind) wrong.push(`kind ${x.speaker.kind}`);
          if (q.cue === null ? x.cue !== null : !same(x.cue?.text, q.cue)) wrong.push(`cue ${x.cue?.text ?? null}`);
          if (x.type !== q.type) wrong.push(`type ${x.type}`);
          if (q.speakerMention && !same(x.speaker.mention?.text, q.speakerMention)) wrong.push(`mention ${x.speaker.mention?.text ?? null}`);
          if (q.speakerAffiliation && !(x.speaker.affiliation ?? '').includes(q.speakerAffiliation)) wrong.push(`affiliation ${x.speaker.affiliation}`);
          if (q.nestedIn) {
            const outer = doc.quotes.find((o) => o.id === x.nestedIn);
            if (!same(outer?.speaker.name, q.nestedIn)) wrong.push(`nestedIn ${outer?.speaker.name ?? null}`);
          }
          return wrong;
        });
        return problems.some((w) => w.length === 0) ? null : `closest quote has ${problems.sort((a, b) => a.length - b.length)[0]!.join(', ')}`;
      },
    });
  }

  for (const c of golden.speakerClusters) {
    out.push({
      name: `speaker cluster ${c.canonical} on lines ${c.lines.join(', ')}`,
      required: c.required,
      needs: ['quotes', 'entities'],
      check(doc) {
        const entities = new Set<string | null>();
        for (const line of c.lines) {
          const quotes = doc.quotes.filter((x) => lineOf(doc, x.start) === line && same(x.speaker.name, c.canonical));
          if (quotes.length === 0) return `no quote by ${c.canonical} on line ${line}`;
          for (const x of quotes) entities.add(x.speaker.entity);
        }
        if (entities.size !== 1 || entities.has(null)) return `quotes resolve to ${entities.size} entities: ${[...entities].join(', ')}`;
        const entity = doc.entities.find((e) => e.id === [...entities][0]);
        return same(entity?.name, c.canonical) ? null : `cluster is named ${entity?.name}`;
      },
    });
  }

  for (const e of golden.entities) {
    out.push({
      name: `entity ${e.text} [${e.type}]${e.country ? ` ${e.country}` : ''}${e.alias ? ` alias ${e.alias}` : ''}`,
      required: e.required,
      needs: e.country ? ['entities', 'entities.country'] : ['entities'],
      check(doc) {
        const named = doc.entities.filter((x) => same(x.name, e.text) || x.aliases.some((a) => same(a, e.text)));
        if (named.length === 0) return `no entity named "${e.text}"`;
        const ok = named.find((x) => x.type === e.type && (!e.country || x.country === e.country)
          && (!e.alias || x.aliases.some((a) => a.includes(e.alias!)) || x.name.includes(e.alias)));
        return ok ? null : `found ${named.map((x) => `${x.name} [${x.type}] ${x.country} aliases ${x.aliases.join('|')}`).join('; ')}`;
      },
    });
  }

  for (const t of golden.timex) {
    out.push({
      name: `timex line ${t.line}: "${t.text}" ${t.type} ${t.value}`,
      required: t.required,
      needs: ['timexes'],
      check(doc) {
        const here = doc.timexes.filter((x) => lineOf(doc, x.start) === t.line && (x.text.includes(t.text) || t.text.includes(x.text)));
        if (here.length === 0) return `no timex overlapping "${t.text}" on line ${t.line}`;
        return here.some((x) => x.type === t.type && x.value === t.value) ? null : `found ${here.map((x) => `${x.text} ${x.type} ${x.value}`).join('; ')}`;
      },
    });
  }

  for (const v of golden.events) {
    out.push({
      name: `event line ${v.line}: ${list(v.source).join('/')} → ${v.target ? list(v.target).join('/') : 'any'} (${v.about})`,
      required: v.required,
      needs: ['events'],
      check(doc) {
        const here = doc.events.filter((x) => lineOf(doc, x.trigger.start) === v.line);
        if (here.length === 0) return `no event on line ${v.line}`;
        const country = (code: string) => code.slice(0, 3);
        const fits = here.find((x) => {
          const sources = x.sources.map((a) => country(a.code));
          const targets = x.targets.map((a) => country(a.code));
          return list(v.source).some((s) => sources.includes(s))
            && (!v.target || list(v.target).some((t) => targets.includes(t)))
            && (!v.cameoRoot || v.cameoRoot.includes(x.cameo.root))
            && (!v.cameoCode || x.cameo.code === v.cameoCode)
            && (!v.modality || x.modality === v.modality)
            && (!v.date || x.date.value === v.date)
            && (!v.goldstein || (v.goldstein === 'negative' ? (x.cameo.goldstein ?? 0) < 0 : (x.cameo.goldstein ?? 0) > 0));
        });
        return fits ? null : `found ${here.map((x) => `${x.sources.map((a) => a.code).join('+')}→${x.targets.map((a) => a.code).join('+')} ${x.cameo.code} ${x.modality} ${x.date.value} g${x.cameo.goldstein}`).join('; ')}`;
      },
    });
  }

  for (const f of golden.flags) {
    out.push({
      name: `flag line ${f.line}: ${f.kind}`,
      required: f.required,
      needs: f.kind === 'truncated' || f.kind === 'unbalanced-quote' ? ['paragraphs'] : ['quotes'],
      check(doc) {
        const found = doc.messages.some((m) => m.rule === f.kind && m.start !== null && lineOf(doc, m.start) === f.line);
        return found ? null : `no ${f.kind} message on line ${f.line}`;
      },
    });
  }
  return out;
}
