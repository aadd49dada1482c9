// The coding drills and their harness, with real Python (pandas, scikit-learn and pytest installed).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseContentIndex } from '../../src/core/contentIndex';
import { DrillMeta, INDEX_FILE } from '../../src/core/schema';
import { readAttempt, referenceSolution, runDrillTests, scaffoldAttempt } from '../../src/harness/drills';
import { installCommand, probePython } from '../../src/harness/python';
import { runPytest } from '../../src/harness/runPytest';
import { pythonWith } from '../support/python';

const ROOT = path.join(__dirname, '..', '..', '..');
const CONTENT = path.join(ROOT, 'dist', 'content');
const VARIANTS = path.join(ROOT, 'test', 'fixtures', 'drills');
const drills = parseContentIndex(fs.readFileSync(path.join(CONTENT, INDEX_FILE), 'utf8')).index.drills;

const python = pythonWith([...new Set(drills.flatMap((drill) => drill.modules))]);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-drills-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function runWith(drill: DrillMeta, solution: string | undefined) {
  const folder = scaffoldAttempt(CONTENT, drill, scratch);
  if (solution) fs.copyFileSync(solution, path.join(folder, 'solution.py'));
  return runDrillTests(CONTENT, drill, folder, python, 60_000);
}

describe('coding drills', function () {
  this.timeout(120_000);

  it('has the four drills of the roadmap', () => {
    assert.deepStrictEqual(drills.map((drill) => [drill.id, drill.minutes]).sort(), [
      ['data-cleaning', 20], ['feature-engineering', 15], ['iris-classifier', 20], ['rag-pipeline', 30],
    ]);
  });

  for (const drill of drills) {
    describe(drill.title, () => {
      it('the reference solution passes every test', async () => {
        const result = await runWith(drill, referenceSolution(CONTENT, drill));
        const failures = result.tests.filter((test) => test.outcome === 'failed' || test.outcome === 'error');
        assert.deepStrictEqual(failures.map((test) => `${test.id}: ${test.message}`), []);
        assert.ok(result.passed >= 6 && result.passed === result.total, `${result.passed} of ${result.total}`);
      });

      it('the starter fails', async () => {
        const result = await runWith(drill, undefined);
        assert.strictEqual(result.passed, 0);
        assert.ok(result.total > 0);
      });

      const variants = fs.readdirSync(path.join(VARIANTS, drill.id));
      assert.ok(variants.filter((name) => name.startsWith('wrong_')).length >= 3, `${drill.id} needs three wrong solutions`);
      for (const variant of variants) {
        const file = path.join(VARIANTS, drill.id, variant);
        if (variant.startsWith('wrong_')) {
          const [, testName, hint] = /^# expect: (\w+): (.+)$/m.exec(fs.readFileSync(file, 'utf8')) ?? [];
          it(`${variant} fails in ${testName}, saying "${hint}"`, async () => {
            const result = await runWith(drill, file);
            const test = result.tests.find((candidate) => candidate.name === testName);
            assert.ok(test, `no test ${testName} ran`);
            assert.strictEqual(test.outcome, 'failed');
            assert.ok(test.message?.includes(hint), `message: ${test.message}`);
            assert.ok(result.passed < result.total);
          });
        } else {
          it(`${variant}, correct but written differently, passes`, async () => {
            const result = await runWith(drill, file);
            assert.deepStrictEqual(result.tests.filter((test) => test.outcome === 'failed' || test.outcome === 'error').map((test) => test.message), []);
          });
        }
      }
    });
  }
});

describe('drill harness', function () {
  this.timeout(60_000);
  const drill = () => drills.find((candidate) => candidate.id === 'feature-engineering')!;

  it('scaffolds into a new numbered folder instead of overwriting an attempt', () => {
    const first = scaffoldAttempt(CONTENT, drill(), scratch);
    fs.writeFileSync(path.join(first, 'solution.py'), '# my work\n');
    const second = scaffoldAttempt(CONTENT, drill(), scratch);
    assert.notStrictEqual(first, second);
    assert.strictEqual(fs.readFileSync(path.join(first, 'solution.py'), 'utf8'), '# my work\n');
    assert.deepStrictEqual(fs.readdirSync(second).sort(), ['.mlprep-drill.json', 'PROBLEM.md', 'solution.py', 'test_visible.py', 'transactions.csv']);
    assert.strictEqual(readAttempt(second).drill, 'feature-engineering');
  });

  it('ends an endless loop at the time-out and says so', async () => {
    const folder = fs.mkdtempSync(path.join(scratch, 'loop-'));
    fs.writeFileSync(path.join(folder, 'test_loop.py'), 'def test_forever():\n    while True:\n        pass\n');
    const started = Date.now();
    const result = await runPytest({ python, folder, extraTests: [], timeoutMs: 2_000 });
    assert.strictEqual(result.status, 'timeout');
    assert.ok(Date.now() - started < 10_000);
  });

  it('reports a syntax error in the solution with its file and line', async () => {
    const folder = scaffoldAttempt(CONTENT, drill(), scratch);
    fs.writeFileSync(path.join(folder, 'solution.py'), 'import pandas as pd\n\ndef user_features(t:\n    return t\n');
    const result = await runDrillTests(CONTENT, drill(), folder, python, 60_000);
    const error = result.tests.find((test) => test.outcome === 'error' && test.file?.endsWith('solution.py'));
    assert.ok(error, JSON.stringify(result.tests.map((test) => [test.id, test.file, test.message])));
    assert.strictEqual(error.line, 3);
    assert.match(error.message ?? '', /SyntaxError/);
  });

  it('leaves no cache or bytecode in the attempt folder', async () => {
    const folder = scaffoldAttempt(CONTENT, drill(), scratch);
    const before = fs.readdirSync(folder).sort();
    await runDrillTests(CONTENT, drill(), folder, python, 60_000);
    assert.deepStrictEqual(fs.readdirSync(folder).sort(), before);
  });

  it('names missing modules with the command that installs them, and finds no Python at a wrong path', () => {
    const probe = probePython([python], ['pandas', 'no_such_module_xyz', 'sklearn']);
    assert.deepStrictEqual(probe?.missing, ['no_such_module_xyz']);
    assert.strictEqual(installCommand({ ...probe!, missing: ['sklearn', 'pandas'] }), `${python} -m pip install scikit-learn pandas`);
    assert.strictEqual(probePython(['/no/such/python3'], ['pandas']), undefined);
  });
});
