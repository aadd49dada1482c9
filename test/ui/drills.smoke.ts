// UI smoke: a timed drill from the Drills view to results in the Test Explorer.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SmokeContext } from '../runner/smoke';
import { DRILL_MODULES, pythonWith } from '../support/python';

// Attempts are created inside the workspace, so it is a fresh folder rather than the repository's sample.
export const workbench = {
  workspace: fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-ui-drills-')),
  userSettings: { 'mlPrep.pythonPath': pythonWith(DRILL_MODULES) },
};

export async function run({ page, step, screenshot }: SmokeContext): Promise<void> {
  const drillsView = page.locator('.pane:has(.pane-header[aria-label^="Drills"]) .monaco-list');
  const countdown = page.locator('.statusbar-item', { hasText: /\d+:\d\d Feature engineering/ });

  await step('starting a drill from the Drills view opens the solution beside the statement and starts the countdown', async () => {
    await page.locator('.activitybar [aria-label="ML Interview Prep"]').first().click();
    await drillsView.locator('.monaco-list-row', { hasText: 'Feature engineering' }).locator('.label-name').click();
    await page.locator('.tab', { hasText: 'solution.py' }).waitFor();
    await page.locator('.tab', { hasText: /Preview PROBLEM\.md/ }).waitFor();
    await countdown.waitFor();
    assert.match(await countdown.innerText(), /1[45]:\d\d Feature engineering/);
    assert.ok(fs.existsSync(path.join(workbench.workspace, 'ml-drills', 'feature-engineering', 'solution.py')));
    await screenshot('drill-started');
  });

  await step('running the tests shows each of them in the Test Explorer', async () => {
    // Editor actions show on the active group: click into the solution as a user about to type would.
    await page.locator('.editor-group-container').first().locator('.monaco-editor .view-lines').click();
    await page.locator('.editor-actions [aria-label="Run Drill Tests"]').first().click();
    const testing = page.locator('.test-explorer .monaco-list');
    await testing.locator('.monaco-list-row', { hasText: 'Feature engineering (feature-engineering)' }).waitFor({ timeout: 60_000 });
    await testing.locator('.monaco-list-row', { hasText: 'Feature engineering (feature-engineering)' }).locator('.monaco-tl-twistie').click();
    await testing.locator('.monaco-list-row', { hasText: 'sample standard deviation' }).waitFor();
    assert.match(await testing.locator('.monaco-list-row', { hasText: 'Feature engineering (feature-engineering)' }).innerText(), /0\/8 passed/);
    await screenshot('drill-tests');
  });
}
