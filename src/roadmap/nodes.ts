import { Content } from '../core/contentIndex';
import { countDone, Count, isDone, StoredProgress } from '../core/progress';
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

/** The children of a node (or the sections for the root), without completed ones when `hideCompleted`. */
export function childrenOf(content: Content, node: RoadmapNode | undefined, progress: StoredProgress, hideCompleted: boolean): RoadmapNode[] {
  let children: RoadmapNode[];
  if (!node) children = content.sections.map((section) => ({ kind: 'section', section }));
  else if (node.kind === 'section') children = node.section.groups.map((group) => ({ kind: 'group', group, section: node.section }));
  else if (node.kind === 'group') children = node.group.topics.map((topic) => ({ kind: 'topic', topic }));
  else if (node.kind === 'topic') {
    const topic = node.topic;
    return topic.questionIds.flatMap((id) => {
      const question = content.question(id);
      return question ? [{ kind: 'question' as const, question, topic }] : [];
    });
  } else return [];
  if (!hideCompleted) return children;
  return children.filter((child) => {
    if (child.kind === 'topic') return !isDone(progress, child.topic.id);
    const { done, total } = countOf(content, child, progress);
    return done < total;
  });
}
