import * as vscode from 'vscode';
import { COMMANDS } from '../commands';
import { summarize } from '../core/attempts';
import { DrillMeta } from '../core/schema';
import { formatRemaining } from '../core/timer';
import { Store } from '../services/store';

/** The Drills view: each drill with its time budget, last result and best time. */
export class DrillsProvider implements vscode.TreeDataProvider<DrillMeta> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly drills: () => readonly DrillMeta[],
    private readonly store: Store,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(drill?: DrillMeta): DrillMeta[] {
    return drill ? [] : [...this.drills()];
  }

  getTreeItem(drill: DrillMeta): vscode.TreeItem {
    const { last, bestTimeMs, attempts } = summarize(this.store.attempts(), drill.id);
    const active = this.store.activeAttempt()?.drillId === drill.id;
    const item = new vscode.TreeItem(drill.title, vscode.TreeItemCollapsibleState.None);
    item.id = `drill:${drill.id}`;
    const parts = [`${drill.minutes} min`];
    if (active) parts.push('in progress');
    else if (last) parts.push(`last: ${last.passed}/${last.total}`);
    if (bestTimeMs !== undefined) parts.push(`best ${formatRemaining(bestTimeMs)}`);
    item.description = parts.join(' · ');
    const history = last ? `\nLast attempt: ${last.verdict}, ${last.passed}/${last.total} tests, ${formatRemaining(last.timeUsedMs)} used, ${last.hintsUsed} hint(s).` : '\nNot attempted yet.';
    item.tooltip = `${drill.title}: ${drill.minutes} minutes.${history}${attempts > 1 ? `\n${attempts} attempts.` : ''}`;
    item.iconPath = new vscode.ThemeIcon(active ? 'watch' : last?.verdict === 'passed in time' ? 'pass' : 'code');
    item.contextValue = active ? 'drill.active' : 'drill';
    item.command = { command: COMMANDS.startDrill, title: 'Start Drill', arguments: [drill.id] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
