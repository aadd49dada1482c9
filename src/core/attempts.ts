// Drill attempts: what is recorded when one ends, and what the Drills view shows from them.
import { readTimer, remainingMs, TimerState } from './timer';

export type Verdict = 'passed in time' | 'passed late' | 'not passed';

/** The attempt in progress: its folder, its countdown and how many hints were shown. */
export interface ActiveAttempt {
  drillId: string;
  folder: string;
  timer: TimerState;
  hintsUsed: number;
}

/** An attempt that has ended; every one is kept. */
export interface AttemptRecord {
  drillId: string;
  folder: string;
  startedAt: number;
  endedAt: number;
  timeUsedMs: number;
  hintsUsed: number;
  passed: number;
  total: number;
  verdict: Verdict;
}

export function verdictOf(passed: number, total: number, inTime: boolean): Verdict {
  if (total === 0 || passed < total) return 'not passed';
  return inTime ? 'passed in time' : 'passed late';
}

/** Ends an attempt with the result of its last test run (none: nothing passed). */
export function endAttempt(active: ActiveAttempt, result: { passed: number; total: number } | undefined, durationMs: number, now: number): AttemptRecord {
  const left = remainingMs(active.timer, now);
  const timeUsedMs = Math.max(0, durationMs - left);
  const passed = result?.passed ?? 0;
  const total = result?.total ?? 0;
  return {
    drillId: active.drillId,
    folder: active.folder,
    startedAt: active.timer.startedAt,
    endedAt: now,
    timeUsedMs,
    hintsUsed: active.hintsUsed,
    passed,
    total,
    verdict: verdictOf(passed, total, left > 0),
  };
}

export interface DrillSummary {
  last?: AttemptRecord;
  /** The shortest time among attempts that passed in time. */
  bestTimeMs?: number;
  attempts: number;
}

export function summarize(records: readonly AttemptRecord[], drillId: string): DrillSummary {
  const mine = records.filter((record) => record.drillId === drillId);
  const inTime = mine.filter((record) => record.verdict === 'passed in time').map((record) => record.timeUsedMs);
  return { last: mine.at(-1), bestTimeMs: inTime.length ? Math.min(...inTime) : undefined, attempts: mine.length };
}

/** Reads a stored active attempt; anything malformed counts as none. */
export function readActiveAttempt(raw: unknown): ActiveAttempt | undefined {
  const value = raw as Partial<ActiveAttempt> | undefined;
  if (!value || typeof value !== 'object' || typeof value.drillId !== 'string' || typeof value.folder !== 'string') return undefined;
  const timer = readTimer(value.timer);
  return timer ? { drillId: value.drillId, folder: value.folder, timer, hintsUsed: typeof value.hintsUsed === 'number' ? value.hintsUsed : 0 } : undefined;
}

/** Reads stored attempt records, keeping the well-formed ones. */
export function readAttemptRecords(raw: unknown): AttemptRecord[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((record): record is AttemptRecord =>
    typeof record === 'object' && record !== null && typeof record.drillId === 'string' && typeof record.endedAt === 'number' && typeof record.verdict === 'string');
}
