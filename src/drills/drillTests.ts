import * as path from 'path';
import * as vscode from 'vscode';
import { TestResult } from '../core/junit';
import { RunResult } from '../harness/runPytest';

/** Runs an attempt folder's tests, or explains why it cannot and returns undefined. */
export type FolderRunner = (folder: string, token: vscode.CancellationToken) => Promise<RunResult | undefined>;

/** Drill results in VS Code's Test Explorer: one item per attempt folder, one child per test. */
export class DrillTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('mlPrep.drills', 'ML Prep Drills');

  constructor(
    private readonly runFolder: FolderRunner,
    private readonly titleOf: (folder: string) => string,
  ) {
    this.controller.createRunProfile('Run Drill Tests', vscode.TestRunProfileKind.Run, (request, token) => this.handle(request, token), true);
  }

  /** Runs an attempt's tests as a Test Explorer run; resolves with the harness result. */
  async run(folder: string): Promise<RunResult | undefined> {
    const root = this.rootItem(folder);
    const source = new vscode.CancellationTokenSource();
    try {
      return (await this.execute(new vscode.TestRunRequest([root]), [folder], source.token)).get(folder);
    } finally {
      source.dispose();
    }
  }

  private async handle(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const folders = new Set<string>();
    const roots: vscode.TestItem[] = [];
    this.controller.items.forEach((item) => roots.push(item));
    for (const item of request.include ?? roots) {
      let root = item;
      while (root.parent) root = root.parent;
      folders.add(root.id);
    }
    await this.execute(request, [...folders], token);
  }

  private async execute(request: vscode.TestRunRequest, folders: string[], token: vscode.CancellationToken): Promise<Map<string, RunResult>> {
    const run = this.controller.createTestRun(request, 'Drill tests', true);
    const results = new Map<string, RunResult>();
    try {
      for (const folder of folders) {
        const root = this.rootItem(folder);
        run.started(root);
        const result = await this.runFolder(folder, token);
        if (!result) {
          run.skipped(root);
          continue;
        }
        results.set(folder, result);
        run.appendOutput(result.output.replace(/\r?\n/g, '\r\n'));
        this.report(run, root, folder, result);
      }
    } finally {
      run.end();
    }
    return results;
  }

  private report(run: vscode.TestRun, root: vscode.TestItem, folder: string, result: RunResult): void {
    if (result.status === 'timeout') {
      run.errored(root, new vscode.TestMessage(`The tests were stopped at the time-out: look for an endless loop or very slow code.`));
      return;
    }
    if (result.status === 'crashed' && result.tests.length === 0) {
      run.errored(root, new vscode.TestMessage(`pytest could not run the tests:\n${result.output.slice(-4000)}`));
      return;
    }
    const children: vscode.TestItem[] = [];
    for (const test of result.tests) {
      const uri = test.file ? vscode.Uri.file(path.resolve(folder, test.file)) : undefined;
      const item = this.controller.createTestItem(test.id, test.name.replace(/^test_/, '').replace(/_/g, ' '), uri);
      if (test.line) item.range = new vscode.Range(test.line - 1, 0, test.line - 1, 0);
      children.push(item);
    }
    root.children.replace(children);
    result.tests.forEach((test, index) => this.mark(run, children[index], test));
    root.description = `${result.passed}/${result.total} passed`;
  }

  private mark(run: vscode.TestRun, item: vscode.TestItem, test: TestResult): void {
    if (test.outcome === 'passed') return run.passed(item, test.durationMs);
    if (test.outcome === 'skipped') return run.skipped(item);
    const text = [test.message, test.details].filter(Boolean).join('\n\n');
    const message = test.expected !== undefined && test.actual !== undefined ? vscode.TestMessage.diff(text, test.expected, test.actual) : new vscode.TestMessage(text);
    if (item.uri && test.line) message.location = new vscode.Location(item.uri, new vscode.Position(test.line - 1, 0));
    if (test.outcome === 'failed') run.failed(item, message, test.durationMs);
    else run.errored(item, message, test.durationMs);
  }

  private rootItem(folder: string): vscode.TestItem {
    const existing = this.controller.items.get(folder);
    if (existing) return existing;
    const item = this.controller.createTestItem(folder, `${this.titleOf(folder)} (${path.basename(folder)})`, vscode.Uri.file(folder));
    this.controller.items.add(item);
    return item;
  }

  dispose(): void {
    this.controller.dispose();
  }
}
