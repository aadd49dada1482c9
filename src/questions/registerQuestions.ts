import * as vscode from 'vscode';
import { COMMANDS, WEBVIEW_TYPES } from '../commands';
import { randomQuestion } from '../core/questionFilter';
import { Services } from '../services/services';
import { PanelState } from './messages';
import { QuestionPanel } from './questionPanel';

/** Lets the user pick any question by its title, topic or tags. */
async function pickQuestion({ content }: Services): Promise<string | undefined> {
  const state = content.get();
  if (!state.ok) {
    void vscode.window.showErrorMessage(state.message);
    return undefined;
  }
  const items = Object.values(state.content.index.questions).map((question) => ({
    label: question.title,
    description: question.topics.map((id) => state.content.topic(id)?.topic.title ?? id).join(', '),
    detail: [question.difficulty, question.kind, ...question.tags].join(' · '),
    id: question.id,
  }));
  const choice = await vscode.window.showQuickPick(items, { title: 'Search Questions', placeHolder: 'Type words from a title, topic or tag', matchOnDescription: true, matchOnDetail: true });
  return choice?.id;
}

/** Opens a random question that matches the Roadmap's filter, optionally only from topics not done yet. */
function openRandom(services: Services, panel: QuestionPanel, onlyNotDone: boolean): void {
  const state = services.content.get();
  if (!state.ok) {
    void vscode.window.showErrorMessage(state.message);
    return;
  }
  const pick = randomQuestion(state.content, services.store.progress(), services.store.questionFilter(), onlyNotDone);
  if (pick) panel.show(pick);
  else void vscode.window.showInformationMessage(`No question matches${onlyNotDone ? ' among the topics not done yet' : ''} with the current filter.`);
}

export function registerQuestions(context: vscode.ExtensionContext, services: Services): QuestionPanel {
  const panel = new QuestionPanel(context.extensionUri, services);
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(COMMANDS.openQuestion, async (questionId?: string, topicId?: string) => {
      const id = typeof questionId === 'string' ? questionId : await pickQuestion(services);
      if (id) panel.show({ questionId: id, topicId });
    }),
    vscode.commands.registerCommand(COMMANDS.openTopic, (topicId: string) => panel.show({ topicId })),
    vscode.commands.registerCommand(COMMANDS.randomQuestion, () => openRandom(services, panel, false)),
    vscode.commands.registerCommand(COMMANDS.randomQuestionNotDone, () => openRandom(services, panel, true)),
    vscode.window.registerWebviewPanelSerializer(WEBVIEW_TYPES.question, {
      async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: PanelState | undefined) {
        panel.revive(webviewPanel, state);
      },
    }),
  );
  return panel;
}
