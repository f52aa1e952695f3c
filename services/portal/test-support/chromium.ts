import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

interface BrowserTest { teardown: (fn: () => unknown) => void; fail: (message: string) => void }

const screenshots = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/**
 * Debian's Chromium (JALON_CHROMIUM, which `npm test` sets), headless, closed when the test ends.
 * Without it the test fails saying so, and gets undefined.
 */
export async function launchChromium(t: BrowserTest): Promise<Browser | undefined> {
  const executablePath = process.env.JALON_CHROMIUM;
  if (!executablePath) {
    t.fail('Chromium is not installed: install Debian\'s chromium package or set JALON_CHROMIUM');
    return undefined;
  }
  mkdirSync(screenshots, { recursive: true });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  t.teardown(() => browser.close());
  return browser;
}

/** The whole page, into test-results/screenshots/<name>.png. */
export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
