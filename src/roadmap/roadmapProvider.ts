import * as vscode from 'vscode';
import { COMMANDS } from '../commands';
import { Content } from '../core/contentIndex';
import { formatCount, isDone, StoredProgress } from '../core/progress';
import { Store } from '../services/store';
import { childrenOf, countOf, nodeId, RoadmapNode, visibleQuestions } from './nodes';

const KIND_ICONS: Record<string, string> = {
  concept: 'lightbulb',
  math: 'symbol-operator',
  coding: 'code',
  'system-design': 'server-process',
  behavioral: 'person',
};

/** Shows the roadmap: sections, groups, topics with checkboxes, and each topic's questions. */
export class RoadmapProvider implements vscode.TreeDataProvider<RoadmapNode> {
  private readonly changed = new vscode.EventEmitter<RoadmapNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** A snapshot for one render pass, so hundreds of rows do not each re-read storage. */
  private progressSnapshot?: StoredProgress;

  constructor(
    private readonly content: () => Content | undefined,
    private readonly store: Store,
  ) {}

  refresh(): void {
    this.progressSnapshot = undefined;
    this.changed.fire(undefined);
  }

  private progress(): StoredProgress {
    if (!this.progressSnapshot) this.progressSnapshot = this.store.progress();
    return this.progressSnapshot;
  }

  getChildren(node?: RoadmapNode): RoadmapNode[] {
    const content = this.content();
    if (!content) return [];
    if (!node) this.progressSnapshot = undefined;
    return childrenOf(content, node, this.progress(), { hideCompleted: this.store.hideCompleted(), filter: this.store.questionFilter() });
  }

  getTreeItem(node: RoadmapNode): vscode.TreeItem {
    const content = this.content();
    if (!content) return new vscode.TreeItem('');
    const progress = this.progress();
    if (node.kind === 'question') return questionItem(node);
    const title = node.kind === 'section' ? node.section.title : node.kind === 'group' ? node.group.title : node.topic.title;
    const count = countOf(content, node, progress);
    const complete = count.done === count.total && count.total > 0;
    const questions = node.kind === 'topic' ? visibleQuestions(content, node.topic, this.store.questionFilter()).length : 0;
    const hasChildren = node.kind !== 'topic' || questions > 0;
    const item = new vscode.TreeItem(title, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = nodeId(node);
    item.checkboxState = {
      state: complete ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: complete ? 'Mark as not done' : 'Mark as done',
    };
    if (node.kind === 'topic') {
      const done = isDone(progress, node.topic.id);
      const parts = [node.topic.level === 'advanced' ? 'advanced' : '', questions ? `${questions} question${questions === 1 ? '' : 's'}` : ''];
      item.description = parts.filter(Boolean).join(' · ');
      item.tooltip = `${title}${node.topic.level === 'advanced' ? ' (advanced)' : ''}\n${done ? 'Done' : 'Not done yet'}`;
      item.contextValue = done ? 'topic.done' : 'topic.todo';
      item.command = { command: COMMANDS.openTopic, title: 'Open study note', arguments: [node.topic.id] };
      item.accessibilityInformation = { label: `${title}, ${done ? 'done' : 'not done'}${item.description ? `, ${item.description}` : ''}` };
    } else {
      item.description = formatCount(count);
      item.tooltip = `${title}: ${count.done} of ${count.total} topics done`;
      item.contextValue = node.kind;
      item.accessibilityInformation = { label: `${title}, ${count.done} of ${count.total} topics done` };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function questionItem(node: Extract<RoadmapNode, { kind: 'question' }>): vscode.TreeItem {
  const { question, topic } = node;
  const item = new vscode.TreeItem(question.title, vscode.TreeItemCollapsibleState.None);
  item.id = nodeId(node);
  item.description = question.difficulty;
  item.tooltip = `${question.title}\n${question.difficulty} · ${question.kind}${question.tags.length ? ` · ${question.tags.join(', ')}` : ''}`;
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[question.kind] ?? 'question');
  item.contextValue = 'question';
  item.command = { command: COMMANDS.openQuestion, title: 'Open question', arguments: [question.id, topic.id] };
  return item;
}
