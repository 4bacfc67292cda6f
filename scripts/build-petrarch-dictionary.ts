/**
 * Compiles the PETRARCH2 dictionaries in ../shared/data/cameo (openeventdata/petrarch2, MIT, © Open Event Data
 * Alliance) into the events lexicon:
 *   petrarch-verbs.json     petrarch2_CAMEO.2.0.verbs.txt: synonym sets, verb blocks (verbs with their forms,
 *                           patterns), transformations, and the file's MIT notice
 *   petrarch-discards.json  petrarch2_Phoenix.discards.txt: sentence- and story-level discard phrases
 *   petrarch-issues.json    petrarch2_Phoenix.IssueCoding.txt: issue tags by phrase, per section
 * Lines that cannot be read are counted and listed, never fatal. Deterministic: the same input gives the same bytes.
 * Run: node --import tsx scripts/build-petrarch-dictionary.ts   (reads ../shared/data or NEWSGRAPH_DATA)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PETRARCH_FILES, printPattern, type PetrarchDiscards, type PetrarchIssues, type PetrarchVerbsRecord } from '../src/lexicons/events/petrarch-dictionary.ts';
import { REPO_ROOT, sharedDataDir } from '../src/util/shared-data.ts';
import { parseDiscards, parseIssues } from './petrarch/parse-lists.ts';
import { parseVerbDictionary, type Problem } from './petrarch/parse-verbs.ts';

export const SOURCES = {
  verbs: 'cameo/petrarch2_CAMEO.2.0.verbs.txt',
  discards: 'cameo/petrarch2_Phoenix.discards.txt',
  issues: 'cameo/petrarch2_Phoenix.IssueCoding.txt',
  codes: 'cameo/cameo_eventcodes.tsv',
} as const;

const ORIGIN = 'openeventdata/petrarch2 petrarch2/data/dictionaries';
const COMMIT = '(commit 676801c, 2019-03-18)';
const LICENCE = 'MIT, Copyright (c) 2015 Open Event Data Alliance (notice in petrarch-verbs.json)';
const OUT_DIR = path.join(REPO_ROOT, 'src/lexicons/events');

/** JSON with a value on one line when it fits, so a diff shows one pattern, verb or set per line. */
export function formatJson(value: unknown, indent = '', width = 120): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + formatJson(v, inner, width)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner, width)}`).join(',\n')}\n${indent}}`;
}

const countBy = (problems: readonly Problem[], kept: boolean) => problems.filter((p) => p.kept === kept).length;

