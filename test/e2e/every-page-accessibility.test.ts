import { launchChromium } from '@jalon/portal/test-support/chromium';
import { portalPages, type PortalPage } from '@jalon/portal/test-support/page-list';
import { pageWorld } from '@jalon/portal/test-support/page-world';
import type { Page } from 'playwright-core';
import t from 'tap';
import { axeViolations, describeViolation, type Violation } from '../support/accessibility.js';

/*
 * axe-core over EVERY page of the portal (services/portal/test-support/page-list.ts), in French,
 * Dutch and German: no serious or critical violation. Each page is reached as the language test
 * reaches it (its status and HTML), then shown in Chromium at the portal's own address, so that its
 * stylesheet comes from the running portal and axe judges the page as people see it (contrast, focus).
 * test/e2e/accessibility.test.ts keeps what needs a real walk (forms sent, keyboard, print).
 */

// 40-odd pages × 3 languages, each checked by axe; the page world takes a cycle to the committee.
t.setTimeout(600_000);

const LANGUAGES: Array<Parameters<PortalPage['reach']>[1]> = ['fr', 'nl', 'de'];
/** This test's cycle year on the shared Temporal server: the language test's page world has +50. */
const YEAR_OFFSET = 71;
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** Where the page's HTML is served: under the portal's origin, so its relative links reach the portal. */
const CHECKED_PATH = '/__every-page-accessibility';

t.test('every page of the portal, in French, Dutch and German: no serious or critical axe violation', async (t) => {
  const started = Date.now();
  const world = await pageWorld(t, { yearOffset: YEAR_OFFSET });
  const browser = await launchChromium(t);
  if (!browser) return;
  const page: Page = await (await browser.newContext({ locale: 'fr-BE' })).newPage();
  const checkedUrl = `${world.w.portalUrl}${CHECKED_PATH}`;
  // The address every page is shown at, under the portal's origin, so that what a page asks for (its
  // stylesheet) comes from the running portal. Each page is written into the document opened there.
  await page.route(checkedUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="fr"><head><title>Jalon</title></head><body></body></html>' }));
  await page.goto(checkedUrl);

  // The check can fail, on a page shown as every page is: a field without a label is found and named.
  await page.setContent('<!doctype html><html lang="fr"><head><title>Essai</title></head><body><main><input type="text" id="unlabelled"></main></body></html>');
  const planted = await axeViolations(page);
  t.ok(planted.some((v) => v.id === 'label' && FAILING_IMPACTS.has(v.impact ?? '') && v.targets.includes('#unlabelled')), 'axe finds an unlabelled field, serious or critical, and names it', { planted });

  const failures: string[] = [];
  let checked = 0;
  for (const portalPage of portalPages) {
    for (const language of LANGUAGES) {
      const what = `${portalPage.name} (${portalPage.method} ${portalPage.route}, ${language})`;
      const answer = await portalPage.reach(world, language);
      t.equal(answer.status, portalPage.status, `${what}: ${portalPage.status}`);
      // Written into the open document rather than navigated to: the address, and so the portal's
      // stylesheet, stay; axe stays loaded instead of being put into each page again (a third of
      // each page's time: 160 ms to navigate and 160 ms to load axe, against 45 ms).
      await page.setContent(answer.body);
      const cssLoaded = await page.evaluate('[...document.styleSheets].some((s) => s.href && s.href.endsWith("/assets/portal.css") && s.cssRules.length > 0)');
      t.ok(cssLoaded, `${what}: shown with the portal's stylesheet`, {});
      const failing = (await axeViolations(page)).filter((v: Violation) => v.impact !== null && FAILING_IMPACTS.has(v.impact));
      for (const v of failing) failures.push(`${what}: ${describeViolation(v)}`);
      t.same(failing.map(describeViolation), [], `${what}: no serious or critical accessibility violation`);
      checked++;
    }
  }
  if (failures.length) t.comment(`serious or critical violations:\n${failures.join('\n')}`);
  t.comment(`every-page accessibility: ${checked} pages in ${Math.round((Date.now() - started) / 1000)} s (page world included)`);
});
