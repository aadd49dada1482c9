// npm test, tier 3: UI smoke scenarios clicked through the real workbench; screenshots for the README.
//   node out/test/runner/runUiSmoke.js [scenario-name ...]
import * as fs from 'fs';
import * as path from 'path';
import { createSmokeContext, SmokeContext, StepResult } from './smoke';
import { REPO_ROOT, startWorkbench, WorkbenchOptions } from './workbench';

const SCENARIO_DIR = path.join(REPO_ROOT, 'out', 'test', 'ui');
const SCREENSHOTS = path.join(REPO_ROOT, 'media', 'screenshots');
const TIMEOUT_MS = 240_000;

/** A test/ui/*.smoke.ts module; its `workbench` options (a colour theme, say) apply to its own fresh workbench. */
type Scenario = { run(context: SmokeContext): Promise<void>; workbench?: WorkbenchOptions };

async function main(): Promise<number> {
  // Optional arguments pick scenarios by name, e.g. "node out/test/runner/runUiSmoke.js drills".
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.smoke.js') && (only.length === 0 || only.some((word) => name.includes(word))))
    .sort();
  const results: StepResult[] = [];
  for (const file of files) {
    console.log(file.replace(/\.smoke\.js$/, ''));
    const scenario = require(path.join(SCENARIO_DIR, file)) as Scenario;
    const workbench = await startWorkbench(scenario.workbench);
    try {
      await workbench.page.locator('.monaco-workbench .activitybar').waitFor({ timeout: 60_000 });
      await scenario.run(createSmokeContext(workbench.page, SCREENSHOTS, results));
    } catch (error) {
      // A failed step is already recorded; anything else (a crash before the first step) is recorded here.
      if (!results.some((result) => result.error === error)) results.push({ name: `${file} setup`, error: error as Error });
    } finally {
      await workbench.close();
    }
  }
  const failed = results.filter((result) => result.error).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 && results.length > 0 ? 0 : 1;
}

const timeout = setTimeout(() => {
  console.error(`UI smoke tests did not finish within ${TIMEOUT_MS / 1000} s.`);
  process.exit(1);
}, TIMEOUT_MS);

main()
  .then((code) => {
    clearTimeout(timeout);
    process.exit(code);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
