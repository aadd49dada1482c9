import { ContentIndex, TopicEntry } from '../../src/core/schema';

/** A roadmap of `sections` × 10 groups × 10 topics, for measuring the tree at scale. */
export function syntheticIndex(topicCount: number): ContentIndex {
  const perGroup = 10;
  const groupsPerSection = 10;
  const sectionCount = Math.ceil(topicCount / (perGroup * groupsPerSection));
  const sections = Array.from({ length: sectionCount }, (_, s) => ({
    id: `section-${s}`,
    title: `Section ${s}`,
    groups: Array.from({ length: groupsPerSection }, (_, g) => ({
      id: `group-${s}-${g}`,
      title: `Group ${s}.${g}`,
      topics: Array.from({ length: perGroup }, (_, t): TopicEntry => ({
        id: `topic-${s}-${g}-${t}`,
        title: `Topic ${s}.${g}.${t}`,
        level: t % 3 === 0 ? 'advanced' : 'core',
        questionIds: [],
        hasNote: false,
      })),
    })),
  }));
  return { version: 1, sections, questions: {}, drills: [] };
}
