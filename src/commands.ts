// Every id the extension shares with package.json: commands, views, context keys and the webview type.

export const COMMANDS = {
  markTopicDone: 'mlPrep.roadmap.markDone',
  markTopicNotDone: 'mlPrep.roadmap.markNotDone',
  hideCompleted: 'mlPrep.roadmap.hideCompleted',
  showCompleted: 'mlPrep.roadmap.showCompleted',
  resetProgress: 'mlPrep.roadmap.resetProgress',
  reloadContent: 'mlPrep.roadmap.reloadContent',
  openQuestion: 'mlPrep.questions.open',
  showLog: 'mlPrep.showLog',
} as const;

export const VIEWS = {
  container: 'mlPrep',
  roadmap: 'mlPrep.roadmap',
} as const;

export const CONTEXT_KEYS = {
  hideCompleted: 'mlPrep.hideCompleted',
  /** 'ready' | 'error' | 'allHidden': picks the Roadmap view's welcome message. */
  roadmapState: 'mlPrep.roadmapState',
} as const;

export const WEBVIEW_TYPES = {
  question: 'mlPrep.question',
} as const;
