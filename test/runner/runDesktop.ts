// npm run test:desktop: the same extension-host suite in desktop VS Code, downloaded by @vscode/test-electron.
import { runTests } from '@vscode/test-electron';
import * as path from 'path';
import { REPO_ROOT, SAMPLE_WORKSPACE } from './workbench';

async function main(): Promise<void> {
  try {
    await runTests({
      version: '1.100.3',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'host', 'index.js'),
      launchArgs: [SAMPLE_WORKSPACE, '--disable-extensions'],
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTFOUND' || /ENOTFOUND/.test(String(error))) {
      console.error('Desktop VS Code could not be downloaded (no network). Run "npm test", which uses the offline VS Code.');
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exit(1);
  }
}

void main();
