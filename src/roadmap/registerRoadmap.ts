import * as vscode from 'vscode';
import { COMMANDS, CONTEXT_KEYS, VIEWS } from '../commands';
import { Content } from '../core/contentIndex';
import { EMPTY_PROGRESS, setDone } from '../core/progress';
import { describeFilter, isFiltering, NO_FILTER, QuestionFilter } from '../core/questionFilter';
import { DIFFICULTIES, QUESTION_KINDS } from '../core/schema';
import { Services } from '../services/services';
import { RoadmapNode, topicIdsOf } from './nodes';
import { RoadmapProvider } from './roadmapProvider';

const FIRST_STEP = 'Tick a topic once you can explain it. Expand a topic to practise its interview questions.';

export interface Roadmap {
  provider: RoadmapProvider;
  view: vscode.TreeView<RoadmapNode>;
  /** Marks the topics of a node (a section or group: all of its topics) done or not done. */
  setDone(node: RoadmapNode, done: boolean): Promise<void>;
}

export function registerRoadmap(context: vscode.ExtensionContext, { content, store, log }: Services): Roadmap {
  const loaded = (): Content | undefined => {
    const state = content.get();
    return state.ok ? state.content : undefined;
  };
  const provider = new RoadmapProvider(loaded, store);
  const view = vscode.window.createTreeView(VIEWS.roadmap, { treeDataProvider: provider, manageCheckboxStateManually: true, showCollapseAll: true });

  const updateViewState = () => {
    const state = content.get();
    const progress = store.progress();
    const hide = store.hideCompleted();
    const everythingHidden = state.ok && hide && provider.getChildren().length === 0;
    const filter = store.questionFilter();
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hideCompleted, hide);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.questionFilterActive, isFiltering(filter));
    view.description = isFiltering(filter) ? describeFilter(filter) : undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.roadmapState, !state.ok ? 'error' : everythingHidden ? 'allHidden' : 'ready');
    view.message = state.ok && Object.keys(progress.done).length === 0 ? FIRST_STEP : undefined;
  };
  const refresh = () => {
    provider.refresh();
    updateViewState();
  };

  const setNodeDone = async (node: RoadmapNode, done: boolean) => {
    const current = loaded();
    if (!current) return;
    await store.setProgress(setDone(store.progress(), topicIdsOf(current, node), done, Date.now()));
  };

  const nodeOrSelection = (node: RoadmapNode | undefined): RoadmapNode | undefined => {
    const target = node ?? view.selection[0];
    if (!target) void vscode.window.showInformationMessage('Select a topic in the Roadmap view first.');
    return target;
  };

  const resetProgress = async () => {
    const confirm = 'Reset Progress';
    const answer = await vscode.window.showWarningMessage(
      'Reset all roadmap progress?',
      { modal: true, detail: 'Every ticked topic becomes not done, on every machine that syncs your settings.' },
      confirm,
    );
    if (answer !== confirm) return;
    const previous = store.progress();
    await store.setProgress(EMPTY_PROGRESS);
    const undo = await vscode.window.showInformationMessage('Roadmap progress was reset.', 'Undo');
    if (undo) await store.setProgress(previous);
  };

  const chooseFilter = async () => {
    const current = store.questionFilter();
    type Item = vscode.QuickPickItem & { value?: string; group?: keyof QuestionFilter };
    const items: Item[] = [
      { label: 'Difficulty', kind: vscode.QuickPickItemKind.Separator },
      ...DIFFICULTIES.map((value) => ({ label: value, value, group: 'difficulties' as const, picked: current.difficulties.includes(value) })),
      { label: 'Kind', kind: vscode.QuickPickItemKind.Separator },
      ...QUESTION_KINDS.map((value) => ({ label: value, value, group: 'kinds' as const, picked: (current.kinds as string[]).includes(value) })),
    ];
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Show questions of these difficulties and kinds (none picked: all)' });
    if (!picked) return;
    const values = (group: keyof QuestionFilter) => picked.filter((item) => item.group === group).map((item) => item.value);
    await store.setQuestionFilter({ difficulties: values('difficulties') as QuestionFilter['difficulties'], kinds: values('kinds') as QuestionFilter['kinds'] });
    refresh();
  };

  const setHidden = async (hide: boolean) => {
    await store.setHideCompleted(hide);
    refresh();
  };

  context.subscriptions.push(
    provider,
    view,
    view.onDidChangeCheckboxState(async (event) => {
      for (const [node, state] of event.items) await setNodeDone(node, state === vscode.TreeItemCheckboxState.Checked);
    }),
    store.onDidChangeProgress(refresh),
    content.onDidReload(refresh),
    vscode.commands.registerCommand(COMMANDS.markTopicDone, async (node?: RoadmapNode) => {
      const target = nodeOrSelection(node);
      if (target) await setNodeDone(target, true);
    }),
    vscode.commands.registerCommand(COMMANDS.markTopicNotDone, async (node?: RoadmapNode) => {
      const target = nodeOrSelection(node);
      if (target) await setNodeDone(target, false);
    }),
    vscode.commands.registerCommand(COMMANDS.hideCompleted, () => setHidden(true)),
    vscode.commands.registerCommand(COMMANDS.showCompleted, () => setHidden(false)),
    vscode.commands.registerCommand(COMMANDS.resetProgress, resetProgress),
    vscode.commands.registerCommand(COMMANDS.filterQuestions, chooseFilter),
    vscode.commands.registerCommand(COMMANDS.clearQuestionFilter, async () => {
      await store.setQuestionFilter(NO_FILTER);
      refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.reloadContent, () => {
      const state = content.reload();
      if (!state.ok) void vscode.window.showErrorMessage(state.message, 'Show Log').then((choice) => choice && log.show());
    }),
  );
  updateViewState();
  return { provider, view, setDone: setNodeDone };
}
