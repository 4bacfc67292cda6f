/** Generated English news articles for the ingest end-to-end tests: distinct, deterministic, offline. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mulberry32 as rng } from '../../src/util/random.ts';

const FIRST = ['Anna', 'Boris', 'Carlos', 'Diane', 'Emeka', 'Fatima', 'Goran', 'Hiroshi', 'Ines', 'Jamal', 'Katya', 'Luis'];
const LAST = ['Petrova', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Novak', 'Silva', 'Kowalski', 'Mensah', 'Brennan', 'Varga'];
const COUNTRIES = ['Russia', 'China', 'France', 'Germany', 'Brazil', 'Nigeria', 'India', 'Japan', 'Canada', 'Egypt', 'Mexico', 'Turkey'];
const TOPICS = ['trade', 'energy prices', 'fishing rights', 'border security', 'grain exports', 'climate finance', 'cyber attacks',
  'river water', 'debt relief', 'vaccine supplies', 'rail links', 'student visas', 'satellite launches', 'steel tariffs'];
const VERBS = ['criticised', 'praised', 'met', 'accused', 'thanked', 'warned', 'urged', 'visited'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Article `i`: a dateline, quotes by named officials, actions between countries. */
export function article(i: number): { text: string; published: string } {
  const r = rng(i + 1);
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]!;
  const month = Math.floor(r() * 12);
  const published = `2021-${String(month + 1).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const sentences = [`Report number ${i} on ${pick(TOPICS)} and ${pick(TOPICS)}.`];
  for (let k = 0; k < 6; k += 1) {
    const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)];
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    sentences.push(
      `${a} ${pick(VERBS)} ${b} over ${pick(TOPICS)} on ${pick(MONTHS)} ${1 + Math.floor(r() * 28)}.`,
      `"We will not accept any delay on ${pick(TOPICS)} with ${b}," said ${person}, the foreign minister of ${a}.`,
    );
  }
  return { text: sentences.join('\n'), published };
}

/** Write `n` articles as one JSON Lines file. */
export function writeJsonl(file: string, n: number, from = 0): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const lines = Array.from({ length: n }, (_, k) => JSON.stringify({ id: `a${from + k}`, ...article(from + k) }));
  writeFileSync(file, `${lines.join('\n')}\n`);
}

const BIN = fileURLToPath(new URL('../../bin/newsgraph.js', import.meta.url));

/** Run the real CLI in a child process. */
export function cli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (c) => { stderr += c; });
  child.stdout!.on('data', (c) => { stdout += c; });
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
  });
  return { child, done };
}
