import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';

/** What a UI smoke scenario (test/ui/*.smoke.ts) receives. */
export interface SmokeContext {
  page: Page;
  /** Runs one named step; its failure is reported with the name and a screenshot. */
  step(name: string, fn: () => Promise<void>): Promise<void>;
  /** Saves a PNG of the whole window to media/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>;
  /** The content frame of the visible webview panel, once its page has loaded. */
  webviewFrame(): Promise<Frame>;
}

export interface StepResult {
  name: string;
  error?: Error;
}

export function createSmokeContext(page: Page, screenshotDir: string, results: StepResult[]): SmokeContext {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const screenshot = async (name: string) => {
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  };
  return {
    page,
    screenshot,
    async step(name, fn) {
      const started = Date.now();
      try {
        await fn();
        results.push({ name });
        console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        results.push({ name, error: error as Error });
        console.log(`  ✘ ${name}\n    ${(error as Error).message.split('\n').join('\n    ')}`);
        await page.screenshot({ path: path.join(screenshotDir, '..', '..', '.test-output', `failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
        throw error;
      }
    },
    async webviewFrame() {
      // VS Code nests a webview twice: an outer iframe per panel and an inner one with the content.
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        for (const frame of page.frames()) {
          if (frame.parentFrame() && (await frame.locator('main#question').count().catch(() => 0)) > 0) return frame;
        }
        await page.waitForTimeout(200);
      }
      assert.fail('no webview with the question panel appeared within 15 s');
    },
  };
}
