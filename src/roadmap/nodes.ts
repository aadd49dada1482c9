import { Content } from '../core/contentIndex';
import { countDone, Count, isDone, StoredProgress } from '../core/progress';
import { isFiltering, matchesFilter, QuestionFilter } from '../core/questionFilter';
import { GroupEntry, QuestionMeta, SectionEntry, TopicEntry } from '../core/schema';

export type RoadmapNode =
  | { kind: 'section'; section: SectionEntry }
  | { kind: 'group'; group: GroupEntry; section: SectionEntry }
  | { kind: 'topic'; topic: TopicEntry }
  | { kind: 'question'; question: QuestionMeta; topic: TopicEntry };

/** Tree ids are unique per row, so expansion survives refreshes; a question may sit under several topics. */
export function nodeId(node: RoadmapNode): string {
  switch (node.kind) {
    case 'section':
      return `section:${node.section.id}`;
    case 'group':
      return `group:${node.group.id}`;
    case 'topic':
      return `topic:${node.topic.id}`;
    case 'question':
      return `question:${node.topic.id}/${node.question.id}`;
  }
}

/** The topics a node stands for: all of a section's or group's, a topic itself, a question's topic. */
export function topicIdsOf(content: Content, node: RoadmapNode): readonly string[] {
  switch (node.kind) {
    case 'section':
      return content.topicIdsOfSection(node.section.id);
    case 'group':
      return content.topicIdsOfGroup(node.group.id);
    case 'topic':
    case 'question':
      return [node.topic.id];
  }
}

export function countOf(content: Content, node: RoadmapNode, progress: StoredProgress): Count {
  return countDone(progress, topicIdsOf(content, node));
}

export interface ViewOptions {
  hideCompleted: boolean;
  filter: QuestionFilter;
}

/** A topic's questions that pass the filter. */
export function visibleQuestions(content: Content, topic: TopicEntry, filter: QuestionFilter): QuestionMeta[] {
  return topic.questionIds.flatMap((id) => {
    const question = content.question(id);
    return question && matchesFilter(question, filter) ? [question] : [];
  });
}

/**
 * The children of a node (or the sections for the root). Completed topics are left out when hiding
 * them, and while a question filter is on, topics without a matching question are left out too.
 */
export function childrenOf(content: Content, node: RoadmapNode | undefined, progress: StoredProgress, options: ViewOptions): RoadmapNode[] {
  if (node?.kind === 'topic') return visibleQuestions(content, node.topic, options.filter).map((question) => ({ kind: 'question', question, topic: node.topic }));
  if (node?.kind === 'question') return [];
  const filtering = isFiltering(options.filter);
  const topicVisible = (topic: TopicEntry) =>
    !(options.hideCompleted && isDone(progress, topic.id)) && !(filtering && visibleQuestions(content, topic, options.filter).length === 0);
  if (node?.kind === 'group') return node.group.topics.filter(topicVisible).map((topic) => ({ kind: 'topic', topic }));
  const groupVisible = (group: GroupEntry) => group.topics.some(topicVisible);
  if (node?.kind === 'section') return node.section.groups.filter(groupVisible).map((group) => ({ kind: 'group', group, section: node.section }));
  return content.sections.filter((section) => section.groups.some(groupVisible)).map((section) => ({ kind: 'section', section }));
}
