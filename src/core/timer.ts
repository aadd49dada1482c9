// Countdown arithmetic for drills. The deadline is stored, not the seconds left, so a reload or a
// restart continues correctly; a paused timer stores what was left instead.

export type TimerState =
  | { status: 'running'; drillId: string; startedAt: number; deadline: number }
  | { status: 'paused'; drillId: string; startedAt: number; remainingMs: number };

export type Urgency = 'normal' | 'warning' | 'critical' | 'expired';

export const WARNING_MS = 5 * 60_000;
export const CRITICAL_MS = 60_000;

export function startTimer(drillId: string, durationMs: number, now: number): TimerState {
  return { status: 'running', drillId, startedAt: now, deadline: now + durationMs };
}

export function remainingMs(timer: TimerState, now: number): number {
  return timer.status === 'paused' ? timer.remainingMs : Math.max(0, timer.deadline - now);
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status === 'paused') return timer;
  return { status: 'paused', drillId: timer.drillId, startedAt: timer.startedAt, remainingMs: remainingMs(timer, now) };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status === 'running') return timer;
  return { status: 'running', drillId: timer.drillId, startedAt: timer.startedAt, deadline: now + timer.remainingMs };
}

export function isExpired(timer: TimerState, now: number): boolean {
  return remainingMs(timer, now) === 0;
}

export function urgency(timer: TimerState, now: number): Urgency {
  const left = remainingMs(timer, now);
  if (left === 0) return 'expired';
  if (left <= CRITICAL_MS) return 'critical';
  return left <= WARNING_MS ? 'warning' : 'normal';
}

/** "18:42", or "1:02:05" past an hour; seconds round up so the display reaches 0:00 only at the deadline. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Milliseconds until the displayed text next changes, so the status bar updates at most once a second. */
export function msUntilNextTick(timer: TimerState, now: number): number | undefined {
  if (timer.status === 'paused') return undefined;
  const left = remainingMs(timer, now);
  if (left === 0) return undefined;
  return left % 1000 || 1000;
}

/** Reads a stored timer defensively; anything malformed counts as no timer. */
export function readTimer(raw: unknown): TimerState | undefined {
  const value = raw as Partial<Record<string, unknown>> | undefined;
  if (!value || typeof value !== 'object' || typeof value.drillId !== 'string' || typeof value.startedAt !== 'number') return undefined;
  if (value.status === 'running' && typeof value.deadline === 'number') return value as TimerState;
  if (value.status === 'paused' && typeof value.remainingMs === 'number' && value.remainingMs >= 0) return value as TimerState;
  return undefined;
}
