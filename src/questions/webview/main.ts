// Runs inside the question panel. HTML arriving here was rendered and escaped by the extension.
import type { FromWebview, QuestionPanelState, QuestionView, ToWebview } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): QuestionPanelState | undefined;
  setState(state: QuestionPanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const elements = {
  breadcrumb: byId('breadcrumb'),
  title: byId('title'),
  meta: byId('meta'),
  prompt: byId('prompt'),
  answer: byId('answer'),
  showAnswer: byId<HTMLButtonElement>('show-answer'),
  previous: byId<HTMLButtonElement>('previous'),
  next: byId<HTMLButtonElement>('next'),
  position: byId('position'),
  topicDone: byId<HTMLButtonElement>('topic-done'),
};

let view: QuestionView | undefined;
let answerShown = false;
let topicDone = false;

function saveState(): void {
  if (view) vscode.setState({ questionId: view.questionId, topicId: view.topicId, answerShown });
}

function setAnswerShown(shown: boolean): void {
  answerShown = shown;
  elements.answer.hidden = !shown;
  elements.showAnswer.setAttribute('aria-expanded', String(shown));
  elements.showAnswer.innerHTML = shown ? 'Hide answer <kbd>Space</kbd>' : 'Show answer <kbd>Space</kbd>';
  saveState();
}

function setTopicDone(done: boolean): void {
  topicDone = done;
  elements.topicDone.textContent = done ? '✓ Topic done' : 'Mark topic done';
  elements.topicDone.setAttribute('aria-pressed', String(done));
  elements.topicDone.title = done ? 'Click to mark the topic as not done' : 'Tick this topic in the roadmap';
}

function render(next: QuestionView, shown: boolean): void {
  view = next;
  elements.breadcrumb.replaceChildren(
    ...next.breadcrumb.map((part) => Object.assign(document.createElement('span'), { textContent: part })),
  );
  elements.title.textContent = next.title;
  elements.meta.textContent = `${next.difficulty} · ${next.kind}`;
  elements.prompt.innerHTML = next.promptHtml;
  elements.answer.innerHTML = next.answerHtml;
  elements.position.textContent = `Question ${next.index + 1} of ${next.count}`;
  elements.previous.disabled = next.index <= 0;
  elements.next.disabled = next.index >= next.count - 1;
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
elements.showAnswer.addEventListener('click', () => setAnswerShown(!answerShown));
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
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  // Buttons and links keep their own Space/Enter behaviour.
  if (target.closest('button, a, input, textarea, select')) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  }
  if (event.key === ' ') setAnswerShown(!answerShown);
  else if (event.key === 'ArrowLeft' && view && view.index > 0) navigate(-1);
  else if (event.key === 'ArrowRight' && view && view.index < view.count - 1) navigate(1);
  else return;
  event.preventDefault();
});
