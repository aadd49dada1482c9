// Runs inside the question panel. HTML arriving here was rendered and escaped by the extension.
import type { FromWebview, PanelState, PanelView, ToWebview } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PanelState | undefined;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const elements = {
  breadcrumb: byId('breadcrumb'),
  title: byId('title'),
  meta: byId('meta'),
  body: byId('body'),
  questions: byId('questions'),
  answerActions: byId('answer-actions'),
  answer: byId('answer'),
  showAnswer: byId<HTMLButtonElement>('show-answer'),
  previous: byId<HTMLButtonElement>('previous'),
  next: byId<HTMLButtonElement>('next'),
  position: byId('position'),
  topicDone: byId<HTMLButtonElement>('topic-done'),
};

let view: PanelView | undefined;
let answerShown = false;
let topicDone = false;

function setAnswerShown(shown: boolean): void {
  if (!view?.answerHtml) shown = false;
  answerShown = shown;
  elements.answer.hidden = !shown;
  elements.showAnswer.setAttribute('aria-expanded', String(shown));
  elements.showAnswer.innerHTML = shown ? 'Hide answer <kbd>Space</kbd>' : 'Show answer <kbd>Space</kbd>';
  if (view) vscode.setState({ topicId: view.topicId, questionId: view.questionId, answerShown });
}

function toggleAnswer(): void {
  if (!view?.answerHtml) return;
  setAnswerShown(!answerShown);
  vscode.postMessage({ type: 'answerShown', shown: answerShown });
}

function setTopicDone(done: boolean): void {
  topicDone = done;
  elements.topicDone.textContent = done ? '✓ Topic done' : 'Mark topic done';
  elements.topicDone.setAttribute('aria-pressed', String(done));
  elements.topicDone.title = done ? 'Click to mark the topic as not done' : 'Tick this topic in the roadmap';
}

function questionList(next: PanelView): HTMLElement[] {
  if (next.questionId || next.questions.length === 0) return [];
  const heading = Object.assign(document.createElement('h2'), { textContent: 'Practice questions' });
  const list = document.createElement('ol');
  for (const question of next.questions) {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: question.title });
    button.addEventListener('click', () => vscode.postMessage({ type: 'openQuestion', questionId: question.id }));
    const difficulty = Object.assign(document.createElement('span'), { className: 'difficulty', textContent: question.difficulty });
    const item = document.createElement('li');
    item.append(button, ' ', difficulty);
    list.append(item);
  }
  return [heading, list];
}

function render(next: PanelView, shown: boolean): void {
  view = next;
  elements.breadcrumb.replaceChildren(...next.breadcrumb.map((part) => Object.assign(document.createElement('span'), { textContent: part })));
  elements.title.textContent = next.title;
  elements.meta.textContent = next.meta;
  elements.body.innerHTML = next.bodyHtml;
  elements.questions.replaceChildren(...questionList(next));
  elements.answerActions.hidden = !next.answerHtml;
  elements.answer.innerHTML = next.answerHtml ?? '';
  elements.position.textContent = next.page === 0 ? 'Study note' : `Question ${next.page} of ${next.pageCount - 1}`;
  elements.previous.disabled = next.page <= 0;
  elements.next.disabled = next.page >= next.pageCount - 1;
  setTopicDone(next.topicDone);
  setAnswerShown(shown);
  window.scrollTo(0, 0);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'show') render(message.view, message.answerShown);
  else if (message.type === 'topicDone') setTopicDone(message.done);
});

const navigate = (direction: -1 | 1) => vscode.postMessage({ type: 'navigate', direction });
elements.showAnswer.addEventListener('click', toggleAnswer);
elements.previous.addEventListener('click', () => navigate(-1));
elements.next.addEventListener('click', () => navigate(1));
elements.topicDone.addEventListener('click', () => vscode.postMessage({ type: 'setTopicDone', done: !topicDone }));

// Links open only on click, and only through the extension, which accepts http(s) alone.
document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a');
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'openLink', href: link.getAttribute('href') ?? '' });
});

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || !view) return;
  const arrow = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  // Focused controls keep their own Space and Enter.
  if (!arrow && (event.target as HTMLElement).closest('button, a, input, textarea, select')) return;
  if (event.key === ' ' && view.answerHtml) toggleAnswer();
  else if (event.key === 'ArrowLeft' && view.page > 0) navigate(-1);
  else if (event.key === 'ArrowRight' && view.page < view.pageCount - 1) navigate(1);
  else return;
  event.preventDefault();
});

vscode.postMessage({ type: 'ready' });
