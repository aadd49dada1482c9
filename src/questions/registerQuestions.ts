import * as vscode from 'vscode';
import { COMMANDS, WEBVIEW_TYPES } from '../commands';
import { randomQuestion } from '../core/questionFilter';
import { Services } from '../services/services';
import { PanelState } from './messages';
import { QuestionPanel } from './questionPanel';
import { pickQuestion } from './search';

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
    vscode.commands.registerCommand(COMMANDS.openQuestion, (questionId: string, topicId?: string) => panel.show({ questionId, topicId })),
    vscode.commands.registerCommand(COMMANDS.searchQuestions, async (query?: string) => {
      const state = services.content.get();
      if (!state.ok) return void vscode.window.showErrorMessage(state.message);
      const questionId = await pickQuestion(state.content, typeof query === 'string' ? query : '');
      if (questionId) panel.show({ questionId });
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
