// UI smoke: a timed drill from the Drills view to results in the Test Explorer.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';
import type { SmokeContext } from '../runner/smoke';
import { DRILL_MODULES, pythonWith } from '../support/python';

// Attempts are created inside the workspace, so it is a fresh folder rather than the repository's sample.
export const workbench = {
  workspace: fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-ui-drills-')),
  userSettings: { 'mlPrep.pythonPath': pythonWith(DRILL_MODULES) },
};

/** Waits for the markdown preview's webview to show the statement's title. */
async function statementRendered(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  const titleCount = (frame: Frame) => frame.locator('h1', { hasText: 'Feature engineering' }).count().catch(() => 0);
  while (!(await Promise.all(page.frames().map(titleCount))).some((count) => count > 0)) {
    assert.ok(Date.now() < deadline, 'the statement did not render in the preview within 15 s');
    await page.waitForTimeout(200);
  }
}

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
    await statementRendered(page);
    await screenshot('drill-started');
  });

  await step('running the tests shows each of them in the Test Explorer', async () => {
    // Editor actions show on the active group: click into the solution as a user about to type would.
    await page.locator('.editor-group-container').first().locator('.monaco-editor .view-lines').click();
    await page.locator('.editor-actions [aria-label="Run Drill Tests"]').first().click();
    const testing = page.locator('.test-explorer .monaco-list');
    const attempt = testing.locator('.monaco-list-row', { hasText: 'Feature engineering (feature-engineering)' });
    // The command opens the Testing view; should another view replace it before the run ends, open it as a user would.
    const testingTab = page.locator('.activitybar .action-item:has([aria-label^="Testing"])').first();
    const deadline = Date.now() + 60_000;
    while (!(await attempt.isVisible())) {
      assert.ok(Date.now() < deadline, 'the drill attempt did not appear in the Test Explorer within 60 s');
      if (!(await testingTab.getAttribute('class'))?.includes('checked')) await testingTab.click();
      await page.waitForTimeout(250);
    }
    // Rows shift while the run's summary appears; click the twistie once the run has ended and the list is still.
    await testing.locator('.monaco-list-row', { hasText: /Feature engineering \(feature-engineering\).*0\/8 passed/ }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    if ((await attempt.getAttribute('aria-expanded')) !== 'true') await attempt.locator('.monaco-tl-twistie').click();
    await testing.locator('.monaco-list-row', { hasText: 'sample standard deviation' }).waitFor();
    await screenshot('drill-tests');
  });
}
