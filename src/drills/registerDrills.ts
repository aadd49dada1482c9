import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { COMMANDS, CONTEXT_KEYS, VIEWS } from '../commands';
import { ActiveAttempt, endAttempt } from '../core/attempts';
import { DrillMeta, STATEMENT_FILE } from '../core/schema';
import { formatRemaining, isExpired, pauseTimer, remainingMs, resumeTimer, startTimer } from '../core/timer';
import { readAttempt, referenceSolution, runDrillTests, scaffoldAttempt } from '../harness/drills';
import { installCommand, probePython } from '../harness/python';
import { RunResult } from '../harness/runPytest';
import { Services } from '../services/services';
import { Countdown } from './countdown';
import { DrillTests } from './drillTests';
import { DrillsProvider } from './drillsView';
import { PYTHON_SETTING, pythonCandidates } from './python';

const DEFAULT_FOLDER = 'ml-drills';

export interface Drills {
  provider: DrillsProvider;
  tests: DrillTests;
  /** Starts a drill into `root` (the configured or picked folder when omitted); returns the attempt folder. */
  start(drillId: string, root?: string): Promise<string | undefined>;
  runTests(folder: string): Promise<RunResult | undefined>;
}

export function registerDrills(context: vscode.ExtensionContext, { content, store, log }: Services): Drills {
  const contentDir = context.asAbsolutePath('dist/content');
  const drills = (): readonly DrillMeta[] => {
    const state = content.get();
    return state.ok ? state.content.index.drills : [];
  };
  const drillById = (id: string) => drills().find((drill) => drill.id === id);
  const minutesMs = (drill: DrillMeta) => drill.minutes * 60_000;
  const provider = new DrillsProvider(drills, store);
  const view = vscode.window.createTreeView(VIEWS.drills, { treeDataProvider: provider });
  const titleOf = (folder: string) => {
    try {
      return drillById(readAttempt(folder).drill)?.title ?? 'Drill';
    } catch {
      return 'Drill';
    }
  };

  /** Checks trust, the attempt, Python and its modules, then runs the tests; explains any problem instead. */
  const runFolder = async (folder: string): Promise<RunResult | undefined> => {
    if (!vscode.workspace.isTrusted) {
      const choice = await vscode.window.showWarningMessage('Drill tests run your code, so they only run in a trusted workspace.', 'Manage Workspace Trust');
      if (choice) await vscode.commands.executeCommand('workbench.trust.manage');
      return undefined;
    }
    let drill: DrillMeta | undefined;
    try {
      const marker = readAttempt(folder);
      drill = drillById(marker.drill);
      if (!drill) throw new Error(`${folder} is an attempt of "${marker.drill}", a drill this version does not have`);
    } catch (error) {
      void vscode.window.showErrorMessage((error as Error).message);
      return undefined;
    }
    const { candidates, configured } = await pythonCandidates(vscode.Uri.file(folder));
    const probe = probePython(candidates, drill.modules);
    if (!probe) {
      const message = configured
        ? `The Python in the setting ${PYTHON_SETTING} (${candidates[0]}) does not run. Fix the setting or clear it to use python3 from PATH.`
        : `No Python was found (tried ${candidates.join(', ')}). Install Python 3, or set ${PYTHON_SETTING} to an interpreter.`;
      if (await vscode.window.showErrorMessage(message, 'Open Setting')) await vscode.commands.executeCommand('workbench.action.openSettings', PYTHON_SETTING);
      return undefined;
    }
    if (probe.missing.length > 0) {
      const command = installCommand(probe);
      const choice = await vscode.window.showErrorMessage(
        `${probe.python} (Python ${probe.version}) lacks ${probe.missing.join(', ')}, which the ${drill.title} drill needs. Install with: ${command}`,
        'Install in Terminal',
        'Choose Another Python',
      );
      if (choice === 'Install in Terminal') {
        const terminal = vscode.window.createTerminal('ML Prep: install Python modules');
        terminal.show();
        terminal.sendText(command);
      } else if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', PYTHON_SETTING);
      return undefined;
    }
    const timeoutSeconds = vscode.workspace.getConfiguration('mlPrep').get<number>('drills.testTimeoutSeconds', 60);
    const result = await runDrillTests(contentDir, drill, folder, probe.python, timeoutSeconds * 1000);
    log.info(`Drill tests in ${folder}: ${result.status}, ${result.passed}/${result.total} passed in ${result.durationMs} ms with ${probe.python}`);
    if (result.status === 'timeout') void vscode.window.showWarningMessage(`The tests were stopped after ${timeoutSeconds} s (setting mlPrep.drills.testTimeoutSeconds): look for an endless loop.`);
    await finishIfPassed(folder, result);
    return result;
  };
  const tests = new DrillTests((folder) => runFolder(folder), titleOf);

  /** Ends the active attempt and records it; the tests run once first unless a result is given. */
  const endActive = async (active: ActiveAttempt, result?: RunResult): Promise<void> => {
    if (store.activeAttempt()?.folder !== active.folder) return;
    await store.setActiveAttempt(undefined);
    const drill = drillById(active.drillId);
    const final = result ?? (await tests.run(active.folder));
    const record = endAttempt(active, final, drill ? minutesMs(drill) : 0, Date.now());
    await store.addAttempt(record);
    // Not awaited: the attempt is recorded whether or not the user answers the notification.
    void vscode.window
      .showInformationMessage(`${drill?.title ?? active.drillId}: ${record.verdict}, ${record.passed}/${record.total} tests, ${formatRemaining(record.timeUsedMs)} used.`, 'Show Reference Solution')
      .then((choice) => choice && showReference(active.drillId));
  };

  const finishIfPassed = async (folder: string, result: RunResult) => {
    const active = store.activeAttempt();
    if (active?.folder === folder && result.status === 'completed' && result.total > 0 && result.passed === result.total && !isExpired(active.timer, Date.now())) {
      await endActive(active, result);
    }
  };

  const expiring = new Set<string>();
  const countdown = new Countdown((active) => {
    if (expiring.has(active.folder)) return;
    expiring.add(active.folder);
    void vscode.window.showWarningMessage(`Time is up for the ${drillById(active.drillId)?.title ?? active.drillId} drill. The tests run once and the attempt is recorded.`);
    void endActive(active).finally(() => expiring.delete(active.folder));
  });

  const showActive = () => {
    const active = store.activeAttempt();
    countdown.show(active, active ? drillById(active.drillId)?.title ?? active.drillId : '');
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.drillState, active ? active.timer.status : undefined);
    provider.refresh();
  };

  /** Where attempts go: the setting (absolute, or relative to the workspace), the workspace's ml-drills, or a folder the user picks. */
  const attemptsRoot = async (): Promise<string | undefined> => {
    const setting = vscode.workspace.getConfiguration('mlPrep').get<string>('drills.folder', '').trim();
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (setting && path.isAbsolute(setting)) return setting;
    if (workspace) return path.join(workspace, setting || DEFAULT_FOLDER);
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Create the Drill Here', title: 'Where should the drill folder go?' });
    return picked?.[0]?.fsPath;
  };

  const pickDrill = async (): Promise<DrillMeta | undefined> => {
    const items = drills().map((drill) => ({ label: drill.title, description: `${drill.minutes} min`, drill }));
    return (await vscode.window.showQuickPick(items, { title: 'Start Coding Drill', placeHolder: 'Pick a timed Python drill' }))?.drill;
  };

  const start = async (drillId?: string, root?: string): Promise<string | undefined> => {
    const drill = drillId ? drillById(drillId) : await pickDrill();
    if (!drill) {
      if (drillId) void vscode.window.showErrorMessage(`There is no drill "${drillId}".`);
      return undefined;
    }
    const running = store.activeAttempt();
    if (running) {
      const stop = 'Stop It and Start';
      const answer = await vscode.window.showWarningMessage(
        `The ${drillById(running.drillId)?.title ?? running.drillId} drill is still running.`,
        { modal: true, detail: 'Stopping runs its tests once and records the attempt. Your files stay as they are.' },
        stop,
      );
      if (answer !== stop) return undefined;
      await endActive(running);
    }
    const target = root ?? (await attemptsRoot());
    if (!target) return undefined;
    let folder: string;
    try {
      folder = scaffoldAttempt(contentDir, drill, target);
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not create the drill folder in ${target}: ${(error as Error).message}`);
      return undefined;
    }
    await store.setActiveAttempt({ drillId: drill.id, folder, timer: startTimer(drill.id, minutesMs(drill), Date.now()), hintsUsed: 0 });
    const solution = await vscode.workspace.openTextDocument(path.join(folder, 'solution.py'));
    await vscode.window.showTextDocument(solution, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(path.join(folder, STATEMENT_FILE)));
    return folder;
  };

  const updateTimer = async (change: (active: ActiveAttempt) => ActiveAttempt) => {
    const active = store.activeAttempt();
    if (active) await store.setActiveAttempt(change(active));
    else void vscode.window.showInformationMessage('No drill is running. Start one from the Drills view.');
  };

  const showHint = async () => {
    const active = store.activeAttempt();
    const drill = active && drillById(active.drillId);
    if (!active || !drill) return void vscode.window.showInformationMessage('Hints are for the drill in progress; start a drill first.');
    if (active.hintsUsed >= drill.hints.length) return void vscode.window.showInformationMessage(`No more hints for ${drill.title}.`);
    const index = active.hintsUsed;
    await store.setActiveAttempt({ ...active, hintsUsed: index + 1 });
    const more = index + 1 < drill.hints.length;
    const choice = await vscode.window.showInformationMessage(`Hint ${index + 1} of ${drill.hints.length}: ${drill.hints[index]}`, ...(more ? ['Next Hint'] : []));
    if (choice) await showHint();
  };

  /** The reference opens once an attempt of the drill has ended, or after the user gives up the running one. */
  const showReference = async (drillId?: string) => {
    const active = store.activeAttempt();
    const id = drillId ?? active?.drillId ?? (await pickDrill())?.id;
    const drill = id && drillById(id);
    if (!drill) return;
    if (active?.drillId === drill.id) {
      const giveUp = 'Give Up and Show';
      const answer = await vscode.window.showWarningMessage(`Give up the ${drill.title} drill?`, { modal: true, detail: 'The attempt is recorded with the result of one last test run, and the reference solution opens.' }, giveUp);
      if (answer !== giveUp) return;
      await endActive(active);
    } else if (!store.attempts().some((record) => record.drillId === drill.id)) {
      return void vscode.window.showInformationMessage(`The reference solution of ${drill.title} opens once you have finished or given up an attempt.`);
    }
    // An untitled copy, so the shipped reference can never be edited by accident.
    const document = await vscode.workspace.openTextDocument({ content: fs.readFileSync(referenceSolution(contentDir, drill), 'utf8'), language: 'python' });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  };

  const runTestsCommand = async (target?: vscode.Uri) => {
    const folder = target ? (fs.statSync(target.fsPath).isDirectory() ? target.fsPath : path.dirname(target.fsPath)) : store.activeAttempt()?.folder;
    if (!folder) return void vscode.window.showInformationMessage('Open a file of a drill attempt, or start a drill, to run its tests.');
    await vscode.workspace.saveAll(false);
    await vscode.commands.executeCommand('workbench.view.testing.focus');
    await tests.run(folder);
  };

  const actions = async () => {
    const active = store.activeAttempt();
    if (!active) return void (await start());
    const drill = drillById(active.drillId);
    const paused = active.timer.status === 'paused';
    const hintsLeft = (drill?.hints.length ?? 0) - active.hintsUsed;
    const items: (vscode.QuickPickItem & { command: string })[] = [
      paused ? { label: '$(debug-start) Resume', command: COMMANDS.resumeDrill } : { label: '$(debug-pause) Pause', command: COMMANDS.pauseDrill },
      { label: '$(beaker) Run Drill Tests', command: COMMANDS.runDrillTests },
      { label: '$(lightbulb) Show Hint', description: `${hintsLeft} left`, command: COMMANDS.showHint },
      { label: '$(debug-stop) Stop Drill', description: 'run the tests once and record the attempt', command: COMMANDS.stopDrill },
      { label: '$(eye) Give Up and Show the Reference', command: COMMANDS.showReference },
    ];
    const left = formatRemaining(remainingMs(active.timer, Date.now()));
    const choice = await vscode.window.showQuickPick(items, { title: `${drill?.title ?? active.drillId}: ${left} left${paused ? ' (paused)' : ''}` });
    if (choice) await vscode.commands.executeCommand(choice.command);
  };

  context.subscriptions.push(
    provider,
    view,
    tests,
    countdown,
    store.onDidChangeAttempts(showActive),
    content.onDidReload(showActive),
    vscode.commands.registerCommand(COMMANDS.startDrill, (drillId?: string) => start(typeof drillId === 'string' ? drillId : undefined)),
    vscode.commands.registerCommand(COMMANDS.runDrillTests, runTestsCommand),
    vscode.commands.registerCommand(COMMANDS.drillActions, actions),
    vscode.commands.registerCommand(COMMANDS.pauseDrill, () => updateTimer((active) => ({ ...active, timer: pauseTimer(active.timer, Date.now()) }))),
    vscode.commands.registerCommand(COMMANDS.resumeDrill, () => updateTimer((active) => ({ ...active, timer: resumeTimer(active.timer, Date.now()) }))),
    vscode.commands.registerCommand(COMMANDS.showHint, showHint),
    vscode.commands.registerCommand(COMMANDS.stopDrill, async () => {
      const active = store.activeAttempt();
      if (active) await endActive(active);
    }),
    vscode.commands.registerCommand(COMMANDS.showReference, (drillId?: string) => showReference(typeof drillId === 'string' ? drillId : undefined)),
  );
  showActive();
  return { provider, tests, start, runTests: (folder) => tests.run(folder) };
}
