// Progress rules: which topics are done, what a parent counts, and how stored data is read.

/** What is stored: topic id → when it was marked done (ms since epoch). Unknown ids are kept, never shown. */
export interface StoredProgress {
  version: 1;
  done: Record<string, number>;
}

export interface Count {
  done: number;
  total: number;
}

export const EMPTY_PROGRESS: StoredProgress = { version: 1, done: {} };

export function isDone(progress: StoredProgress, topicId: string): boolean {
  return Object.prototype.hasOwnProperty.call(progress.done, topicId);
}

export function countDone(progress: StoredProgress, topicIds: readonly string[]): Count {
  let done = 0;
  for (const id of topicIds) if (isDone(progress, id)) done++;
  return { done, total: topicIds.length };
}

export function formatCount({ done, total }: Count): string {
  return `${done}/${total}`;
}

/** Marks every topic in `topicIds` done or not done; topics already in that state keep their date. */
export function setDone(progress: StoredProgress, topicIds: readonly string[], done: boolean, now: number): StoredProgress {
  const next = { ...progress.done };
  for (const id of topicIds) {
    if (!done) delete next[id];
    else if (!isDone(progress, id)) next[id] = now;
  }
  return { version: 1, done: next };
}

export type ReadProgress = { progress: StoredProgress; problem?: string };

/** Reads stored progress defensively: malformed data yields what can be kept and a description of the problem. */
export function readProgress(raw: unknown): ReadProgress {
  if (raw === undefined) return { progress: EMPTY_PROGRESS };
  const value = raw as Partial<StoredProgress>;
  if (typeof value !== 'object' || value === null || value.version !== 1 || typeof value.done !== 'object' || value.done === null) {
    return { progress: EMPTY_PROGRESS, problem: 'stored progress is not in a known format and was ignored' };
  }
  const done: Record<string, number> = {};
  const skipped: string[] = [];
  for (const [id, at] of Object.entries(value.done)) {
    if (typeof at === 'number' && Number.isFinite(at)) done[id] = at;
    else skipped.push(id);
  }
  const problem = skipped.length > 0 ? `ignored ${skipped.length} malformed stored progress entr${skipped.length === 1 ? 'y' : 'ies'}: ${skipped.join(', ')}` : undefined;
  return { progress: { version: 1, done }, problem };
}
