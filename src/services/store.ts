import * as vscode from 'vscode';
import { ActiveAttempt, AttemptRecord, readActiveAttempt, readAttemptRecords } from '../core/attempts';
import { readProgress, StoredProgress } from '../core/progress';
import { NO_FILTER, QuestionFilter } from '../core/questionFilter';
import { DIFFICULTIES, QUESTION_KINDS } from '../core/schema';
import { Log } from './log';

/** Every key the extension stores; progress is synced with Settings Sync, view preferences are not. */
const KEYS = {
  progress: 'mlPrep.progress',
  malformedProgress: 'mlPrep.progress.malformed',
  hideCompleted: 'mlPrep.roadmap.hideCompleted',
  questionFilter: 'mlPrep.roadmap.questionFilter',
  activeAttempt: 'mlPrep.drills.activeAttempt',
  attempts: 'mlPrep.drills.attempts',
} as const;

export const SYNCED_KEYS: readonly string[] = [KEYS.progress];

type GlobalState = vscode.Memento & { setKeysForSync(keys: readonly string[]): void };

/** The one place that reads and writes what the extension remembers. */
export class Store {
  private readonly progressChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeProgress = this.progressChanged.event;
  private readonly attemptsChanged = new vscode.EventEmitter<void>();
  /** Fires when the active attempt or the attempt history changes. */
  readonly onDidChangeAttempts = this.attemptsChanged.event;
  private warnedAbout: unknown;

  constructor(
    private readonly state: GlobalState,
    private readonly log: Log,
  ) {
    state.setKeysForSync(SYNCED_KEYS);
  }

  /** Read on every call because Settings Sync may replace the value underneath us. */
  progress(): StoredProgress {
    const raw = this.state.get<unknown>(KEYS.progress);
    const { progress, problem } = readProgress(raw);
    if (problem && this.warnedAbout !== raw) {
      this.warnedAbout = raw;
      this.log.warn(`Progress: ${problem}. A copy of the stored value is kept under "${KEYS.malformedProgress}".`);
      void this.state.update(KEYS.malformedProgress, raw);
    }
    return progress;
  }

  async setProgress(progress: StoredProgress): Promise<void> {
    await this.state.update(KEYS.progress, progress);
    this.progressChanged.fire();
  }

  hideCompleted(): boolean {
    return this.state.get<boolean>(KEYS.hideCompleted) === true;
  }

  async setHideCompleted(hide: boolean): Promise<void> {
    await this.state.update(KEYS.hideCompleted, hide);
  }

  /** Values that are not known difficulties or kinds (say, from an older version) are dropped. */
  questionFilter(): QuestionFilter {
    const raw = this.state.get<Partial<QuestionFilter>>(KEYS.questionFilter);
    if (!raw || typeof raw !== 'object') return NO_FILTER;
    const known = <T extends string>(values: unknown, allowed: readonly T[]) =>
      Array.isArray(values) ? values.filter((value): value is T => allowed.includes(value as T)) : [];
    return { difficulties: known(raw.difficulties, DIFFICULTIES), kinds: known(raw.kinds, QUESTION_KINDS) };
  }

  async setQuestionFilter(filter: QuestionFilter): Promise<void> {
    await this.state.update(KEYS.questionFilter, filter);
  }

  /** The drill attempt in progress; its deadline is stored, so a reload continues the countdown. */
  activeAttempt(): ActiveAttempt | undefined {
    return readActiveAttempt(this.state.get(KEYS.activeAttempt));
  }

  async setActiveAttempt(attempt: ActiveAttempt | undefined): Promise<void> {
    await this.state.update(KEYS.activeAttempt, attempt);
    this.attemptsChanged.fire();
  }

  attempts(): AttemptRecord[] {
    return readAttemptRecords(this.state.get(KEYS.attempts));
  }

  async addAttempt(record: AttemptRecord): Promise<void> {
    await this.state.update(KEYS.attempts, [...this.attempts(), record]);
    this.attemptsChanged.fire();
  }

  dispose(): void {
    this.attemptsChanged.dispose();
    this.progressChanged.dispose();
  }
}
