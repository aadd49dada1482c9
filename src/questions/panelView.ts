import { isDone } from '../core/progress';
import { Services } from '../services/services';
import { PanelView } from './messages';

type MarkdownModule = typeof import('../core/markdown');
let markdown: MarkdownModule | undefined;

/** The renderer is its own bundle (see esbuild.js) so that activation never loads the markdown parser. */
function loadMarkdown(): MarkdownModule {
  markdown ??= require('./markdown.js') as MarkdownModule;
  return markdown;
}

/**
 * Everything the panel shows for a topic's note (no questionId) or one of its questions, rendered to
 * safe HTML. Throws an Error with a readable message when the page cannot be built.
 */
export function buildPanelView({ content, store }: Services, target: { topicId?: string; questionId?: string }): PanelView {
  const state = content.get();
  if (!state.ok) throw new Error(state.message);
  const question = target.questionId ? state.content.question(target.questionId) : undefined;
  if (target.questionId && !question) throw new Error(`there is no question "${target.questionId}" in the question bank`);
  const topicId = question && !(target.topicId && question.topics.includes(target.topicId)) ? question.topics[0] : target.topicId;
  const place = topicId ? state.content.topic(topicId) : undefined;
  if (!place) throw new Error(`there is no topic "${topicId}" in the roadmap`);
  const { topic } = place;
  const { renderMarkdown } = loadMarkdown();
  const questions = topic.questionIds.flatMap((id) => {
    const meta = state.content.question(id);
    return meta ? [{ id, title: meta.title, difficulty: meta.difficulty }] : [];
  });
  const common = {
    topicId: topic.id,
    breadcrumb: [place.section.title, place.group.title, topic.title],
    questions,
    pageCount: questions.length + 1,
    topicDone: isDone(store.progress(), topic.id),
  };
  if (!question) {
    const note = content.notePage(topic.id);
    const count = `${questions.length} question${questions.length === 1 ? '' : 's'}`;
    return {
      ...common,
      title: topic.title,
      meta: topic.level === 'advanced' ? `advanced · ${count}` : count,
      bodyHtml: note ? renderMarkdown(note.note, note.math) : '<p class="empty">No study note for this topic yet.</p>',
      page: 0,
    };
  }
  const body = content.questionPage(question.id);
  return {
    ...common,
    questionId: question.id,
    title: question.title,
    meta: `${question.difficulty} · ${question.kind}`,
    bodyHtml: body.prompt ? renderMarkdown(body.prompt, body.math) : '',
    answerHtml: renderMarkdown(body.answer, body.math),
    page: topic.questionIds.indexOf(question.id) + 1,
  };
}
