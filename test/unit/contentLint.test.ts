// The content lint: the shipped question bank is complete, not only well-formed.
import * as assert from 'assert';
import * as path from 'path';
import { compileFolder } from '../../src/build/compileContent';
import { FOLLOW_UP_HEADING, formatContentError, QuestionKind, QuestionPage } from '../../src/core/schema';

const CONTENT_ROOT = path.join(__dirname, '..', '..', '..', 'drills');
const MIN_ANSWER_WORDS = 80;
/** What an answer of each kind must contain, as drills/README.md asks of authors. */
const KIND_MARKERS: Partial<Record<QuestionKind, string[]>> = {
  behavioral: ['**Situation', '**Task', '**Action', '**Result', 'What a good answer shows'],
  'system-design': ['Points to cover'],
};

/** The question-bank subjects the content brief lists, each with the questions that answer it. */
const BRIEF_SUBJECTS: Record<string, string[]> = {
  'bias-variance trade-off, diagnosed from train and validation error': ['bias-variance-diagnosis'],
  'L1 vs L2 vs elastic net': ['l1-l2-elastic-net', 'why-l1-gives-sparsity'],
  'gradient descent and its variants': ['gradient-descent-variants'],
  'class imbalance': ['class-imbalance-strategies'],
  'precision, recall and F1': ['precision-recall-f1'],
  'cross-validation': ['cross-validation-done-right'],
  'transformer architecture and the attention formula': ['transformer-attention-formula'],
  'preventing overfitting': ['preventing-overfitting'],
  'bagging vs boosting': ['bagging-vs-boosting'],
  'why random forests work': ['why-random-forests-work'],
  'ROC/AUC vs precision-recall curves': ['roc-auc-vs-pr-curve'],
  'supervised, unsupervised, reinforcement and self-supervised learning': ['learning-paradigms'],
  'PCA and its linearity assumption': ['pca-and-linearity'],
  'backpropagation': ['backpropagation-explained'],
  'choice of loss function': ['choosing-a-loss-function'],
  'AI vs ML vs DL': ['ai-ml-dl-differences'],
  'evaluation metrics for classification and regression': ['evaluation-metrics-overview', 'rmse-vs-mae-vs-r2'],
  'how a neural network is trained': ['how-a-neural-network-is-trained'],
  'CNN vs RNN, and why transformers replaced RNNs': ['cnn-vs-rnn-and-transformers'],
  'transfer learning': ['transfer-learning-strategy'],
  'GANs, their training problems, and diffusion': ['gans-vs-diffusion'],
  'good offline, bad in production, and monitoring': ['offline-good-production-bad'],
  'recommendation approaches and their metrics': ['recommendation-approaches-and-metrics'],
  'ML in web search': ['ml-in-web-search'],
  'how LLMs are trained': ['how-llms-are-trained'],
  'fine-tuning and PEFT': ['fine-tuning-and-peft'],
  'attention types': ['attention-types-compared'],
  'embeddings': ['embeddings-explained'],
  'deploying a model': ['deploying-a-model-safely', 'first-model-deployment-steps'],
  'the ML project life cycle (CRISP-DM)': ['ml-project-lifecycle-crisp-dm'],
  'batch vs real-time inference': ['batch-vs-real-time-inference'],
  'prompting vs RAG vs fine-tuning': ['prompting-vs-rag-vs-fine-tuning'],
  'the RAG pipeline with citations': ['rag-pipeline-with-citations'],
  'LoRA and QLoRA on a small GPU': ['qlora-7b-on-small-gpu'],
  'evaluating RAG': ['evaluating-rag'],
  'reliable agents': ['reliable-llm-agents'],
  'behavioral: a challenging ML project': ['behavioral-challenging-ml-project'],
  'behavioral: staying current': ['behavioral-staying-current'],
  'behavioral: a technical disagreement': ['behavioral-technical-disagreement'],
  'behavioral: explaining ML to a non-technical audience': ['behavioral-explaining-to-non-technical'],
};

describe('content lint (drills/)', function () {
  // Compiling renders every formula with KaTeX, which takes a moment for the whole bank.
  this.timeout(30_000);
  const { index, pages, errors } = compileFolder(CONTENT_ROOT);
  const topics = index.sections.flatMap((section) => section.groups.flatMap((group) => group.topics));
  const answerOf = (id: string) => (pages[`pages/question-${id}.json`] as QuestionPage).answer;

  it('compiles without an error: references resolve, ids and titles are unique, every formula renders', () => {
    assert.deepStrictEqual(errors.map(formatContentError), []);
  });

  it('gives every roadmap topic a study note', () => {
    assert.deepStrictEqual(topics.filter((topic) => !topic.hasNote).map((topic) => topic.id), []);
  });

  it('gives every roadmap topic at least one question', () => {
    assert.deepStrictEqual(topics.filter((topic) => topic.questionIds.length === 0).map((topic) => topic.id), []);
  });

  it('answers every question at length, ending with a follow-up question and its answer', () => {
    const short = Object.keys(index.questions).filter((id) => answerOf(id).split(/\s+/).length < MIN_ANSWER_WORDS);
    assert.deepStrictEqual(short, [], `answers under ${MIN_ANSWER_WORDS} words`);
    const bareFollowUps = Object.keys(index.questions).filter((id) => {
      const [, followUp = ''] = answerOf(id).split(FOLLOW_UP_HEADING);
      const [heading, ...rest] = followUp.split('\n');
      return heading.replace(/^:/, '').trim() === '' || rest.join('\n').trim() === '';
    });
    assert.deepStrictEqual(bareFollowUps, [], 'follow-ups without a question or an answer');
  });

  it('gives behavioral answers the STAR structure and system-design answers the points to cover', () => {
    const missing = Object.values(index.questions).flatMap((question) =>
      (KIND_MARKERS[question.kind] ?? []).filter((marker) => !answerOf(question.id).includes(marker)).map((marker) => `${question.id}: ${marker}`),
    );
    assert.deepStrictEqual(missing, []);
  });

  it('covers every subject of the brief with a question that exists', () => {
    const missing = Object.entries(BRIEF_SUBJECTS).flatMap(([subject, ids]) => ids.filter((id) => !index.questions[id]).map((id) => `${subject}: ${id}`));
    assert.deepStrictEqual(missing, []);
    assert.ok(Object.keys(BRIEF_SUBJECTS).length >= 40, 'the brief names more than 40 subjects');
  });
});
