import * as vscode from 'vscode';
import { COMMANDS } from '../commands';
import { ActiveAttempt } from '../core/attempts';
import { formatRemaining, isExpired, msUntilNextTick, remainingMs, urgency } from '../core/timer';

const BACKGROUNDS = { warning: 'statusBarItem.warningBackground', critical: 'statusBarItem.errorBackground' } as const;

/**
 * The status-bar countdown of the active attempt. It redraws only when the shown text changes (at most
 * once a second) and schedules nothing while paused or idle.
 */
export class Countdown implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mlPrep.countdown', vscode.StatusBarAlignment.Left, 100);
  private timer?: NodeJS.Timeout;
  private attempt?: { active: ActiveAttempt; title: string };

  constructor(private readonly onExpired: (active: ActiveAttempt) => void) {
    this.item.name = 'ML Prep drill countdown';
    this.item.command = COMMANDS.drillActions;
  }

  show(active: ActiveAttempt | undefined, title = ''): void {
    clearTimeout(this.timer);
    this.attempt = active ? { active, title } : undefined;
    if (!active) this.item.hide();
    else this.render();
  }

  private render(): void {
    if (!this.attempt) return;
    const { active, title } = this.attempt;
    const now = Date.now();
    const left = remainingMs(active.timer, now);
    const paused = active.timer.status === 'paused';
    const level = urgency(active.timer, now);
    this.item.text = `$(${paused ? 'debug-pause' : 'watch'}) ${formatRemaining(left)} ${title}`;
    this.item.tooltip = `${title}: ${formatRemaining(left)} left${paused ? ' (paused)' : ''}. Click for pause, resume, hints, tests and stop.`;
    this.item.accessibilityInformation = { label: `${title} drill, ${formatRemaining(left)} left${paused ? ', paused' : ''}` };
    this.item.backgroundColor = level === 'warning' || level === 'critical' || level === 'expired' ? new vscode.ThemeColor(BACKGROUNDS[level === 'warning' ? 'warning' : 'critical']) : undefined;
    this.item.show();
    if (isExpired(active.timer, now)) {
      this.onExpired(active);
      return;
    }
    const wait = msUntilNextTick(active.timer, now);
    if (wait !== undefined) this.timer = setTimeout(() => this.render(), wait);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}
