// npm run bench: prints the performance figures and checks each against its budget.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseContentIndex } from '../../src/core/contentIndex';
import { renderMarkdown } from '../../src/core/markdown';
import { ContentBodies } from '../../src/core/schema';
import { runSuite } from '../runner/hostSuite';
import { REPO_ROOT, SAMPLE_WORKSPACE } from '../runner/workbench';
import { measure } from './stats';

interface Figure {
  name: string;
  value: number | null;
  unit: 'ms' | 'KB' | 'MB';
  budget: number;
}

const dist = (...parts: string[]) => path.join(REPO_ROOT, 'dist', ...parts);

function packageSizeMb(): number | null {
  const result = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', path.join(REPO_ROOT, 'dist-vsix', 'bench.vsix')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    return null;
  }
  const file = path.join(REPO_ROOT, 'dist-vsix', 'bench.vsix');
  const size = fs.statSync(file).size / 1024 / 1024;
  fs.rmSync(file);
  return size;
}

async function hostFigures(): Promise<{ activateMs: number | null; endToEndMs: number | null; treeMs: number | null }> {
  const output = path.join(REPO_ROOT, '.test-output', 'bench-host.json');
  fs.rmSync(output, { force: true });
  const code = await runSuite(path.join(REPO_ROOT, 'out', 'test', 'bench', 'hostBench.js'), SAMPLE_WORKSPACE, 180);
  if (code !== 0 || !fs.existsSync(output)) return { activateMs: null, endToEndMs: null, treeMs: null };
  return JSON.parse(fs.readFileSync(output, 'utf8'));
}

async function main(): Promise<number> {
  const indexJson = () => fs.readFileSync(dist('content', 'index.json'), 'utf8');
  const bodies = JSON.parse(fs.readFileSync(dist('content', 'bodies.json'), 'utf8')) as ContentBodies;
  const longest = Object.values(bodies.questions).reduce((a, b) => (a.answer.length >= b.answer.length ? a : b), { prompt: '', answer: '' });
  const host = await hostFigures();
  const figures: Figure[] = [
    { name: 'activate() wall time, in the real extension host', value: host.activateMs, unit: 'ms', budget: 10 },
    { name: 'dist/extension.js minified', value: fs.statSync(dist('extension.js')).size / 1024, unit: 'KB', budget: 150 },
    { name: 'content index load (read + parse)', value: measure(() => parseContentIndex(indexJson())), unit: 'ms', budget: 5 },
    { name: 'top-level tree children, 1,000 topics', value: host.treeMs, unit: 'ms', budget: 20 },
    { name: `render the longest answer (${longest.answer.length} chars)`, value: measure(() => renderMarkdown(longest.prompt + longest.answer)), unit: 'ms', budget: 10 },
    { name: '.vsix size', value: packageSizeMb(), unit: 'MB', budget: 2 },
  ];
  let missed = 0;
  console.log('\n| figure | value | budget | |\n| --- | --- | --- | --- |');
  for (const figure of figures) {
    const ok = figure.value !== null && figure.value <= figure.budget;
    if (!ok) missed++;
    const value = figure.value === null ? 'not measured' : `${figure.value.toFixed(figure.unit === 'MB' ? 2 : 1)} ${figure.unit}`;
    console.log(`| ${figure.name} | ${value} | ≤ ${figure.budget} ${figure.unit} | ${ok ? 'ok' : 'OVER BUDGET'} |`);
  }
  if (host.endToEndMs !== null) console.log(`\n(For information: extension.activate() end to end, module load and host included: ${host.endToEndMs.toFixed(1)} ms.)`);
  console.log(missed ? `\n${missed} figure(s) over budget or not measured.` : '\nAll figures within budget.');
  return missed ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
