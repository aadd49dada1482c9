import { Content } from './contentIndex';
import { isDone, StoredProgress } from './progress';
import { Difficulty, QuestionKind, QuestionMeta } from './schema';

/** Which questions the Roadmap shows; an empty list means "any". */
export interface QuestionFilter {
  difficulties: Difficulty[];
  kinds: QuestionKind[];
}

export const NO_FILTER: QuestionFilter = { difficulties: [], kinds: [] };

export function isFiltering(filter: QuestionFilter): boolean {
  return filter.difficulties.length > 0 || filter.kinds.length > 0;
}

export function matchesFilter(question: QuestionMeta, filter: QuestionFilter): boolean {
  return (
    (filter.difficulties.length === 0 || filter.difficulties.includes(question.difficulty)) &&
    (filter.kinds.length === 0 || filter.kinds.includes(question.kind))
  );
}

export function describeFilter(filter: QuestionFilter): string {
  return [...filter.difficulties, ...filter.kinds].join(', ');
}

/** A random question that matches the filter, from topics not done yet when asked; undefined when none. */
export function randomQuestion(
  content: Content,
  progress: StoredProgress,
  filter: QuestionFilter,
  onlyNotDone: boolean,
  random: () => number = Math.random,
): { questionId: string; topicId: string } | undefined {
  const candidates: { questionId: string; topicId: string }[] = [];
  for (const topicId of content.allTopicIds()) {
    if (onlyNotDone && isDone(progress, topicId)) continue;
    for (const questionId of content.topic(topicId)!.topic.questionIds) {
      const question = content.question(questionId);
      if (question && matchesFilter(question, filter)) candidates.push({ questionId, topicId });
    }
  }
  return candidates.length ? candidates[Math.floor(random() * candidates.length)] : undefined;
}
