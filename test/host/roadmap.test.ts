import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commands';
import { EMPTY_PROGRESS } from '../../src/core/progress';
import type { ExtensionApi } from '../../src/extension';
import { RoadmapNode } from '../../src/roadmap/nodes';
import { RoadmapProvider } from '../../src/roadmap/roadmapProvider';
import { Store } from '../../src/services/store';
import { activateExtension, shippedIndex } from './extension';

describe('Roadmap', () => {
  let api: ExtensionApi;
  before(async () => {
    api = await activateExtension();
  });
  beforeEach(() => api.services.store.setProgress(EMPTY_PROGRESS));

  const sections = () => api.roadmap.provider.getChildren();
  const firstTopic = (section: RoadmapNode) => {
    const group = api.roadmap.provider.getChildren(section)[0];
    return api.roadmap.provider.getChildren(group)[0];
  };

  it('activates and shows every section of the content in order', () => {
    const titles = sections().map((node) => api.roadmap.provider.getTreeItem(node).label);
    assert.deepStrictEqual(titles, shippedIndex().sections.map((section) => section.title));
    assert.strictEqual(titles.length, 9);
  });

  it('marking a topic done through its command stores it and updates the parent count', async () => {
    const section = sections()[0];
    const total = shippedIndex().sections[0].groups.reduce((sum, group) => sum + group.topics.length, 0);
    assert.strictEqual(api.roadmap.provider.getTreeItem(section).description, `0/${total}`);
    const topic = firstTopic(section);
    await vscode.commands.executeCommand(COMMANDS.markTopicDone, topic);
    assert.strictEqual(api.roadmap.provider.getTreeItem(sections()[0]).description, `1/${total}`);
    assert.ok(topic.kind === 'topic' && api.services.store.progress().done[topic.topic.id] > 0);
    const item = api.roadmap.provider.getTreeItem(topic);
    assert.strictEqual(item.checkboxState && typeof item.checkboxState === 'object' && item.checkboxState.state, vscode.TreeItemCheckboxState.Checked);
    await vscode.commands.executeCommand(COMMANDS.markTopicNotDone, topic);
    assert.strictEqual(api.roadmap.provider.getTreeItem(sections()[0]).description, `0/${total}`);
  });

  it('ticking a section ticks all of its topics', async () => {
    const section = sections()[1];
    await api.roadmap.setDone(section, true);
    const item = api.roadmap.provider.getTreeItem(sections()[1]);
    const [done, total] = String(item.description).split('/');
    assert.strictEqual(done, total);
  });

  it('progress is read back by a fresh store and provider', async () => {
    const topic = firstTopic(sections()[2]);
    await vscode.commands.executeCommand(COMMANDS.markTopicDone, topic);
    const log = { info() {}, warn() {}, error() {}, show() {} };
    const freshStore = new Store(api.globalState, log);
    const freshProvider = new RoadmapProvider(() => {
      const state = api.services.content.get();
      return state.ok ? state.content : undefined;
    }, freshStore);
    const section = freshProvider.getChildren()[2];
    assert.match(String(freshProvider.getTreeItem(section).description), /^1\//);
  });

  it('malformed stored progress is ignored with one warning, and the stored value is kept aside', async () => {
    const values = new Map<string, unknown>([['mlPrep.progress', { version: 1, done: 'everything' }]]);
    const memento = {
      keys: () => [...values.keys()],
      get: <T>(key: string) => values.get(key) as T,
      update: async (key: string, value: unknown) => void values.set(key, value),
      setKeysForSync: () => undefined,
    };
    const warnings: string[] = [];
    const store = new Store(memento, { info() {}, warn: (message: string) => void warnings.push(message), error() {}, show() {} });
    assert.deepStrictEqual(store.progress(), EMPTY_PROGRESS);
    assert.deepStrictEqual(store.progress(), EMPTY_PROGRESS);
    assert.strictEqual(warnings.length, 1);
    assert.match(warnings[0], /not in a known format/);
    assert.deepStrictEqual(values.get('mlPrep.progress.malformed'), { version: 1, done: 'everything' });
  });

  it('hide completed removes done sections and show completed brings them back', async () => {
    await api.roadmap.setDone(sections()[0], true);
    await vscode.commands.executeCommand(COMMANDS.hideCompleted);
    assert.strictEqual(sections().length, 8);
    await vscode.commands.executeCommand(COMMANDS.showCompleted);
    assert.strictEqual(sections().length, 9);
  });
});
