import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, startWorkbench } from './workbench';

/** Runs a mocha suite (extensionTestsPath) in the offline VS Code; resolves with its exit code. */
export async function runSuite(suite: string, workspace: string, timeoutSeconds: number): Promise<number> {
  const output = path.join(REPO_ROOT, '.test-output');
  fs.mkdirSync(output, { recursive: true });
  const started = Date.now();
  const workbench = await startWorkbench({
    testsPath: suite,
    workspace,
    env: { ML_PREP_TEST_OUTPUT: output },
    onLog: (type, text) => (type === 'error' ? console.error(text) : console.log(text)),
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      console.error(`The extension-host suite did not finish within ${timeoutSeconds} s.`);
      resolve(1);
    }, timeoutSeconds * 1000);
  });
  try {
    const code = await Promise.race([workbench.exitCode, timedOut]);
    console.log(`[vscode-server] suite finished with exit code ${code} in ${Math.round((Date.now() - started) / 1000)} s`);
    return code;
  } finally {
    clearTimeout(timer);
    await workbench.close();
  }
}
