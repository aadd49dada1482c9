// Every id the extension shares with package.json: commands, views, context keys and the webview type.

export const COMMANDS = {
  markTopicDone: 'mlPrep.roadmap.markDone',
  markTopicNotDone: 'mlPrep.roadmap.markNotDone',
  hideCompleted: 'mlPrep.roadmap.hideCompleted',
  showCompleted: 'mlPrep.roadmap.showCompleted',
  resetProgress: 'mlPrep.roadmap.resetProgress',
  filterQuestions: 'mlPrep.roadmap.filterQuestions',
  clearQuestionFilter: 'mlPrep.roadmap.clearQuestionFilter',
  reloadContent: 'mlPrep.roadmap.reloadContent',
  openQuestion: 'mlPrep.questions.open',
  searchQuestions: 'mlPrep.questions.search',
  openTopic: 'mlPrep.questions.openTopic',
  randomQuestion: 'mlPrep.questions.random',
  randomQuestionNotDone: 'mlPrep.questions.randomNotDone',
  showLog: 'mlPrep.showLog',
  startDrill: 'mlPrep.drills.start',
  runDrillTests: 'mlPrep.drills.runTests',
  drillActions: 'mlPrep.drills.actions',
  pauseDrill: 'mlPrep.drills.pause',
  resumeDrill: 'mlPrep.drills.resume',
  showHint: 'mlPrep.drills.showHint',
  stopDrill: 'mlPrep.drills.stop',
  showReference: 'mlPrep.drills.showReference',
} as const;

export const VIEWS = {
  container: 'mlPrep',
  roadmap: 'mlPrep.roadmap',
  drills: 'mlPrep.drills',
} as const;

export const CONTEXT_KEYS = {
  hideCompleted: 'mlPrep.hideCompleted',
  questionFilterActive: 'mlPrep.questionFilterActive',
  /** 'ready' | 'error' | 'allHidden': picks the Roadmap view's welcome message. */
  roadmapState: 'mlPrep.roadmapState',
  /** 'running' | 'paused' while a drill attempt is active. */
  drillState: 'mlPrep.drillState',
} as const;

export const WEBVIEW_TYPES = {
  question: 'mlPrep.question',
} as const;
