// npm test, tier 2: the extension-host suite in a real VS Code, offline.
//   node out/test/runner/runHostTests.js [--suite FILE] [--workspace DIR] [--timeout SECONDS]
import * as path from 'path';
import { runSuite } from './hostSuite';
import { REPO_ROOT, SAMPLE_WORKSPACE } from './workbench';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const suite = path.resolve(option('suite', path.join(REPO_ROOT, 'out', 'test', 'host', 'index.js')));
const workspace = path.resolve(option('workspace', SAMPLE_WORKSPACE));
runSuite(suite, workspace, Number(option('timeout', '300')))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
