import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Content, parseContentIndex } from '../core/contentIndex';
import { BODIES_FILE, CONTENT_INDEX_VERSION, ContentBodies, INDEX_FILE } from '../core/schema';
import { Log } from './log';

export type ContentState = { ok: true; content: Content } | { ok: false; message: string };

/** Loads the compiled content: the index at once, markdown bodies on first use. */
export class ContentService {
  private state?: ContentState;
  private bodies?: ContentBodies;
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
    this.bodies = undefined;
    const state = this.get();
    this.reloaded.fire();
    return state;
  }

  /** Markdown bodies; throws an Error naming the file when they cannot be read. */
  getBodies(): ContentBodies {
    if (!this.bodies) {
      const file = path.join(this.folder, BODIES_FILE);
      const bodies = JSON.parse(fs.readFileSync(file, 'utf8')) as ContentBodies;
      if (bodies?.version !== CONTENT_INDEX_VERSION) throw new Error(`${file} is not version ${CONTENT_INDEX_VERSION}; rebuild the extension`);
      this.bodies = bodies;
    }
    return this.bodies;
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
