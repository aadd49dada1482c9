// The typed messages between the question panel and its webview; both sides import this file.

export interface QuestionView {
  questionId: string;
  topicId: string;
  /** Section, group and topic titles. */
  breadcrumb: string[];
  title: string;
  difficulty: string;
  kind: string;
  promptHtml: string;
  answerHtml: string;
  /** 0-based position within the topic's questions. */
  index: number;
  count: number;
  topicDone: boolean;
}

/** What the webview keeps with `setState`, so a reload reopens the same question. */
export interface QuestionPanelState {
  questionId: string;
  topicId: string;
  answerShown: boolean;
}

export type ToWebview = { type: 'show'; view: QuestionView; answerShown: boolean } | { type: 'topicDone'; done: boolean };

export type FromWebview =
  | { type: 'navigate'; direction: -1 | 1 }
  | { type: 'setTopicDone'; done: boolean }
  | { type: 'openLink'; href: string };
