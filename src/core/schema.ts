// The content schema: the one description of what drills/ holds and of the index the build compiles
// from it. The build, the extension and the tests all import it.

export const CONTENT_INDEX_VERSION = 1;

/** Where each kind of content file lives, relative to drills/. */
export const CONTENT_FOLDERS = {
  roadmap: 'roadmap',
  notes: 'notes',
  questions: 'questions',
  /** One folder per coding drill: drill.md, starter/, checks/, reference/. */
  coding: 'coding',
} as const;

/** What a coding drill's folder must hold besides drill.md. */
export const DRILL_FILES = {
  starter: ['starter/solution.py', 'starter/test_visible.py'],
  checks: ['checks/test_checks.py'],
  reference: ['reference/solution.py'],
} as const;

/** The file a scaffolded attempt gets the problem statement in. */
export const STATEMENT_FILE = 'PROBLEM.md';

/** The line that separates a question's prompt from its model answer. */
export const ANSWER_HEADING = '## Answer';
/** The heading inside an answer that introduces the likely next question. */
export const FOLLOW_UP_HEADING = '### Follow-up';
/** Every study note names one common pitfall under this heading. */
export const PITFALL_HEADING = '### Common pitfall';

export const LEVELS = ['core', 'advanced'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const QUESTION_KINDS = ['concept', 'math', 'coding', 'system-design', 'behavioral'] as const;

export type Level = (typeof LEVELS)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Ids are part of users' stored progress, so they are kebab-case and never reused. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface TopicEntry {
  id: string;
  title: string;
  level: Level;
  /** Questions whose `topics` name this topic, in file order. */
  questionIds: string[];
  hasNote: boolean;
}

export interface GroupEntry {
  id: string;
  title: string;
  topics: TopicEntry[];
}

export interface SectionEntry {
  id: string;
  title: string;
  groups: GroupEntry[];
}

export interface QuestionMeta {
  id: string;
  title: string;
  topics: string[];
  difficulty: Difficulty;
  kind: QuestionKind;
  tags: string[];
  /** Path relative to drills/, for messages. */
  file: string;
}

export interface DrillMeta {
  id: string;
  title: string;
  minutes: number;
  /** Python modules the drill's tests import (import names, e.g. sklearn). */
  modules: string[];
  /** Laddered hints, from a nudge to an outline. */
  hints: string[];
}

/** Everything the tree and search need; loaded at activation, so it carries no markdown bodies. */
export interface ContentIndex {
  version: typeof CONTENT_INDEX_VERSION;
  sections: SectionEntry[];
  questions: Record<string, QuestionMeta>;
  drills: DrillMeta[];
}

/** What opening a question reads: its markdown and the KaTeX HTML of its formulas (keyed by mathKey()). */
export interface QuestionPage {
  /** Markdown shown under the title; may be empty. */
  prompt: string;
  /** Markdown of the model answer. */
  answer: string;
  math: Record<string, string>;
}

/** What opening a topic reads: its study note. */
export interface NotePage {
  note: string;
  math: Record<string, string>;
}

export const INDEX_FILE = 'index.json';

/** Where a drill's starter, checks, reference and statement are, relative to the content folder. */
export function drillFolder(id: string): string {
  return `drills/${id}`;
}

/** One small file per page, so opening a question reads only what it shows. */
export function pageFile(kind: 'question' | 'note', id: string): string {
  return `pages/${kind}-${id}.json`;
}

/** A problem found in a content file, reported as `file:line: message`. */
export interface ContentError {
  file: string;
  line: number;
  message: string;
}

export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}
