import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actor } from '@jalon/plans/test-support/plans-app';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { signInByEmail } from '@jalon/portal/test-support/email-sign-in';
import { chromium, type Page } from 'playwright-core';
import t from 'tap';
import { expectAccessible } from '../support/accessibility.js';

const screenshots = fileURLToPath(new URL('../../test-results/organisation/', import.meta.url));

/*
 * The organisation administrator's pages in Chromium, in French, Dutch and German, through axe-core
 * (no serious or critical violation): the organisation, an entity, an authority, the confirmations
 * before a removal, people, and a refused form with its error summary.
 */
t.setTimeout(600_000);

t.test('the organisation administrator\'s pages: no serious or critical axe violation, in fr, nl and de', async (t) => {
  const executablePath = process.env.JALON_CHROMIUM;
  if (!executablePath) throw new Error('Chromium is not installed: set JALON_CHROMIUM');
  mkdirSync(screenshots, { recursive: true });
  const w = await cycleWorld(t, { browser: true });
  const registered = await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Zoé Admin', email: 'admin@ibz.example', language: 'fr', roles: [{ role: 'org_admin' }] },
  });
  t.equal(registered.statusCode, 201);
  const adminRole = (registered.json() as { id: string; roles: Array<{ id: string }> });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  t.teardown(() => browser.close());
  const [name, value] = (await signInByEmail(w, 'admin@ibz.example')).split('=') as [string, string];
  const context = await browser.newContext({ locale: 'fr-BE' });
  await context.addCookies([{ name, value, url: w.portalUrl }]);
  const page: Page = await context.newPage();

  const visit = async (url: string, label: string, status = 200) => {
    const response = await page.goto(`${w.portalUrl}${url}`);
    t.equal(response?.status(), status, `${label}: ${status}`);
    await page.screenshot({ path: path.join(screenshots, `${label}.png`), fullPage: true });
    await expectAccessible(t, page, label);
  };

  for (const language of ['fr', 'nl', 'de'] as const) {
    await page.goto(`${w.portalUrl}/language/${language}?back=%2Forganisation`);
    t.equal(await page.getAttribute('html', 'lang'), language, `the pages in ${language}`);
    await visit('/organisation', `organisation-${language}`);
    await visit('/organisation/entities/OE', `entity-${language}`);
    await visit('/organisation/entities/OE/remove', `entity-remove-${language}`);
    await visit('/organisation/authorities/state-secretary-asylum-migration', `authority-${language}`);
    await visit('/organisation/authorities/state-secretary-asylum-migration/remove', `authority-remove-${language}`);
    await visit('/organisation/people', `people-${language}`);
    await visit(`/organisation/people/${adminRole.id}/roles/${adminRole.roles[0]!.id}/remove`, `role-remove-${language}`);

    // A removal refused (the entity is still named): the message beside the button, the summary linking to it.
    await page.goto(`${w.portalUrl}/organisation/entities/OE/remove`);
    await page.locator('#remove-confirm').click();
    await page.locator('.error-summary').waitFor();
    await page.screenshot({ path: path.join(screenshots, `entity-remove-refused-${language}.png`), fullPage: true });
    await expectAccessible(t, page, `entity-remove-refused-${language}`);

    // The names form sent with an empty French name: refused beside the field.
    await page.goto(`${w.portalUrl}/organisation`);
    await page.locator('#names-name-fr').fill('');
    await page.locator('form[action="/organisation/names"] button[type="submit"]').click();
    await page.locator('#names-name-fr-error').waitFor();
    await page.screenshot({ path: path.join(screenshots, `names-refused-${language}.png`), fullPage: true });
    await expectAccessible(t, page, `names-refused-${language}`);
  }
});
