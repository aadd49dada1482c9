// UI smoke: a user's first minutes, clicked through the real workbench.
import * as assert from 'assert';
import type { SmokeContext } from '../runner/smoke';

const SECTION_TITLES = [
  'Machine learning',
  'Deep learning',
  'Natural language processing',
  'Generative AI',
  'Mathematics',
  'Coding preparation',
  'Portfolio projects',
  'ML system design',
  'Interview strategy',
];

export async function run({ page, step, screenshot, webviewFrame }: SmokeContext): Promise<void> {
  const roadmap = page.locator('.pane:has(.pane-header[aria-label^="Roadmap"]) .monaco-list');
  const row = (label: string) => roadmap.locator(`.monaco-list-row[aria-label^="${label}"]`).first();
  const expand = async (label: string) => {
    const target = row(label);
    await target.waitFor();
    if ((await target.getAttribute('aria-expanded')) !== 'true') await target.locator('.monaco-tl-twistie').click();
    await roadmap.locator(`.monaco-list-row[aria-label^="${label}"][aria-expanded="true"]`).first().waitFor();
  };

  await step('the activity-bar icon opens the Roadmap with all nine sections', async () => {
    await page.locator('.activitybar [aria-label="ML Interview Prep"]').first().click();
    await row(SECTION_TITLES[8]).waitFor();
    const labels = await roadmap.locator('.monaco-list-row .label-name').allInnerTexts();
    assert.deepStrictEqual(labels.slice(0, 9), SECTION_TITLES);
    await screenshot('roadmap');
  });

  await step('ticking a topic updates its section count', async () => {
    await expand('Machine learning');
    await expand('Supervised learning: regression');
    const before = await row('Machine learning').locator('.label-description').innerText();
    assert.match(before, /^0\/\d+$/);
    await row('Linear regression').locator('.custom-view-tree-node-item-checkbox').click();
    await row('Machine learning').locator('.label-description', { hasText: /^1\// }).waitFor();
    await screenshot('roadmap-ticked');
  });

  await step('the tick is kept after reloading the window', async () => {
    await page.reload();
    // The workbench restores the open sidebar; only if it does not, open it (a click on an open one closes it).
    await row('Machine learning').waitFor({ timeout: 10_000 }).catch(() => page.locator('.activitybar [aria-label="ML Interview Prep"]').first().click());
    await row('Machine learning').locator('.label-description', { hasText: /^1\// }).waitFor();
  });

  await step('a topic opens on its study note, with its pitfall and practice questions', async () => {
    await expand('Machine learning');
    await expand('Model validation and selection');
    await row('Bias-variance trade-off').locator('.label-name').click();
    const frame = await webviewFrame();
    await frame.locator('#title', { hasText: 'Bias-variance trade-off' }).waitFor();
    await frame.locator('#body h3', { hasText: 'Common pitfall' }).waitFor();
    assert.ok((await frame.locator('#questions li').count()) >= 1, 'the note lists the topic\'s questions');
    await frame.evaluate(() => document.fonts.ready);
    await screenshot('study-note');
  });

  await step('a question opens in the panel with its answer hidden until asked', async () => {
    await expand('Bias-variance trade-off');
    const question = roadmap.locator('.monaco-list-row[aria-level="4"]').first();
    const title = await question.locator('.label-name').innerText();
    await question.click();
    const frame = await webviewFrame();
    await frame.locator('#title', { hasText: title }).waitFor();
    assert.ok(await frame.locator('#answer').isHidden());
    await screenshot('question');
    await frame.locator('#show-answer').click();
    await frame.locator('#answer').waitFor({ state: 'visible' });
    assert.ok((await frame.locator('#answer').innerText()).length > 200);
    // KaTeX hides formulas until its fonts load ("font-display: block"), so wait for them.
    await frame.evaluate(() => document.fonts.ready);
    await screenshot('question-answer');
  });
}
