import * as assert from 'assert';
import { Content } from '../../src/core/contentIndex';
import { EMPTY_PROGRESS, setDone } from '../../src/core/progress';
import { NO_FILTER, randomQuestion } from '../../src/core/questionFilter';
import { ContentIndex, QuestionMeta } from '../../src/core/schema';
import { childrenOf } from '../../src/roadmap/nodes';

const question = (id: string, topic: string, difficulty: QuestionMeta['difficulty'], kind: QuestionMeta['kind']): QuestionMeta => ({
  id, title: id, topics: [topic], difficulty, kind, tags: [], file: `${id}.md`,
});
const index: ContentIndex = {
  version: 1,
  sections: [{
    id: 's', title: 'S', groups: [{ id: 'g', title: 'G', topics: [
      { id: 'a', title: 'A', level: 'core', questionIds: ['qa-easy', 'qa-hard-code'], hasNote: true },
      { id: 'b', title: 'B', level: 'core', questionIds: ['qb-medium'], hasNote: true },
    ] }],
  }],
  questions: {
    'qa-easy': question('qa-easy', 'a', 'easy', 'concept'),
    'qa-hard-code': question('qa-hard-code', 'a', 'hard', 'coding'),
    'qb-medium': question('qb-medium', 'b', 'medium', 'concept'),
  },
  drills: [],
};
const content = new Content(index);
const group = { kind: 'group' as const, group: index.sections[0].groups[0], section: index.sections[0] };

describe('question filters and random practice', () => {
  it('shows only the questions, and the topics with questions, that match the filter', () => {
    const options = { hideCompleted: false, filter: { difficulties: [], kinds: ['coding' as const] } };
    const topics = childrenOf(content, group, EMPTY_PROGRESS, options);
    assert.deepStrictEqual(topics.map((node) => node.kind === 'topic' && node.topic.id), ['a']);
    const questions = childrenOf(content, topics[0], EMPTY_PROGRESS, options);
    assert.deepStrictEqual(questions.map((node) => node.kind === 'question' && node.question.id), ['qa-hard-code']);
  });

  it('combines difficulty and kind', () => {
    const filter = { difficulties: ['easy' as const, 'medium' as const], kinds: ['concept' as const] };
    const all = childrenOf(content, group, EMPTY_PROGRESS, { hideCompleted: false, filter }).flatMap((topic) =>
      childrenOf(content, topic, EMPTY_PROGRESS, { hideCompleted: false, filter }));
    assert.deepStrictEqual(all.map((node) => node.kind === 'question' && node.question.id), ['qa-easy', 'qb-medium']);
  });

  it('picks a random question across all matching ones, or only from topics not done', () => {
    assert.deepStrictEqual(randomQuestion(content, EMPTY_PROGRESS, NO_FILTER, false, () => 0), { questionId: 'qa-easy', topicId: 'a' });
    assert.deepStrictEqual(randomQuestion(content, EMPTY_PROGRESS, NO_FILTER, false, () => 0.99), { questionId: 'qb-medium', topicId: 'b' });
    const aDone = setDone(EMPTY_PROGRESS, ['a'], true, 1);
    assert.deepStrictEqual(randomQuestion(content, aDone, NO_FILTER, true, () => 0), { questionId: 'qb-medium', topicId: 'b' });
    const allDone = setDone(EMPTY_PROGRESS, ['a', 'b'], true, 1);
    assert.strictEqual(randomQuestion(content, allDone, NO_FILTER, true), undefined);
    assert.strictEqual(randomQuestion(content, EMPTY_PROGRESS, { difficulties: ['hard'], kinds: ['behavioral'] }, false), undefined);
  });
});
