// Load time of the compiled PETRARCH2 dictionary, each run in a cold child process: reading and checking the
// three files (loadPetrarchDictionary) and indexing them for the matcher (indexDictionary), wall and CPU time,
// median of the runs. Usage: node --import tsx bench/petrarch-load.ts [runs=7]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadPetrarchDictionary } from '../src/lexicons/events/petrarch-dictionary.ts';
import { indexDictionary } from '../src/stages/events/dictionary/dictionary-index.ts';

const self = fileURLToPath(import.meta.url);

function once(): Record<string, number> {
  const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
  const since = (t: ReturnType<typeof clock>) => {
    const c = process.cpuUsage(t.cpu);
    return [performance.now() - t.wall, (c.user + c.system) / 1000];
  };
  let t = clock();
  const dictionary = loadPetrarchDictionary();
  const [loadWall, loadCpu] = since(t);
  t = clock();
  indexDictionary(dictionary);
  const [indexWall, indexCpu] = since(t);
  return { loadWall: loadWall!, loadCpu: loadCpu!, indexWall: indexWall!, indexCpu: indexCpu! };
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(once()));
} else {
  const runs = Number(process.argv[2] ?? 7);
  const results = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--child'], { encoding: 'utf8' })) as Record<string, number>);
  const median = (k: string) => {
    const xs = results.map((r) => r[k]!).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)]!.toFixed(0);
  };
  console.log(`petrarch dictionary, ${runs} cold processes, median ms: load ${median('loadWall')} wall / ${median('loadCpu')} cpu; index ${median('indexWall')} wall / ${median('indexCpu')} cpu`);
}
