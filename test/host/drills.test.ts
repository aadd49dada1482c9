import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import type { ExtensionApi } from '../../src/extension';
import { DRILL_MODULES, pythonWith } from '../support/python';
import { activateExtension } from './extension';

describe('Coding drills', function () {
  this.timeout(60_000);
  let api: ExtensionApi;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-host-drills-'));
  const settings = () => vscode.workspace.getConfiguration('mlPrep');

  before(async () => {
    api = await activateExtension();
    await settings().update('pythonPath', pythonWith(DRILL_MODULES), vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await api.services.store.setActiveAttempt(undefined);
    await settings().update('pythonPath', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('lists the four drills with their time budgets in the Drills view', () => {
    const items = api.drills.provider.getChildren().map((drill) => api.drills.provider.getTreeItem(drill));
    assert.deepStrictEqual(items.map((item) => [item.label, String(item.description).split(' · ')[0]]).sort(), [
      ['Data cleaning', '20 min'], ['Feature engineering', '15 min'], ['RAG pipeline', '30 min'], ['Train a classifier', '20 min'],
    ]);
  });

  it('starting a drill scaffolds a new folder, never overwrites one, and starts the countdown from a stored deadline', async () => {
    const first = await api.drills.start('feature-engineering', root);
    assert.ok(first);
    fs.writeFileSync(path.join(first, 'solution.py'), '# my attempt\n');
    await vscode.commands.executeCommand(COMMANDS.stopDrill);
    assert.strictEqual(api.services.store.attempts().at(-1)?.verdict, 'not passed', 'stopping records the attempt');
    const before = Date.now();
    const second = await api.drills.start('feature-engineering', root);
    assert.ok(second && second !== first);
    assert.strictEqual(fs.readFileSync(path.join(first, 'solution.py'), 'utf8'), '# my attempt\n');
    assert.ok(fs.existsSync(path.join(second, 'PROBLEM.md')) && fs.existsSync(path.join(second, 'test_visible.py')));
    const active = api.services.store.activeAttempt();
    assert.strictEqual(active?.folder, second);
    assert.ok(active.timer.status === 'running' && Math.abs(active.timer.deadline - (before + 15 * 60_000)) < 5_000);
    assert.ok(vscode.window.visibleTextEditors.some((editor) => editor.document.uri.fsPath === path.join(second, 'solution.py')));
  });

  it('a test run puts every test into the Test Explorer with its result', async () => {
    const folder = api.services.store.activeAttempt()!.folder;
    const result = await api.drills.runTests(folder);
    assert.ok(result && result.total >= 8, JSON.stringify(result?.output));
    assert.strictEqual(result.passed, 0, 'the starter passes nothing');
    const item = api.drills.tests.controller.items.get(folder);
    assert.ok(item);
    assert.strictEqual(item.children.size, result.tests.length);
    assert.strictEqual(item.description, `0/${result.total} passed`);
    const child = item.children.get('test_checks.py::test_sample_standard_deviation');
    assert.ok(child?.uri?.fsPath.endsWith(path.join('checks', 'test_checks.py')) && child.range);
  });

  it('a correct solution ends the attempt as passed in time and records it', async () => {
    const active = api.services.store.activeAttempt()!;
    const reference = path.join(vscode.extensions.getExtension('ml-interview-prep.ml-interview-prep')!.extensionPath, 'drills', 'coding', 'feature-engineering', 'reference', 'solution.py');
    fs.copyFileSync(reference, path.join(active.folder, 'solution.py'));
    const result = await api.drills.runTests(active.folder);
    assert.strictEqual(result?.passed, result?.total);
    assert.strictEqual(api.services.store.activeAttempt(), undefined);
    const record = api.services.store.attempts().at(-1);
    assert.deepStrictEqual([record?.drillId, record?.verdict, record?.hintsUsed], ['feature-engineering', 'passed in time', 0]);
    const item = api.drills.provider.getTreeItem(api.drills.provider.getChildren().find((drill) => drill.id === 'feature-engineering')!);
    assert.match(String(item.description), /last: \d+\/\d+ · best \d+:\d\d/);
  });
});
