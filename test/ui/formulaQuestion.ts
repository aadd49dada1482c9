import * as assert from 'assert';
import type { SmokeContext } from '../runner/smoke';

/** Finds a question through "Search Questions" by a tag, and checks its formula and code block render. */
export async function showFormulaAndCode({ page, step, screenshot, webviewFrame }: SmokeContext, theme: string): Promise<void> {
  await step(`search by tag opens a question with a formula and code, in the ${theme} theme`, async () => {
    // The extension's contributions are registered once its activity-bar icon shows.
    await page.locator('.activitybar [aria-label="ML Interview Prep"]').first().waitFor();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>ML Prep: Search Questions');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Search Questions' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'Search Questions' }).waitFor();
    await input.fill('#leakage');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'cross-validation' }).first().waitFor();
    await page.keyboard.press('Enter');
    const frame = await webviewFrame();
    await frame.locator('#title', { hasText: 'cross-validation' }).waitFor();
    await frame.locator('body').press('Space');
    await frame.locator('#answer').waitFor({ state: 'visible' });
    assert.ok((await frame.locator('#answer .katex').count()) > 0, 'the answer shows KaTeX formulas');
    assert.ok((await frame.locator('#answer pre code .hljs-keyword').count()) > 0, 'the code block is highlighted');
    await frame.evaluate(() => document.fonts.ready);
    await frame.locator('#answer pre').scrollIntoViewIfNeeded();
    await screenshot(`question-${theme}`);
  });
}
