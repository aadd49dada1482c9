import { isDone } from '../core/progress';
import { Services } from '../services/services';
import { QuestionView } from './messages';

type MarkdownModule = typeof import('../core/markdown');
let markdown: MarkdownModule | undefined;

/** The renderer is its own bundle (see esbuild.js) so that activation never loads the markdown parser. */
function loadMarkdown(): MarkdownModule {
  markdown ??= require('./markdown.js') as MarkdownModule;
  return markdown;
}

/** Everything the panel shows for one question, rendered to safe HTML; throws a readable Error when it cannot. */
export function buildQuestionView({ content, store }: Services, questionId: string, topicId?: string): QuestionView {
  const state = content.get();
  if (!state.ok) throw new Error(state.message);
  const question = state.content.question(questionId);
  if (!question) throw new Error(`there is no question "${questionId}" in the question bank`);
  const place = state.content.topic(topicId && question.topics.includes(topicId) ? topicId : question.topics[0]);
  if (!place) throw new Error(`the question "${questionId}" names no known topic`);
  const body = content.getBodies().questions[questionId];
  if (!body) throw new Error(`the question "${questionId}" has no body in the compiled content; rebuild the extension`);
  const { renderMarkdown } = loadMarkdown();
  return {
    questionId,
    topicId: place.topic.id,
    breadcrumb: [place.section.title, place.group.title, place.topic.title],
    title: question.title,
    difficulty: question.difficulty,
    kind: question.kind,
    promptHtml: body.prompt ? renderMarkdown(body.prompt) : '',
    answerHtml: renderMarkdown(body.answer),
    index: place.topic.questionIds.indexOf(questionId),
    count: place.topic.questionIds.length,
    topicDone: isDone(store.progress(), place.topic.id),
  };
}
