import * as assert from 'assert';
import { formatRemaining, isExpired, msUntilNextTick, pauseTimer, readTimer, remainingMs, resumeTimer, startTimer, urgency } from '../../src/core/timer';

const MIN = 60_000;

describe('drill countdown', () => {
  it('continues from the stored deadline after a reload in the middle', () => {
    const started = startTimer('data-cleaning', 20 * MIN, 1_000_000);
    const stored = JSON.parse(JSON.stringify(started));
    const afterReload = readTimer(stored)!;
    assert.strictEqual(formatRemaining(remainingMs(afterReload, 1_000_000 + 7 * MIN + 18_000)), '12:42');
  });

  it('a paused timer stays paused across a reload, however long it is closed', () => {
    const paused = pauseTimer(startTimer('rag', 30 * MIN, 0), 10 * MIN);
    const afterReload = readTimer(JSON.parse(JSON.stringify(paused)))!;
    assert.strictEqual(remainingMs(afterReload, 10 * 24 * 60 * MIN), 20 * MIN);
    const resumed = resumeTimer(afterReload, 500 * MIN);
    assert.strictEqual(remainingMs(resumed, 505 * MIN), 15 * MIN);
  });

  it('expires while the window was closed', () => {
    const timer = startTimer('features', 15 * MIN, 0);
    assert.ok(isExpired(timer, 60 * MIN));
    assert.strictEqual(remainingMs(timer, 60 * MIN), 0);
    assert.strictEqual(urgency(timer, 60 * MIN), 'expired');
  });

  it('turns to warning at 5 minutes and critical at 1 minute', () => {
    const timer = startTimer('x', 20 * MIN, 0);
    assert.strictEqual(urgency(timer, 14 * MIN), 'normal');
    assert.strictEqual(urgency(timer, 15 * MIN), 'warning');
    assert.strictEqual(urgency(timer, 19 * MIN), 'critical');
  });

  it('formats time left, rounding seconds up', () => {
    assert.strictEqual(formatRemaining(18 * MIN + 42_000), '18:42');
    assert.strictEqual(formatRemaining(18 * MIN + 41_001), '18:42');
    assert.strictEqual(formatRemaining(500), '0:01');
    assert.strictEqual(formatRemaining(0), '0:00');
    assert.strictEqual(formatRemaining(62 * MIN + 5_000), '1:02:05');
  });

  it('ticks at most once a second and not at all when paused or expired', () => {
    const timer = startTimer('x', MIN, 0);
    assert.strictEqual(msUntilNextTick(timer, 250), 750);
    assert.strictEqual(msUntilNextTick(timer, 1000), 1000);
    assert.strictEqual(msUntilNextTick(pauseTimer(timer, 10), 20), undefined);
    assert.strictEqual(msUntilNextTick(timer, MIN), undefined);
  });

  it('reads malformed stored timers as none', () => {
    for (const raw of [undefined, null, 'x', { status: 'running', drillId: 'a', startedAt: 0 }, { status: 'paused', drillId: 'a', startedAt: 0, remainingMs: -1 }]) {
      assert.strictEqual(readTimer(raw), undefined);
    }
  });
});
