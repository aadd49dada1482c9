import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Content, parseContentIndex } from '../core/contentIndex';
import { INDEX_FILE, NotePage, pageFile, QuestionPage } from '../core/schema';
import { Log } from './log';

export type ContentState = { ok: true; content: Content } | { ok: false; message: string };

/** Loads the compiled content: the index once, and each page's markdown when it is opened. */
export class ContentService {
  private state?: ContentState;
  private readonly reloaded = new vscode.EventEmitter<void>();
  readonly onDidReload = this.reloaded.event;

  constructor(
    private readonly folder: string,
    private readonly log: Log,
  ) {}

  get(): ContentState {
    if (!this.state) this.state = this.readIndex();
    return this.state;
  }

  reload(): ContentState {
    this.state = undefined;
    const state = this.get();
    this.reloaded.fire();
    return state;
  }

  /** A question's markdown; throws an Error naming the file when it cannot be read. */
  questionPage(questionId: string): QuestionPage {
    return this.readPage(pageFile('question', questionId));
  }

  /** A topic's study note, or undefined when the topic has none. */
  notePage(topicId: string): NotePage | undefined {
    const state = this.get();
    return state.ok && state.content.topic(topicId)?.topic.hasNote ? this.readPage(pageFile('note', topicId)) : undefined;
  }

  private readPage<T>(relative: string): T {
    const file = path.join(this.folder, relative);
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
    } catch (error) {
      throw new Error(`${file} could not be read (${(error as Error).message}); rebuild the extension`);
    }
  }

  private readIndex(): ContentState {
    const file = path.join(this.folder, INDEX_FILE);
    try {
      return { ok: true, content: parseContentIndex(fs.readFileSync(file, 'utf8')) };
    } catch (error) {
      const message = `Could not read the content index ${file}: ${(error as Error).message}`;
      this.log.error(message);
      return { ok: false, message };
    }
  }

  dispose(): void {
    this.reloaded.dispose();
  }
}