/** Compile the three source texts (by their SOURCES key) into the files' contents and a report to print. */
export function compilePetrarch(read: (key: keyof typeof SOURCES) => string): { files: Record<string, string>; report: string[] } {
  const verbs = parseVerbDictionary(read('verbs'));
  const discards = parseDiscards(read('discards'));
  const issues = parseIssues(read('issues'));
  const cameo = new Set(read('codes').split('\n').slice(1).map((l) => l.split('\t')[0]!).filter(Boolean));

  const d = verbs.dictionary;
  const allVerbs = d.blocks.flatMap((b) => b.verbs);
  const patterns = d.blocks.flatMap((b) => b.patterns);
  const forms = new Set(allVerbs.flatMap((v) => v.forms.map((f) => [...(v.before ?? []), f, ...(v.after ?? [])].join(' '))));
  const codes = [...d.blocks.map((b) => b.code), ...allVerbs.flatMap((v) => (v.code ? [v.code] : [])), ...patterns.map((p) => p.code)];
  const unknownCodes = [...new Set(codes.flatMap((c) => c.split(':')).filter((c) => c !== '' && c !== '---' && !cameo.has(c)))].sort();
  const summary = {
    blocks: d.blocks.length,
    verbs: allVerbs.length,
    multiWordVerbs: allVerbs.filter((v) => v.after || v.before).length,
    verbForms: forms.size,
    patterns: patterns.length,
    patternsLeftOut: countBy(verbs.problems, false),
    sets: d.sets.length,
    setMembers: d.sets.reduce((n, s) => n + s.members.length, 0),
    transformations: d.transformations.length,
  };
  const verbsFile: PetrarchVerbsRecord = {
    about: 'The PETRARCH2 CAMEO verb dictionary compiled by scripts/build-petrarch-dictionary.ts; format in README.md.',
    source: { file: SOURCES.verbs, origin: `${ORIGIN}/CAMEO.2.0.txt ${COMMIT}`, licence: LICENCE },
    notice: d.notice,
    summary,
    sets: d.sets,
    blocks: d.blocks.map((b) => ({ ...b, patterns: b.patterns.map(printPattern) })),
    transformations: d.transformations,
  };
  const discardsFile: PetrarchDiscards = {
    about: 'PETRARCH2 discard phrases: a sentence (or, story, a whole story) holding one is not coded. A trailing _ asks for a whole last word; otherwise the last word is a stem.',
    source: { file: SOURCES.discards, origin: `${ORIGIN}/Phoenix.discards.txt ${COMMIT}`, licence: LICENCE },
    ...discards.discards,
  };
  const issuesFile: PetrarchIssues = {
    about: 'PETRARCH2 issue coding: phrases (expanded forms) → issue tags, per section; exclude / excludeStory phrases cancel the section in their sentence / story.',
    source: { file: SOURCES.issues, origin: `${ORIGIN}/Phoenix.IssueCoding.txt ${COMMIT}`, licence: LICENCE },
    sections: issues.sections,
  };
  const issuePhrases = issues.sections.reduce((n, s) => n + Object.values(s.issues).flat().length, 0);
  const issueTags = new Set(issues.sections.flatMap((s) => Object.keys(s.issues)));
  const listProblems = (file: string, problems: readonly Problem[]) =>
    problems.map((p) => `  ${file}:${p.line}  ${p.kept ? 'kept' : 'left out'}: ${p.reason}  | ${p.text.slice(0, 90)}`);
  const report = [
    `verbs: ${summary.blocks} blocks, ${summary.verbs} verbs (${summary.multiWordVerbs} multi-word), ${summary.verbForms} verb forms, ${summary.patterns} patterns, ${summary.sets} synonym sets (${summary.setMembers} members), ${summary.transformations} transformations`,
    `verbs: ${countBy(verbs.problems, false)} malformed lines left out, ${countBy(verbs.problems, true)} read with a fault set aside; codes not in cameo_eventcodes.tsv: ${unknownCodes.join(' ') || 'none'}`,
    `discards: ${discardsFile.sentence.length} sentence-level, ${discardsFile.story.length} story-level; ${countBy(discards.problems, false)} malformed lines left out`,
    `issues: ${issues.sections.length} sections, ${issueTags.size} issue tags, ${issuePhrases} phrases after expansion; ${countBy(issues.problems, false)} malformed lines left out, ${countBy(issues.problems, true)} read with a fault set aside`,
    ...listProblems('verbs', verbs.problems),
    ...listProblems('discards', discards.problems),
    ...listProblems('issues', issues.problems),
  ];
  return {
    files: {
      [PETRARCH_FILES.verbs]: `${formatJson(verbsFile)}\n`,
      [PETRARCH_FILES.discards]: `${formatJson(discardsFile)}\n`,
      [PETRARCH_FILES.issues]: `${formatJson(issuesFile)}\n`,
    },
    report,
  };
}

function main(): void {
  const dir = sharedDataDir();
  const missing = Object.values(SOURCES).filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    console.error(`build-petrarch-dictionary: ${missing.join(', ')} not found under ${dir} (set NEWSGRAPH_DATA to the shared data folder)`);
    process.exit(1);
  }
  const { files, report } = compilePetrarch((key) => readFileSync(path.join(dir, SOURCES[key]), 'utf8'));
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(OUT_DIR, name), text);
    console.log(`wrote src/lexicons/events/${name} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
  for (const line of report) console.log(line);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
