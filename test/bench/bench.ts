// npm run bench: prints the performance figures and checks each against its budget.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseContentIndex } from '../../src/core/contentIndex';
import { renderMarkdown } from '../../src/core/markdown';
import { ContentIndex, pageFile, QuestionPage } from '../../src/core/schema';
import { msUntilNextTick, startTimer } from '../../src/core/timer';
import { runDrillTests, scaffoldAttempt } from '../../src/harness/drills';
import { runSuite } from '../runner/hostSuite';
import { DRILL_MODULES, pythonWith } from '../support/python';
import { REPO_ROOT, SAMPLE_WORKSPACE } from '../runner/workbench';
import { measure } from './stats';

interface Figure {
  name: string;
  value: number | null;
  unit: 'ms' | 'KB' | 'MB' | 'per min';
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

/**
 * The first question opened in a session pays for loading the renderer bundle (marked, KaTeX,
 * highlight.js) and the bodies file; measured in fresh processes, median of five.
 */
function coldOpenMs(questionId: string): number {
  const script = `
    const t0 = process.hrtime.bigint();
    const { renderMarkdown } = require(${JSON.stringify(dist('markdown.js'))});
    const page = JSON.parse(require('fs').readFileSync(${JSON.stringify(dist('content', pageFile('question', questionId)))}, 'utf8'));
    renderMarkdown(page.prompt, page.math); renderMarkdown(page.answer, page.math);
    console.log(Number(process.hrtime.bigint() - t0) / 1e6);`;
  const runs = Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout));
  return runs.sort((a, b) => a - b)[2];
}

/** Scaffolding an attempt, and the harness's time on top of the same pytest command run bare. */
async function drillFigures(index: ContentIndex): Promise<{ scaffoldMs: number; overheadMs: number }> {
  const contentDir = dist('content');
  const drill = index.drills.find((candidate) => candidate.id === 'feature-engineering')!;
  const root = fs.mkdtempSync(path.join(require('os').tmpdir(), 'mlprep-bench-'));
  const scaffoldMs = measure(() => scaffoldAttempt(contentDir, drill, root), 20);
  const folder = scaffoldAttempt(contentDir, drill, root);
  const python = pythonWith(DRILL_MODULES);
  const checks = path.join(contentDir, 'drills', drill.id, 'checks', 'test_checks.py');
  const overheads: number[] = [];
  for (let run = 0; run < 5; run++) {
    const bareStart = Date.now();
    spawnSync(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_visible.py', checks], { cwd: folder, env: { ...process.env, PYTHONPATH: folder, PYTHONDONTWRITEBYTECODE: '1' } });
    const bareMs = Date.now() - bareStart;
    const ours = await runDrillTests(contentDir, drill, folder, python, 60_000);
    overheads.push(ours.durationMs - bareMs);
  }
  fs.rmSync(root, { recursive: true, force: true });
  return { scaffoldMs, overheadMs: overheads.sort((a, b) => a - b)[2] };
}

/** Status-bar redraws in a simulated minute of a running countdown (the display changes once a second). */
function countdownRendersPerMinute(): number {
  const timer = startTimer('bench', 20 * 60_000, 0);
  let now = 0;
  let renders = 0;
  while (now < 60_000) {
    now += msUntilNextTick(timer, now)!;
    renders++;
  }
  return renders;
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
  const index = JSON.parse(indexJson()) as ContentIndex;
  const page = (id: string) => JSON.parse(fs.readFileSync(dist('content', pageFile('question', id)), 'utf8')) as QuestionPage;
  const [longestId, longest] = Object.keys(index.questions).map((id) => [id, page(id)] as const).reduce((a, b) => (a[1].answer.length >= b[1].answer.length ? a : b));
  const host = await hostFigures();
  const drills = await drillFigures(index);
  const figures: Figure[] = [
    { name: 'activate() wall time, in the real extension host', value: host.activateMs, unit: 'ms', budget: 10 },
    { name: 'dist/extension.js minified', value: fs.statSync(dist('extension.js')).size / 1024, unit: 'KB', budget: 150 },
    { name: 'content index load (read + parse)', value: measure(() => parseContentIndex(indexJson())), unit: 'ms', budget: 5 },
    { name: 'top-level tree children, 1,000 topics', value: host.treeMs, unit: 'ms', budget: 20 },
    { name: `render the longest answer (${longest.answer.length} chars)`, value: measure(() => renderMarkdown(longest.prompt + longest.answer, longest.math)), unit: 'ms', budget: 10 },
    { name: 'open the first question (load renderer and page, render)', value: coldOpenMs(longestId), unit: 'ms', budget: 50 },
    { name: 'scaffold a drill attempt', value: drills.scaffoldMs, unit: 'ms', budget: 200 },
    { name: 'drill harness time above bare pytest (median of 5)', value: drills.overheadMs, unit: 'ms', budget: 300 },
    { name: 'countdown status-bar redraws per minute while running (none when idle or paused)', value: countdownRendersPerMinute(), unit: 'per min', budget: 60 },
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
