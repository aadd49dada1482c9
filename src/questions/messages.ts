// The typed messages between the question panel and its webview; both sides import this file.

/** One page of the panel: a topic's study note (no questionId) or one of its questions. */
export interface PanelView {
  topicId: string;
  questionId?: string;
  /** Section, group and topic titles. */
  breadcrumb: string[];
  title: string;
  /** "medium · concept" for a question, "advanced · 4 questions" for a topic. */
  meta: string;
  /** The question's prompt or the topic's note, as safe HTML. */
  bodyHtml: string;
  /** The model answer as safe HTML; absent on a topic's page. */
  answerHtml?: string;
  /** The topic's questions, listed on its page. */
  questions: { id: string; title: string; difficulty: string }[];
  /** Position among the topic's pages: 0 is the note, 1..n the questions. */
  page: number;
  pageCount: number;
  topicDone: boolean;
}

/** What the webview keeps with `setState`, so a reload reopens the same page. */
export interface PanelState {
  topicId: string;
  questionId?: string;
  answerShown: boolean;
}

export type ToWebview = { type: 'show'; view: PanelView; answerShown: boolean } | { type: 'topicDone'; done: boolean };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'answerShown'; shown: boolean }
  | { type: 'navigate'; direction: -1 | 1 }
  | { type: 'openQuestion'; questionId: string }
  | { type: 'setTopicDone'; done: boolean }
  | { type: 'openLink'; href: string };
