import * as vscode from 'vscode';
import { ContentService } from './contentService';
import { createLog, Log } from './log';
import { Store } from './store';

/** What every feature shares: the log, the store over globalState and the content. */
export interface Services {
  log: Log;
  store: Store;
  content: ContentService;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const log = createLog();
  const store = new Store(context.globalState, log);
  const content = new ContentService(context.asAbsolutePath('dist/content'), log);
  context.subscriptions.push(log, store, content);
  return { log, store, content };
}
