import {
  ANSWER_HEADING,
  CONTENT_FOLDERS,
  CONTENT_INDEX_VERSION,
  ContentError,
  ContentIndex,
  DIFFICULTIES,
  DRILL_FILES,
  DrillMeta,
  FOLLOW_UP_HEADING,
  GroupEntry,
  ID_PATTERN,
  LEVELS,
  NotePage,
  pageFile,
  PITFALL_HEADING,
  QUESTION_KINDS,
  QuestionMeta,
  QuestionPage,
  SectionEntry,
  TopicEntry,
} from '../core/schema';
import { lineOfEntry, lineOfKey, lineOfWord, ParsedFile, parseFrontMatter } from './frontMatter';
import { renderAllMath } from './renderMath';

export interface SourceFile {
  /** Path relative to drills/, with forward slashes. */
  file: string;
  text: string;
}

export interface CompileResult {
  index: ContentIndex;
  /** Each drill's problem statement (markdown), by drill id. */
  statements: Record<string, string>;
  /** Page files by their path relative to the output folder (see pageFile()). */
  pages: Record<string, QuestionPage | NotePage>;
  errors: ContentError[];
}

type Report = (line: number, message: string) => void;

/** Reads one front matter mapping, reporting every field that is missing, of the wrong type or unknown. */
class Fields {
  /** `startLine` is the line of the mapping's first key: keys are looked for from there on. */
  constructor(
    private readonly parsed: ParsedFile,
    private readonly data: Record<string, unknown>,
    private readonly report: Report,
    allowed: readonly string[],
    private readonly where: string,
    private readonly startLine: number,
  ) {
    for (const key of Object.keys(data)) {
      if (!allowed.includes(key)) {
        report(this.lineOf(key), `unknown field "${key}"${where}; allowed: ${allowed.join(', ')}`);
      }
    }
  }

  private lineOf(key: string): number {
    const line = lineOfKey(this.parsed, key, this.startLine - 1);
    return line === 2 && this.startLine > 2 ? this.startLine : line;
  }

