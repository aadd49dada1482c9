import * as vscode from 'vscode';
import { WEBVIEW_TYPES } from '../commands';
import { isDone, setDone } from '../core/progress';
import { Services } from '../services/services';
import { buildQuestionView } from './questionView';
import { FromWebview, QuestionPanelState, QuestionView, ToWebview } from './messages';
import { questionPanelHtml } from './html';

/** The single panel that shows questions; opening another question reuses it. */
export class QuestionPanel {
  private panel?: vscode.WebviewPanel;
  private current?: QuestionPanelState;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly services: Services,
  ) {
    this.disposables.push(services.store.onDidChangeProgress(() => this.postTopicDone()));
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Shows a question, creating the panel on first use. Returns false, after telling the user why, when it cannot. */
  show(questionId: string, topicId?: string, answerShown = false): boolean {
    const view = this.view(questionId, topicId);
    if (!view) return false;
    if (!this.panel) this.adopt(this.createPanel());
    const panel = this.panel!;
    this.current = { questionId: view.questionId, topicId: view.topicId, answerShown };
    panel.title = view.title.length > 40 ? `${view.title.slice(0, 39)}…` : view.title;
    this.post({ type: 'show', view, answerShown });
    if (!panel.visible) panel.reveal(undefined, false);
    return true;
  }

  /** Takes over a panel restored after a reload and shows what it showed before. */
  revive(panel: vscode.WebviewPanel, state: QuestionPanelState | undefined): void {
    this.panel?.dispose();
    this.adopt(panel);
    if (!state?.questionId || !this.show(state.questionId, state.topicId, state.answerShown)) panel.dispose();
  }

  private view(questionId: string, topicId?: string): QuestionView | undefined {
    try {
      return buildQuestionView(this.services, questionId, topicId);
    } catch (error) {
      this.services.log.error(`Could not open question "${questionId}": ${(error as Error).message}`);
      void vscode.window.showErrorMessage(`Could not open the question: ${(error as Error).message}`);
      return undefined;
    }
  }

  private createPanel(): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(WEBVIEW_TYPES.question, 'Interview question', vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = questionPanelHtml(panel.webview, this.extensionUri);
    const subscriptions = [
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      panel.onDidDispose(() => {
        subscriptions.forEach((subscription) => subscription.dispose());
        if (this.panel === panel) {
          this.panel = undefined;
          this.current = undefined;
        }
      }),
    ];
  }

  private async receive(message: FromWebview): Promise<void> {
    const current = this.current;
    if (!current) return;
    switch (message.type) {
      case 'navigate': {
        const topic = this.services.content.get();
        const questionIds = topic.ok ? (topic.content.topic(current.topicId)?.topic.questionIds ?? []) : [];
        const next = questionIds[questionIds.indexOf(current.questionId) + message.direction];
        if (next) this.show(next, current.topicId);
        return;
      }
      case 'setTopicDone':
        await this.services.store.setProgress(setDone(this.services.store.progress(), [current.topicId], message.done, Date.now()));
        return;
      case 'openLink':
        // Links are checked again here: the webview is not trusted to filter them.
        if (/^https?:\/\//i.test(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href));
        return;
    }
  }

  private postTopicDone(): void {
    if (this.current) this.post({ type: 'topicDone', done: isDone(this.services.store.progress(), this.current.topicId) });
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
  };
}
