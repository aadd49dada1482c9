import * as vscode from 'vscode';
import { COMMANDS, WEBVIEW_TYPES } from '../commands';
import { Services } from '../services/services';
import { QuestionPanelState } from './messages';
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
  const choice = await vscode.window.showQuickPick(items, { placeHolder: 'Search questions by title, topic or tag', matchOnDescription: true, matchOnDetail: true });
  return choice?.id;
}

export function registerQuestions(context: vscode.ExtensionContext, services: Services): QuestionPanel {
  const panel = new QuestionPanel(context.extensionUri, services);
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(COMMANDS.openQuestion, async (questionId?: string, topicId?: string) => {
      const id = typeof questionId === 'string' ? questionId : await pickQuestion(services);
      if (id) panel.show(id, topicId);
    }),
    vscode.window.registerWebviewPanelSerializer(WEBVIEW_TYPES.question, {
      async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: QuestionPanelState | undefined) {
        panel.revive(webviewPanel, state);
      },
    }),
  );
  return panel;
}
