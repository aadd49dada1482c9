import * as assert from 'assert';
import { Content } from '../../src/core/contentIndex';
import { countDone, EMPTY_PROGRESS, isDone, readProgress, setDone } from '../../src/core/progress';
import { ContentIndex } from '../../src/core/schema';
import { NO_FILTER } from '../../src/core/questionFilter';
import { childrenOf, countOf } from '../../src/roadmap/nodes';

const topic = (id: string) => ({ id, title: id, level: 'core' as const, questionIds: [], hasNote: false });
const index: ContentIndex = {
  version: 1,
  sections: [
    { id: 's1', title: 'S1', groups: [{ id: 'g1', title: 'G1', topics: [topic('a'), topic('b')] }, { id: 'g2', title: 'G2', topics: [topic('c')] }] },
    { id: 's2', title: 'S2', groups: [{ id: 'g3', title: 'G3', topics: [topic('d')] }] },
  ],
  questions: {},
  drills: [],
};
const content = new Content(index);
const section = (id: string) => ({ kind: 'section' as const, section: index.sections.find((s) => s.id === id)! });

describe('progress rules', () => {
  it('counts done topics under each parent', () => {
    const progress = setDone(EMPTY_PROGRESS, ['a', 'd'], true, 1);
    assert.deepStrictEqual(countOf(content, section('s1'), progress), { done: 1, total: 3 });
    assert.deepStrictEqual(countOf(content, section('s2'), progress), { done: 1, total: 1 });
    assert.deepStrictEqual(countOf(content, { kind: 'group', group: index.sections[0].groups[0], section: index.sections[0] }, progress), { done: 1, total: 2 });
  });

  it('ticking a section ticks every topic in it, and unticking clears them', () => {
    const ticked = setDone(EMPTY_PROGRESS, content.topicIdsOfSection('s1'), true, 5);
    assert.deepStrictEqual(Object.keys(ticked.done).sort(), ['a', 'b', 'c']);
    const cleared = setDone(ticked, content.topicIdsOfSection('s1'), false, 6);
    assert.deepStrictEqual(cleared.done, {});
  });

  it('keeps the first date a topic was done when it is ticked again', () => {
    const first = setDone(EMPTY_PROGRESS, ['a'], true, 10);
    assert.strictEqual(setDone(first, ['a', 'b'], true, 20).done.a, 10);
  });

  it('ignores stored ids the content no longer has, without dropping them', () => {
    const progress = setDone(EMPTY_PROGRESS, ['removed-topic', 'a'], true, 1);
    assert.deepStrictEqual(countDone(progress, content.topicIdsOfSection('s1')), { done: 1, total: 3 });
    assert.ok(isDone(setDone(progress, ['b'], true, 2), 'removed-topic'));
  });

  it('reads malformed stored data as empty, or keeps the valid entries, and says what was wrong', () => {
    assert.deepStrictEqual(readProgress(undefined), { progress: EMPTY_PROGRESS });
    for (const raw of ['text', null, 42, { version: 2, done: {} }, { version: 1, done: 'x' }]) {
      const read = readProgress(raw);
      assert.deepStrictEqual(read.progress, EMPTY_PROGRESS);
      assert.match(read.problem ?? '', /not in a known format/);
    }
    const partial = readProgress({ version: 1, done: { a: 3, b: 'yesterday', c: null } });
    assert.deepStrictEqual(partial.progress.done, { a: 3 });
    assert.strictEqual(partial.problem, 'ignored 2 malformed stored progress entries: b, c');
  });

  it('hides completed topics, groups and sections when asked', () => {
    const progress = setDone(EMPTY_PROGRESS, ['a', 'b', 'd'], true, 1);
    const hide = { hideCompleted: true, filter: NO_FILTER };
    assert.deepStrictEqual(childrenOf(content, undefined, progress, hide).map((node) => node.kind === 'section' && node.section.id), ['s1']);
    assert.deepStrictEqual(childrenOf(content, section('s1'), progress, hide).map((node) => node.kind === 'group' && node.group.id), ['g2']);
    assert.strictEqual(childrenOf(content, undefined, progress, { hideCompleted: false, filter: NO_FILTER }).length, 2);
  });
});
