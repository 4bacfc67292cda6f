/**
 * Reads PETRARCH2's discard list (Phoenix.discards.txt) and issue coding (Phoenix.IssueCoding.txt), in the
 * formats of PETRreader.read_discard_list / read_issue_list (openeventdata/petrarch2), read independently.
 */
import type { IssueSection, PetrarchDiscards } from '../../src/lexicons/events/petrarch-dictionary.ts';
import { nounPlural, regularVerbForms } from './inflect.ts';
import type { Problem } from './parse-verbs.ts';

const PHRASE = /^[\p{L}\p{N}][\p{L}\p{N} ,.'’‘&\/-]*_?$/u;
const stripComment = (line: string) => line.split('#')[0]!.replace(/\s+/g, ' ').trim();

/** Discards: `PHRASE` for a sentence, `+PHRASE` for a whole story. */
export function parseDiscards(text: string): { discards: Pick<PetrarchDiscards, 'sentence' | 'story'>; problems: Problem[] } {
  const sentence: string[] = [];
  const story: string[] = [];
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = stripComment(raw);
    if (line === '') return;
    const isStory = line.startsWith('+');
    const phrase = (isStory ? line.slice(1) : line).trim().toUpperCase();
    if (!PHRASE.test(phrase)) return void problems.push({ line: i + 1, reason: 'bad discard phrase', text: raw.trim(), kept: false });
    const list = isStory ? story : sentence;
    if (!list.includes(phrase)) list.push(phrase);
  });
  return { discards: { sentence, story }, problems };
}

/**
 * The forms one written word stands for: `n:WORD` singular and plural, `v:WORD` the regular verb forms,
 * `A+B` both "A B" and "A-B" (the expansions combine: `pre+n:school`).
 */
function wordForms(word: string): { forms: string[]; unknown: string | null } {
  let unknown: string | null = null;
  const pieces = word.split('+').map((piece) => {
    const m = /^([a-z]):(.+)$/i.exec(piece);
    if (!m) return [piece];
    const stem = m[2]!.toUpperCase();
    if (m[1]!.toLowerCase() === 'n') return [stem, ...[nounPlural(stem)].filter((p): p is string => p !== null)];
    if (m[1]!.toLowerCase() === 'v') return regularVerbForms(stem);
    unknown = `${m[1]}:`;
    return [stem];
  });
  let forms = pieces[0]!;
  for (const next of pieces.slice(1)) forms = forms.flatMap((f) => next.flatMap((n) => [`${f} ${n}`, `${f}-${n}`]));
  return { forms: forms.map((f) => f.toUpperCase()), unknown };
}

function expand(phrase: string): { phrases: string[]; unknown: string | null } {
  let unknown: string | null = null;
  let out = [''];
  for (const word of phrase.split(' ')) {
    const w = wordForms(word);
    unknown ??= w.unknown;
    out = out.flatMap((prefix) => w.forms.map((f) => (prefix === '' ? f : `${prefix} ${f}`)));
  }
  return { phrases: out, unknown };
}

/**
 * Issues: `<ISSUE CATEGORY="…" TYPE="…">` sections of `phrase [ISSUE_TAG]` lines; `~phrase` cancels the
 * section's issues in its sentence, `~~phrase` in its story. A line with no tag is left out, as PETRARCH2 does.
 */
export function parseIssues(text: string): { sections: IssueSection[]; problems: Problem[] } {
  const sections: IssueSection[] = [];
  const problems: Problem[] = [];
  let section: IssueSection | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    const problem = (reason: string, kept = false) => problems.push({ line: n, reason, text: raw.trim(), kept });
    // A dagger stands between words in some disease names ("astrovirus†infection").
    let line = stripComment(raw.replace(/†/g, ' '));
    if (raw.includes('†')) problem('† read as a space', true);
    if (line === '') return;
    const open = /^<ISSUE\s+CATEGORY="([^"]+)"(?:\s+TYPE="([^"]*)")?\s*>$/i.exec(line);
    if (open) return void sections.push((section = { category: open[1]!, type: open[2] ?? '', issues: {}, exclude: [], excludeStory: [] }));
    if (/^<\/ISSUE>$/i.test(line)) return void (section = null);
    if (!section) return void problem('outside an <ISSUE> section');
    if (line.startsWith('~')) {
      const story = line.startsWith('~~');
      const { phrases } = expand(line.slice(story ? 2 : 1).trim());
      (story ? section.excludeStory : section.exclude).push(...phrases.filter((p) => PHRASE.test(p)));
      return;
    }
    const entries = [...line.matchAll(/([^[\]]*)\[([A-Z0-9_-]+)\]/gi)].filter((m) => m[1]!.trim() !== '');
    if (entries.length === 0) return void problem('no [ISSUE] tag');
    const rest = line.replace(/[^[\]]*\[[A-Z0-9_-]+\]/gi, '').trim();
    if (entries.length > 1) problem('two entries on one line: both read', true);
    if (rest !== '') problem(`text after the tag ignored (${rest})`, true);
    for (const [, written, tag] of entries) {
      // `_` joins words, as in the verb dictionary; a comma is a word of its own, as the tokens have it.
      const { phrases, unknown } = expand(written!.replace(/_/g, ' ').replace(/,/g, ' , ').replace(/\s+/g, ' ').trim());
      if (unknown) problem(`unknown expansion ${unknown} read as a plain word`, true);
      const good = phrases.filter((p) => PHRASE.test(p));
      if (good.length === 0) {
        problem('bad issue phrase');
        continue;
      }
      const list = (section.issues[tag!.toUpperCase()] ??= []);
      for (const p of good) if (!list.includes(p)) list.push(p);
    }
  });
  return { sections, problems };
}
