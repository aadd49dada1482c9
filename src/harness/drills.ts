import * as fs from 'fs';
import * as path from 'path';
import { DrillMeta, drillFolder, STATEMENT_FILE } from '../core/schema';
import { runPytest, RunResult } from './runPytest';

/** Written into every attempt folder, so a test run knows which drill it is. */
export const ATTEMPT_MARKER = '.mlprep-drill.json';

export interface AttemptMarker {
  drill: string;
  createdAt: string;
}

/** The folder for a new attempt: `<root>/<drill>`, or `<drill>-2`, `-3`… when taken, so nothing is overwritten. */
export function newAttemptFolder(root: string, drillId: string): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(root, n === 1 ? drillId : `${drillId}-${n}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Copies the statement, starter and visible tests into a new attempt folder and returns it. */
export function scaffoldAttempt(contentDir: string, drill: DrillMeta, root: string, now = new Date()): string {
  const source = path.join(contentDir, drillFolder(drill.id));
  const folder = newAttemptFolder(root, drill.id);
  fs.mkdirSync(folder, { recursive: true });
  // errorOnExist with force off: a file that appeared meanwhile is never overwritten.
  fs.cpSync(path.join(source, 'starter'), folder, { recursive: true, force: false, errorOnExist: true });
  fs.copyFileSync(path.join(source, STATEMENT_FILE), path.join(folder, STATEMENT_FILE), fs.constants.COPYFILE_EXCL);
  const marker: AttemptMarker = { drill: drill.id, createdAt: now.toISOString() };
  fs.writeFileSync(path.join(folder, ATTEMPT_MARKER), `${JSON.stringify(marker, null, 2)}\n`, { flag: 'wx' });
  return folder;
}

/** Which drill an attempt folder belongs to; throws a readable Error when it is not an attempt. */
export function readAttempt(folder: string): AttemptMarker {
  const file = path.join(folder, ATTEMPT_MARKER);
  if (!fs.existsSync(file)) throw new Error(`${folder} is not a drill attempt (it has no ${ATTEMPT_MARKER}); start a drill to create one`);
  const marker = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<AttemptMarker>;
  if (typeof marker.drill !== 'string') throw new Error(`${file} does not name a drill`);
  return marker as AttemptMarker;
}

/** Runs an attempt's visible tests and the drill's own checks. */
export function runDrillTests(contentDir: string, drill: DrillMeta, folder: string, python: string, timeoutMs: number): Promise<RunResult> {
  const checks = path.join(contentDir, drillFolder(drill.id), 'checks');
  const extraTests = fs.readdirSync(checks).filter((name) => /^test_.*\.py$/.test(name)).map((name) => path.join(checks, name));
  return runPytest({ python, folder, extraTests, timeoutMs });
}

/** The reference solution, shown once an attempt has ended or the user gives up. */
export function referenceSolution(contentDir: string, drill: DrillMeta): string {
  return path.join(contentDir, drillFolder(drill.id), 'reference', 'solution.py');
}
