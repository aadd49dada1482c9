// npm test, tier 2: the extension-host suite in a real VS Code, offline.
//   node out/test/runner/runHostTests.js [--suite FILE] [--workspace DIR] [--timeout SECONDS]
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, SAMPLE_WORKSPACE, startWorkbench } from './workbench';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

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

if (require.main === module) {
  const suite = path.resolve(option('suite', path.join(REPO_ROOT, 'out', 'test', 'host', 'index.js')));
  const workspace = path.resolve(option('workspace', SAMPLE_WORKSPACE));
  runSuite(suite, workspace, Number(option('timeout', '300')))
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
