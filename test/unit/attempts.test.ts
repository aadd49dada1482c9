import * as assert from 'assert';
import { ActiveAttempt, endAttempt, readActiveAttempt, readAttemptRecords, summarize } from '../../src/core/attempts';
import { pauseTimer, startTimer } from '../../src/core/timer';

const MIN = 60_000;
const active = (startedAt = 0): ActiveAttempt => ({ drillId: 'data-cleaning', folder: '/w/data-cleaning', timer: startTimer('data-cleaning', 20 * MIN, startedAt), hintsUsed: 1 });

describe('drill attempts', () => {
  it('records an attempt that passed in time with the time it used', () => {
    const record = endAttempt(active(), { passed: 12, total: 12 }, 20 * MIN, 12 * MIN + 30_000);
    assert.deepStrictEqual(
      [record.verdict, record.timeUsedMs, record.passed, record.total, record.hintsUsed, record.startedAt, record.endedAt],
      ['passed in time', 12 * MIN + 30_000, 12, 12, 1, 0, 12 * MIN + 30_000],
    );
  });

  it('counts paused time out of the time used', () => {
    const paused = { ...active(), timer: pauseTimer(startTimer('data-cleaning', 20 * MIN, 0), 5 * MIN) };
    assert.strictEqual(endAttempt(paused, { passed: 1, total: 1 }, 20 * MIN, 60 * MIN).timeUsedMs, 5 * MIN);
  });

  it('a run that passes after the deadline is late, and anything less than all tests is not passed', () => {
    assert.strictEqual(endAttempt(active(), { passed: 4, total: 4 }, 20 * MIN, 25 * MIN).verdict, 'passed late');
    assert.strictEqual(endAttempt(active(), { passed: 3, total: 4 }, 20 * MIN, 5 * MIN).verdict, 'not passed');
    assert.strictEqual(endAttempt(active(), undefined, 20 * MIN, 5 * MIN).verdict, 'not passed');
  });

  it('summarises the last attempt and the best time in time per drill', () => {
    const records = [
      endAttempt(active(), { passed: 4, total: 4 }, 20 * MIN, 15 * MIN),
      endAttempt(active(), { passed: 4, total: 4 }, 20 * MIN, 11 * MIN),
      endAttempt(active(), { passed: 2, total: 4 }, 20 * MIN, 20 * MIN),
      { ...endAttempt(active(), { passed: 1, total: 1 }, 20 * MIN, 1 * MIN), drillId: 'rag-pipeline' },
    ];
    const summary = summarize(records, 'data-cleaning');
    assert.strictEqual(summary.attempts, 3);
    assert.strictEqual(summary.bestTimeMs, 11 * MIN);
    assert.strictEqual(summary.last?.verdict, 'not passed');
    assert.deepStrictEqual(summarize(records, 'iris-classifier'), { last: undefined, bestTimeMs: undefined, attempts: 0 });
  });

  it('reads malformed stored attempts defensively', () => {
    assert.strictEqual(readActiveAttempt({ drillId: 'x', folder: '/f', timer: { status: 'nope' } }), undefined);
    assert.deepStrictEqual(readActiveAttempt(JSON.parse(JSON.stringify(active())))?.timer, active().timer);
    assert.deepStrictEqual(readAttemptRecords([null, { drillId: 'x' }, 'y']), []);
    assert.deepStrictEqual(readAttemptRecords('garbage'), []);
  });
});