  text(key: string): string | undefined {
    const value = this.data[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    this.report(this.lineOf(key), value === undefined ? `missing "${key}"${this.where}` : `"${key}"${this.where} must be non-empty text`);
    return undefined;
  }

  id(key: string): string | undefined {
    const value = this.text(key);
    if (value !== undefined && !ID_PATTERN.test(value)) {
      this.report(this.lineOf(key), `"${key}" "${value}"${this.where} must be kebab-case (a-z, 0-9 and single hyphens)`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(key: string, choices: readonly T[], fallback?: T): T | undefined {
    const value = this.data[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
    this.report(this.lineOf(key), `"${key}"${this.where} must be one of ${choices.join(', ')}${value === undefined ? '' : `, not "${String(value)}"`}`);
    return undefined;
  }

  list(key: string, required: boolean): unknown[] | undefined {
    const value = this.data[key];
    if (value === undefined && !required) return [];
    if (Array.isArray(value) && (value.length > 0 || !required)) return value;
    this.report(this.lineOf(key), `"${key}"${this.where} must be a ${required ? 'non-empty ' : ''}list`);
    return undefined;
  }

  textList(key: string, required: boolean): string[] | undefined {
    const values = this.list(key, required);
    if (values === undefined) return undefined;
    if (values.every((value) => typeof value === 'string' && value.trim() !== '')) return values.map((v) => (v as string).trim());
    this.report(this.lineOf(key), `"${key}"${this.where} must list non-empty texts`);
    return undefined;
  }
}

function asMapping(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Compiles drills/ sources into the index and pages; every problem is collected, not only the first.
 * `allFiles` lists every file under drills/ (not only markdown), to check that drills are complete.
 */
export function compileContent(sources: SourceFile[], allFiles: string[] = sources.map((source) => source.file)): CompileResult {
  const errors: ContentError[] = [];
  const sections: SectionEntry[] = [];
  const topics = new Map<string, { topic: TopicEntry; file: string; line: number }>();
  const groupIds = new Map<string, string>();
  const sectionIds = new Map<string, string>();
  const questions: Record<string, QuestionMeta> = {};
  const pages: CompileResult['pages'] = {};
  /** KaTeX renders a page's formulas now, so the extension never loads it. */
  const formulasOf = (parsed: ParsedFile, report: Report) => {
    const math: Record<string, string> = {};
    for (const error of renderAllMath(parsed.body, math)) report(parsed.bodyLine + error.line, error.message);
    return math;
  };
  const drills: DrillMeta[] = [];
  const statements: Record<string, string> = {};
  const questionTitles = new Map<string, string>();
  const parsedNotes: ParsedFile[] = [];
  const parsedQuestions: ParsedFile[] = [];

  const sorted = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  for (const source of sorted) {
    const report: Report = (line, message) => errors.push({ file: source.file, line, message });
    const folder = source.file.split('/')[0];
    if (!source.file.endsWith('.md') || !(Object.values(CONTENT_FOLDERS) as string[]).includes(folder)) continue;
    const result = parseFrontMatter(source.file, source.text);
    if (!result.ok) {
      report(result.line, result.message);
      continue;
    }
    if (folder === CONTENT_FOLDERS.roadmap) {
      const section = readSection(result.parsed, report, topics, groupIds, sectionIds);
      if (section) sections.push(section);
    } else if (folder === CONTENT_FOLDERS.notes) {
      parsedNotes.push(result.parsed);
    } else if (folder === CONTENT_FOLDERS.coding) {
      const drill = readDrill(result.parsed, report, allFiles);
      if (drill) {
        drills.push(drill);
        statements[drill.id] = result.parsed.body.trim();
      }
    } else {
      parsedQuestions.push(result.parsed);
    }
  }

  for (const parsed of parsedNotes) {
    const report: Report = (line, message) => errors.push({ file: parsed.file, line, message });
    const fields = new Fields(parsed, parsed.data, report, ['topic'], '', 2);
    const topicId = fields.id('topic');
    if (topicId === undefined) continue;
    const entry = topics.get(topicId);
    if (!entry) report(lineOfKey(parsed, 'topic'), `unknown topic "${topicId}"`);
    else if (entry.topic.hasNote) report(lineOfKey(parsed, 'topic'), `topic "${topicId}" already has a note`);
    else if (parsed.body.trim() === '') report(parsed.bodyLine, 'the note is empty');
    else if (!parsed.body.split('\n').some((line) => line.trim() === PITFALL_HEADING)) {
      report(parsed.bodyLine, `the note needs a "${PITFALL_HEADING}" heading naming one mistake to avoid`);
    } else {
      entry.topic.hasNote = true;
      pages[pageFile('note', topicId)] = { note: parsed.body.trim(), math: formulasOf(parsed, report) };
    }
  }

  for (const parsed of parsedQuestions) {
    const report: Report = (line, message) => errors.push({ file: parsed.file, line, message });
    const question = readQuestion(parsed, report, topics);
    if (!question) continue;
    const { meta, body } = question;
    if (questions[meta.id]) {
      report(lineOfKey(parsed, 'id'), `duplicate question id "${meta.id}" (also in ${questions[meta.id].file})`);
      continue;
    }
    const titleKey = meta.title.toLowerCase();
    const sameTitle = questionTitles.get(titleKey);
    if (sameTitle) report(lineOfKey(parsed, 'title'), `duplicate question title (also in ${sameTitle})`);
    questionTitles.set(titleKey, parsed.file);
    questions[meta.id] = meta;
    pages[pageFile('question', meta.id)] = { ...body, math: formulasOf(parsed, report) };
    for (const topicId of meta.topics) topics.get(topicId)?.topic.questionIds.push(meta.id);
  }

  return { index: { version: CONTENT_INDEX_VERSION, sections, questions, drills }, pages, statements, errors };
}

function readSection(
  parsed: ParsedFile,
  report: Report,
  topics: Map<string, { topic: TopicEntry; file: string; line: number }>,
  groupIds: Map<string, string>,
  sectionIds: Map<string, string>,
): SectionEntry | undefined {
  const fields = new Fields(parsed, parsed.data, report, ['id', 'title', 'groups'], '', 2);
  const id = fields.id('id');
  const title = fields.text('title');
  const groups = fields.list('groups', true) ?? [];
  if (id !== undefined) {
    const other = sectionIds.get(id);
    if (other) report(lineOfKey(parsed, 'id'), `duplicate section id "${id}" (also in ${other})`);
    sectionIds.set(id, parsed.file);
  }
  const section: SectionEntry = { id: id ?? '', title: title ?? '', groups: [] };
  // Entries are located in file order, so each search starts after the previous entry's line.
  let cursor = lineOfKey(parsed, 'groups');
  const locate = (value: unknown) => {
    const found = typeof value === 'string' ? lineOfEntry(parsed, 'id', value, cursor) : undefined;
    cursor = found ?? cursor + 1;
    return cursor;
  };
  groups.forEach((rawGroup, groupIndex) => {
    const groupData = asMapping(rawGroup);
    const groupLine = locate(groupData?.id);
    if (!groupData) {
      report(groupLine, `group ${groupIndex + 1} must be a mapping with id, title and topics`);
      return;
    }
    const groupFields = new Fields(parsed, groupData, report, ['id', 'title', 'topics'], ` in group ${groupIndex + 1}`, groupLine);
    const groupId = groupFields.id('id');
    if (groupId !== undefined) {
      const other = groupIds.get(groupId);
      if (other) report(groupLine, `duplicate group id "${groupId}" (also in ${other})`);
      groupIds.set(groupId, parsed.file);
    }
    const group: GroupEntry = { id: groupId ?? '', title: groupFields.text('title') ?? '', topics: [] };
    const rawTopics = groupFields.list('topics', true) ?? [];
    rawTopics.forEach((rawTopic, topicIndex) => {
      const topicData = asMapping(rawTopic);
      const line = locate(topicData?.id);
      const where = ` in topic ${topicIndex + 1} of group "${group.id}"`;
      if (!topicData) {
        report(line, `topic ${topicIndex + 1} of group "${group.id}" must be a mapping with id and title`);
        return;
      }
      const topicFields = new Fields(parsed, topicData, report, ['id', 'title', 'level'], where, line);
      const topicId = topicFields.id('id');
      const topicTitle = topicFields.text('title');
      const level = topicFields.oneOf('level', LEVELS, 'core');
      if (topicId === undefined || topicTitle === undefined || level === undefined) return;
      const existing = topics.get(topicId);
      if (existing) {
        report(line, `duplicate topic id "${topicId}" (also in ${existing.file}:${existing.line})`);
        return;
      }
      const topic: TopicEntry = { id: topicId, title: topicTitle, level, questionIds: [], hasNote: false };
      topics.set(topicId, { topic, file: parsed.file, line });
      group.topics.push(topic);
    });
    section.groups.push(group);
  });
  return id !== undefined && title !== undefined ? section : undefined;
}

function readDrill(parsed: ParsedFile, report: Report, allFiles: string[]): DrillMeta | undefined {
  const [, folder, name] = parsed.file.split('/');
  if (name !== 'drill.md') {
    report(1, 'a coding drill is described by coding/<drill-id>/drill.md; this file is not read');
    return undefined;
  }
  const fields = new Fields(parsed, parsed.data, report, ['id', 'title', 'minutes', 'modules', 'hints'], '', 2);
  const id = fields.id('id');
  const title = fields.text('title');
  const minutes = parsed.data.minutes;
  const modules = fields.textList('modules', true);
  const hints = fields.textList('hints', true);
  if (id !== undefined && id !== folder) report(lineOfKey(parsed, 'id'), `the drill id "${id}" must match its folder name "${folder}"`);
  if (!Number.isInteger(minutes) || (minutes as number) < 1 || (minutes as number) > 180) {
    report(lineOfKey(parsed, 'minutes'), '"minutes" must be a whole number of minutes from 1 to 180');
  }
  const missing = Object.values(DRILL_FILES).flat().filter((file) => !allFiles.includes(`coding/${folder}/${file}`));
  if (missing.length > 0) report(1, `the drill folder lacks ${missing.join(', ')}`);
  if (parsed.body.trim() === '') report(parsed.bodyLine, 'the problem statement (the body) is empty');
  if (!id || !title || !modules || !hints || id !== folder || missing.length > 0 || parsed.body.trim() === '' || !Number.isInteger(minutes)) return undefined;
  return { id, title, minutes: minutes as number, modules, hints };
}

function readQuestion(
  parsed: ParsedFile,
  report: Report,
  topics: Map<string, unknown>,
): { meta: QuestionMeta; body: { prompt: string; answer: string } } | undefined {
  const fields = new Fields(parsed, parsed.data, report, ['id', 'title', 'topics', 'difficulty', 'kind', 'tags'], '', 2);
  const id = fields.id('id');
  const title = fields.text('title');
  const topicIds = fields.textList('topics', true);
  const difficulty = fields.oneOf('difficulty', DIFFICULTIES);
  const kind = fields.oneOf('kind', QUESTION_KINDS);
  const tags = fields.textList('tags', false);
  for (const topicId of topicIds ?? []) {
    if (!topics.has(topicId)) report(lineOfWord(parsed, topicId), `unknown topic "${topicId}"`);
  }
  const lines = parsed.body.split('\n');
  const answerAt = lines.findIndex((line) => line.trim() === ANSWER_HEADING);
  let body: { prompt: string; answer: string } | undefined;
  if (answerAt < 0) {
    report(parsed.bodyLine, `missing answer: the body needs a line "${ANSWER_HEADING}" followed by the model answer`);
  } else {
    const answer = lines.slice(answerAt + 1).join('\n').trim();
    const answerLine = parsed.bodyLine + answerAt;
    if (lines.slice(answerAt + 1).some((line) => line.trim() === ANSWER_HEADING)) {
      report(answerLine, `"${ANSWER_HEADING}" appears more than once`);
    } else if (answer === '') {
      report(answerLine, 'the answer is empty');
    } else if (!answer.split('\n').some((line) => line.trim().startsWith(FOLLOW_UP_HEADING))) {
      report(answerLine, `the answer needs a "${FOLLOW_UP_HEADING}" heading with a likely next question and its short answer`);
    } else {
      body = { prompt: lines.slice(0, answerAt).join('\n').trim(), answer };
    }
  }
  if (!id || !title || !topicIds || !difficulty || !kind || !tags || !body) return undefined;
  if (topicIds.some((topicId) => !topics.has(topicId))) return undefined;
  return { meta: { id, title, topics: topicIds, difficulty, kind, tags, file: parsed.file }, body };
}
