import * as vscode from 'vscode';
import { WEBVIEW_TYPES } from '../commands';
import { isDone, setDone } from '../core/progress';
import { Services } from '../services/services';
import { questionPanelHtml } from './html';
import { FromWebview, PanelState, PanelView, ToWebview } from './messages';
import { buildPanelView } from './panelView';

const TITLE_LENGTH = 40;

/** The single panel that shows topic notes and questions; opening anything else reuses it. */
export class QuestionPanel {
  private panel?: vscode.WebviewPanel;
  private current?: PanelState;
  private currentView?: PanelView;
  /** Messages sent before the webview's script runs are lost; on 'ready' the current page is sent again. */
  private ready = false;
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

  get state(): PanelState | undefined {
    return this.current;
  }

  /** What the panel shows now, as sent to the webview. */
  get view(): PanelView | undefined {
    return this.currentView;
  }

  /** Shows a question, or a topic's note when no question is given. Returns false, after telling the user why, when it cannot. */
  show(target: { topicId?: string; questionId?: string }, answerShown = false): boolean {
    let view;
    try {
      view = buildPanelView(this.services, target);
    } catch (error) {
      const message = (error as Error).message;
      this.services.log.error(`Could not open ${target.questionId ? `question "${target.questionId}"` : `topic "${target.topicId}"`}: ${message}`);
      void vscode.window.showErrorMessage(`Could not open it: ${message}`);
      return false;
    }
    if (!this.panel) this.adopt(this.createPanel());
    const panel = this.panel!;
    this.current = { topicId: view.topicId, questionId: view.questionId, answerShown };
    this.currentView = view;
    panel.title = view.title.length > TITLE_LENGTH ? `${view.title.slice(0, TITLE_LENGTH - 1)}…` : view.title;
    this.post({ type: 'show', view, answerShown });
    if (!panel.visible) panel.reveal(undefined, false);
    return true;
  }

  /** Takes over a panel restored after a reload and shows what it showed before. */
  revive(panel: vscode.WebviewPanel, state: PanelState | undefined): void {
    this.panel?.dispose();
    this.adopt(panel);
    if (!state?.topicId || !this.show(state, state.answerShown)) panel.dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(WEBVIEW_TYPES.question, 'Interview question', vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = questionPanelHtml(panel.webview, this.extensionUri);
    const subscriptions = [
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      // A hidden webview is torn down; when it comes back its script says 'ready' again.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => {
        subscriptions.forEach((subscription) => subscription.dispose());
        if (this.panel === panel) {
          this.panel = undefined;
          this.current = undefined;
          this.currentView = undefined;
        }
      }),
    ];
  }

  private async receive(message: FromWebview): Promise<void> {
    const current = this.current;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (current) this.show(current, current.answerShown);
        return;
      case 'answerShown':
        if (current) current.answerShown = message.shown;
        return;
      case 'navigate':
        if (current) this.navigate(current, message.direction);
        return;
      case 'openQuestion':
        if (current) this.show({ topicId: current.topicId, questionId: message.questionId });
        return;
      case 'setTopicDone':
        if (current) await this.services.store.setProgress(setDone(this.services.store.progress(), [current.topicId], message.done, Date.now()));
        return;
      case 'openLink':
        // Checked again here: the webview is not trusted to filter links.
        if (/^https?:\/\//i.test(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href));
        return;
    }
  }

  /** Pages run: the topic's note, then its questions in order. */
  private navigate(current: PanelState, direction: -1 | 1): void {
    const state = this.services.content.get();
    const questionIds = state.ok ? (state.content.topic(current.topicId)?.topic.questionIds ?? []) : [];
    const pages: (string | undefined)[] = [undefined, ...questionIds];
    const target = pages.indexOf(current.questionId) + direction;
    if (target >= 0 && target < pages.length) this.show({ topicId: current.topicId, questionId: pages[target] });
  }

  private postTopicDone(): void {
    if (this.current) this.post({ type: 'topicDone', done: isDone(this.services.store.progress(), this.current.topicId) });
  }

  private post(message: ToWebview): void {
    if (this.ready) void this.panel?.webview.postMessage(message);
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
