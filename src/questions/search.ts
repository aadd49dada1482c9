import * as vscode from 'vscode';
import { Content } from '../core/contentIndex';

export type QuestionPickItem = vscode.QuickPickItem & { questionId: string };

/** One quick-pick row per question: its title, its topics, and its difficulty, kind and tags to match on. */
export function questionPickItems(content: Content): QuestionPickItem[] {
  return Object.values(content.index.questions).map((question) => ({
    label: question.title,
    description: question.topics.map((id) => content.topic(id)?.topic.title ?? id).join(', '),
    detail: [question.difficulty, question.kind, ...question.tags.map((tag) => `#${tag}`)].join(' · '),
    questionId: question.id,
  }));
}

/** Lets the user find a question by words from its title, topics or tags; `query` pre-fills the search. */
export function pickQuestion(content: Content, query = ''): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<QuestionPickItem>();
  pick.title = 'Search Questions';
  pick.placeholder = 'Type words from a title, a topic or a #tag';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = questionPickItems(content);
  pick.value = query;
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.questionId);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
