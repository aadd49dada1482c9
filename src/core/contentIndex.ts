import { CONTENT_INDEX_VERSION, ContentIndex, GroupEntry, QuestionMeta, SectionEntry, TopicEntry } from './schema';

export interface TopicPlace {
  topic: TopicEntry;
  group: GroupEntry;
  section: SectionEntry;
}

/** The compiled content with the look-ups features need, built once per load. */
export class Content {
  private readonly places = new Map<string, TopicPlace>();
  private readonly sectionTopicIds = new Map<string, string[]>();
  private readonly groupTopicIds = new Map<string, string[]>();

  constructor(readonly index: ContentIndex) {
    for (const section of index.sections) {
      const sectionIds: string[] = [];
      for (const group of section.groups) {
        const groupIds = group.topics.map((topic) => topic.id);
        for (const topic of group.topics) this.places.set(topic.id, { topic, group, section });
        this.groupTopicIds.set(group.id, groupIds);
        sectionIds.push(...groupIds);
      }
      this.sectionTopicIds.set(section.id, sectionIds);
    }
  }

  get sections(): readonly SectionEntry[] {
    return this.index.sections;
  }

  topic(id: string): TopicPlace | undefined {
    return this.places.get(id);
  }

  question(id: string): QuestionMeta | undefined {
    return this.index.questions[id];
  }

  topicIdsOfSection(sectionId: string): readonly string[] {
    return this.sectionTopicIds.get(sectionId) ?? [];
  }

  topicIdsOfGroup(groupId: string): readonly string[] {
    return this.groupTopicIds.get(groupId) ?? [];
  }

  allTopicIds(): IterableIterator<string> {
    return this.places.keys();
  }
}

/** Checks the shape of a compiled index read from disk; throws a message that says what is off. */
export function parseContentIndex(json: string): Content {
  const value = JSON.parse(json) as Partial<ContentIndex>;
  if (value?.version !== CONTENT_INDEX_VERSION || !Array.isArray(value.sections) || typeof value.questions !== 'object') {
    throw new Error(`the content index is not version ${CONTENT_INDEX_VERSION} (rebuild with "npm run build")`);
  }
  return new Content(value as ContentIndex);
}
