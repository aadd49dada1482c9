import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import type { ContentIndex } from '../../src/core/schema';

export const EXTENSION_ID = 'ml-interview-prep.ml-interview-prep';

/** Activates the extension under test and returns what activate() returned. */
export async function activateExtension(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

/** The compiled content, read from disk independently of the extension. */
export function shippedIndex(): ContentIndex {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  return JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'dist', 'content', 'index.json'), 'utf8'));
}

/** Polls until `check` holds: the workbench reports tabs and webview state asynchronously. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
