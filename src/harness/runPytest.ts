import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseJUnit, TestResult } from '../core/junit';

export interface RunOptions {
  python: string;
  /** The attempt folder: the user's solution and the visible tests. */
  folder: string;
  /** Extra test files kept inside the extension, run beside the visible ones. */
  extraTests: string[];
  timeoutMs: number;
  /** Output kept from pytest, in characters; the rest is cut. */
  maxOutput?: number;
}

export interface RunResult {
  status: 'completed' | 'timeout' | 'crashed';
  tests: TestResult[];
  passed: number;
  total: number;
  durationMs: number;
  output: string;
}

const MAX_OUTPUT = 200_000;

/**
 * Runs pytest on the attempt folder in a child process: no cache or bytecode left behind, JUnit XML to
 * a temporary file, and the whole process tree ended at the time-out.
 */
export function runPytest(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-junit-')), 'report.xml');
  const maxOutput = options.maxOutput ?? MAX_OUTPUT;
  const args = ['-m', 'pytest', '-q', '-rs', '-p', 'no:cacheprovider', '-o', 'junit_family=xunit1', `--junitxml=${report}`, '--rootdir', options.folder, ...fs.readdirSync(options.folder).filter((name) => /^test_.*\.py$/.test(name)), ...options.extraTests];
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(options.python, args, {
      cwd: options.folder,
      detached: process.platform !== 'win32', // a process group, so the time-out ends anything the tests started
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONPATH: [options.folder, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter), PYTEST_ADDOPTS: '' },
    });
    const collect = (chunk: Buffer) => {
      if (output.length < maxOutput) output += chunk.toString('utf8').slice(0, maxOutput - output.length);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid);
    }, options.timeoutMs);
    let finished = false;
    const finish = (crashed: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const tests = fs.existsSync(report) && !timedOut ? parseJUnit(fs.readFileSync(report, 'utf8')) : [];
      fs.rmSync(path.dirname(report), { recursive: true, force: true });
      const status = timedOut ? 'timeout' : crashed || (tests.length === 0 && output.trim() !== '' && !/no tests ran/.test(output)) ? 'crashed' : 'completed';
      resolve({ status, tests, passed: tests.filter((test) => test.outcome === 'passed').length, total: tests.filter((test) => test.outcome !== 'skipped').length, durationMs: Date.now() - started, output });
    };
    child.on('error', (error) => {
      output += `\n${error.message}`;
      finish(true);
    });
    child.on('close', () => finish(false));
  });
}

function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
