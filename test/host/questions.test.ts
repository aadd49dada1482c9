import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMANDS, WEBVIEW_TYPES } from '../../src/commands';
import type { ExtensionApi } from '../../src/extension';
import { activateExtension, eventually, EXTENSION_ID, shippedIndex } from './extension';

const questionTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(WEBVIEW_TYPES.question));

describe('Question panel', () => {
  let api: ExtensionApi;
  before(async () => {
    api = await activateExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opening two questions reuses one panel, titled after the latest question', async () => {
    const [first, second] = Object.values(shippedIndex().questions);
    assert.ok(first && second, 'the content needs at least two questions');
    await vscode.commands.executeCommand(COMMANDS.openQuestion, first.id);
    await eventually(() => questionTabs().length === 1, 'the first question has a tab');
    await vscode.commands.executeCommand(COMMANDS.openQuestion, second.id);
    await eventually(() => questionTabs()[0]?.label === api.questions.webviewPanel?.title, 'the tab shows the second question');
    assert.strictEqual(questionTabs().length, 1);
    const panel = api.questions.webviewPanel;
    assert.ok(panel);
    assert.strictEqual(panel.title, second.title.length > 40 ? `${second.title.slice(0, 39)}…` : second.title);
  });

  it('restricts the panel to its own resources and a nonce-only script policy', () => {
    const panel = api.questions.webviewPanel!;
    const html = panel.webview.html;
    assert.match(html, /default-src 'none'/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce && nonce.length >= 16);
    assert.ok(html.includes(`<script nonce="${nonce}"`));
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri.path;
    const roots = panel.webview.options.localResourceRoots?.map((uri) => uri.path.slice(extensionPath.length + 1));
    assert.deepStrictEqual(roots, ['media', 'dist/webview']);
  });

  it('an unknown question id is reported, not thrown, and leaves the panel as it was', async () => {
    const before = api.questions.state;
    await vscode.commands.executeCommand(COMMANDS.openQuestion, 'no-such-question');
    assert.deepStrictEqual(api.questions.state, before);
    assert.strictEqual(questionTabs().length, 1);
  });

  it('search finds a question by one of its tags and opens it', async () => {
    const questions = Object.values(shippedIndex().questions);
    const tagged = questions.find((question) => question.tags.some((tag) => questions.filter((other) => other.tags.some((t) => t.includes(tag))).length === 1))!;
    const tag = tagged.tags.find((tag) => questions.filter((other) => other.tags.some((t) => t.includes(tag))).length === 1)!;
    void vscode.commands.executeCommand(COMMANDS.searchQuestions, `#${tag}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await eventually(() => api.questions.state?.questionId === tagged.id, `the question tagged "${tag}" is shown`);
  });

  it('a formula in an answer reaches the panel as KaTeX markup', async () => {
    const withFormula = Object.values(shippedIndex().questions).find((question) => question.id === 'transformer-attention-formula')!;
    await vscode.commands.executeCommand(COMMANDS.openQuestion, withFormula.id);
    const html = api.questions.view?.answerHtml ?? '';
    assert.match(html, /<span class="katex-display">/);
    assert.match(html, /<annotation encoding="application\/x-tex">\\mathrm\{Attention\}/);
    assert.ok(!html.includes('$$'), 'no raw TeX delimiters are left');
  });

  it('a topic opens on its study note page', async () => {
    const topic = shippedIndex().sections.flatMap((s) => s.groups.flatMap((g) => g.topics)).find((t) => t.questionIds.length > 0)!;
    await vscode.commands.executeCommand(COMMANDS.openTopic, topic.id);
    assert.deepStrictEqual(api.questions.state, { topicId: topic.id, questionId: undefined, answerShown: false });
  });
});
