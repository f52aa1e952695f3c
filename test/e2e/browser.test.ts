import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { chromium, type Browser, type Page } from 'playwright-core';
import t from 'tap';
import { expectAccessible } from '../support/accessibility.js';

const screenshots = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * The pages in a real browser (Debian's Chromium, headless): the President's office signs in from
 * the e-mailed link, launches a year and records the budget adoption; a committee member decides
 * from the link in his e-mail; the dashboard shows the new state. Every page is photographed into
 * test-results/screenshots.
 */
// axe-core on each of the pages adds a minute or two on a shared two-core machine.
t.setTimeout(600_000);

t.test('the President\'s office and a reviewer run a cycle step in Chromium', async (t) => {
  const executablePath = process.env.JALON_CHROMIUM;
  if (!executablePath) {
    t.fail('Chromium is not installed and could not be installed (needs root and apt-get): install Debian\'s chromium package or set JALON_CHROMIUM');
    return;
  }
  mkdirSync(screenshots, { recursive: true });
  const w = await cycleWorld(t, { browser: true });
  const browser: Browser = await chromium.launch({
    executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  t.teardown(() => browser.close());
  // Every page the test visits is photographed and checked with axe-core (WCAG 2.1 AA).
  const shot = async (page: Page, name: string) => {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
    await expectAccessible(t, page, name);
  };
  const year = new Date().getUTCFullYear() + 3;
  const linkIn = (text: string, route: string) => {
    const found = text.match(new RegExp(`http://127\\.0\\.0\\.1:\\d+/${route}/[A-Za-z0-9_-]+`))?.[0];
    if (!found) throw new Error(`no ${route} link in: ${text}`);
    return found;
  };

  // The President's office, signed out, is sent to sign in; the link comes by e-mail.
  const office = await browser.newContext({ locale: 'fr-BE' });
  const page = await office.newPage();
  await page.goto(`${w.portalUrl}/dashboard`);
  t.match(page.url(), /\/sign-in\?next=%2Fdashboard$/, 'signed out: the sign-in page');
  await page.keyboard.press('Tab');
  t.equal(await page.evaluate('document.activeElement?.className'), 'skip-link', 'the first Tab reaches the skip link');
  await shot(page, '01-sign-in');
  await page.getByLabel('Adresse e-mail').fill('corporate@ibz.example');
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await page.getByRole('heading', { name: 'Consultez votre messagerie' }).waitFor();
  await shot(page, '02-check-your-mail');
  const [signInMail] = await w.notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example') && /connexion/i.test(m.subject), { timeoutMs: 20_000 });
  await page.goto(linkIn(signInMail!.text, 'sign-in'));
  await shot(page, '03-confirm-sign-in');
  await page.getByRole('button', { name: 'Me connecter' }).click();
  await page.getByRole('heading', { name: 'Tableau de bord – Cellule Corporate' }).waitFor();
  t.match(page.url(), /\/dashboard$/, 'signed in, back to the dashboard');
  await shot(page, '04-dashboard');

  // Launch the year, record the Chamber's vote.
  await page.getByLabel('Année du plan opérationnel').fill(String(year));
  await page.getByRole('button', { name: 'Lancer le cycle' }).click();
  await page.getByText(`Le cycle ${year} est lancé.`).waitFor();
  await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  await page.reload();
  t.match(await page.textContent('main'), /En attente de l’adoption du budget/, 'the new cycle awaits the budget adoption');
  await shot(page, '05-cycle-launched');
  await page.getByLabel(/Date du vote de la Chambre/).fill(`${year - 1}-12-21`);
  await page.getByRole('button', { name: 'Enregistrer la date' }).click();
  await page.getByText(/Adoption du budget enregistrée/).waitFor();
  t.match(await page.textContent('main'), new RegExp(`21 janvier ${year}`), 'the due date is shown: 21 January');
  await shot(page, '06-budget-recorded');

  // Stop waiting for the entities; "my tasks" leads to the consolidation page, where it is confirmed.
  await page.getByRole('button', { name: 'Clôturer la rédaction et consolider' }).click();
  await page.getByText(/rédaction du plan .* est clôturée/).waitFor();
  await w.waitFor(year, 'consolidation', (v) => v.stage === 'consolidation' && v.holders.length > 0);
  await page.getByRole('link', { name: 'Mes tâches' }).click();
  await shot(page, '07-my-tasks');
  await page.getByRole('link', { name: /Consolidation/ }).click();
  await page.getByRole('heading', { level: 1, name: `Consolidation du plan opérationnel ${year}` }).waitFor();
  await shot(page, '08-consolidation-page');
  await page.getByRole('button', { name: 'Consolidation terminée' }).click();
  await page.getByText(/La consolidation est enregistrée/).waitFor();
  await shot(page, '09-task-done');

  // A committee member opens the link of his e-mail, in his own browser, and approves.
  const [review] = await w.notifications.catcher.waitFor((m) => m.to.includes('dgsp@ibz.example') && /comité/i.test(m.subject), { timeoutMs: 30_000 });
  const reviewer = await (await browser.newContext({ locale: 'fr-BE' })).newPage();
  await reviewer.goto(linkIn(review!.text, 'decisions'));
  await shot(reviewer, '10-review-page');
  await reviewer.getByLabel('J’approuve').check();
  await reviewer.getByRole('button', { name: 'Envoyer ma décision' }).click();
  await reviewer.getByRole('heading', { name: /enregistrée/i }).waitFor();
  await shot(reviewer, '11-decision-recorded');

  // The dashboard shows where the cycle now stands: the committee, waiting for the other member only.
  await w.waitFor(year, 'one committee member left', (v) => v.stage === 'committee' && v.holders.length === 1);
  await page.goto(`${w.portalUrl}/dashboard`);
  const row = page.getByRole('row', { name: new RegExp(`^${year}`) });
  t.match(await row.textContent(), /Comité de direction/, 'the cycle is at the committee');
  t.match(await row.textContent(), /Directeur-generaal DVZ/, 'waiting for the member who has not answered');
  t.notMatch(await row.textContent(), /Directeur DGSP/, 'not for the one who did');
  await shot(page, '12-dashboard-after-decision');

  // The plan viewer: the operational plan with who decided what, and the strategic plan.
  await page.getByRole('link', { name: String(year), exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const operational = await page.textContent('main');
  t.match(operational, /Laura Szabo/, 'the plan page lists the consolidation decision and who made it');
  t.match(operational, /douzièmes|21 janvier/, 'and its due date');
  await shot(page, '12b-operational-plan');
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await page.getByRole('link', { name: /Plan stratégique 2022-2024/ }).click();
  // The click returns once the navigation commits: the long plan page is read once it has all loaded.
  await page.waitForLoadState('load');
  t.match(await page.textContent('main'), /Objectifs stratégiques \(22\)[\s\S]*Objectif 22 –/, 'the strategic plan page shows its 22 objectives');
  await shot(page, '12c-strategic-plan');
  await page.goto(`${w.portalUrl}/dashboard`);

  await page.getByRole('link', { name: 'Nederlands' }).click();
  await page.getByRole('heading', { name: 'Overzicht – Cel Corporate' }).waitFor();
  t.pass('the language switch gives the dashboard in Dutch');
  await shot(page, '13-dashboard-nl');
});
