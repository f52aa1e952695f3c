import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { signInByEmail } from '@jalon/portal/test-support/email-sign-in';
import { launchChromium } from '@jalon/portal/test-support/chromium';
import { progressFront } from '@jalon/portal/test-support/progress-front';
import { sampleProgress } from '@jalon/portal/test-support/progress-overview';
import t from 'tap';
import { expectAccessible } from '../support/accessibility.js';

const screenshots = fileURLToPath(new URL('../../test-results/progress/', import.meta.url));

/*
 * Progress, year-end reports and exports as people meet them: signed in, on the real plans service
 * (its progress route answered by a server in front of it until the plans service has one), charts
 * drawn on the server, files downloaded and read back, every page checked by axe in Chromium and
 * photographed in test-results/progress/.
 */
t.setTimeout(600_000);

t.test('progress, reports and exports in the portal', async (t) => {
  const front = progressFront(t);
  const w = await cycleWorld(t, { browser: true, plansFront: front.listen });
  const year = new Date().getUTCFullYear() + 67;
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  t.ok(launched.statusCode < 300, `the cycle ${year} is launched`);
  const president = await signInByEmail(w, w.people.president.email);
  const member = await signInByEmail(w, w.people.dgsp.email);
  const get = (url: string, cookie: string) => w.portal.pages.inject({ url, headers: { cookie } });
  const planId = (await get('/dashboard', president)).body.match(new RegExp(`href="/plans/operational/([0-9a-f-]{36})">${year}<`))?.[1];
  if (!planId) throw new Error(`no operational plan ${year} on the dashboard`);

  const before = await get(`/plans/operational/${planId}`, member);
  t.match(before.body, 'Aucun avancement n’est encore enregistré pour ce plan.', 'before any progress the plan page says so');
  front.overviews.set(planId, sampleProgress(year, planId));

  const page = await get(`/plans/operational/${planId}`, member);
  t.equal(page.statusCode, 200);
  t.equal(page.body.match(/<svg [^>]*role="img"/g)?.length, 4, 'status, late updates and the two numeric indicators\' trends, as SVG images');
  t.match(page.body, 'Direction générale Office des Étrangers: 3', 'the late entity by name, with the updates it owes');
  t.notMatch(page.body, /<script/, 'no script');
  t.match(page.body, `href="/plans/operational/${planId}/export.ods"`);

  const dashboard = await get('/dashboard', president);
  t.match(dashboard.body, `Avancement du plan opérationnel ${year}`, 'the President\'s office sees the year\'s progress');
  t.match(dashboard.body, /<svg [^>]*role="img" aria-labelledby="dashboard-progress-\d+-status-title/);

  const report = await get(`/reports/${year}`, member);
  t.equal(report.statusCode, 200);
  t.match(report.body, `<a href="/reports/${year}/OE">Direction générale Office des Étrangers</a>`);
  const entityReport = await get(`/reports/${year}/PO`, member);
  t.match(entityReport.body, 'Partiellement atteint', 'the entity\'s year-end result');
  t.notMatch(entityReport.body, '>1.1<', 'and none of another entity\'s objectives');
  t.equal((await get(`/reports/${year}/NOBODY`, member)).statusCode, 404, 'an entity the organisation does not have');

  const ods = await get(`/reports/${year}/export.ods`, member);
  t.equal(ods.headers['content-type'], 'application/vnd.oasis.opendocument.spreadsheet');
  t.equal(ods.headers['content-disposition'], `attachment; filename="rapport-annuel-${year}.ods"`);
  const book = XLSX.read(ods.rawPayload, { type: 'buffer' });
  t.same(book.SheetNames, ['Plan', 'Avancement', 'Résultats'], 'the spreadsheet reads back, its sheets in the reader\'s language');
  const csv = await get(`/plans/operational/${planId}/export.csv?sheet=progress`, member);
  t.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  t.equal(csv.headers['content-disposition'], `attachment; filename="plan-operationnel-${year}-avancement.csv"`);
  t.ok(csv.body.startsWith('\uFEFFCode;Entité responsable;'), 'UTF-8 with BOM, semicolons');
  t.notMatch(csv.body, /@/, 'no e-mail address');

  const signedOut = await w.portal.pages.inject({ url: `/reports/${year}/export.ods` });
  t.equal(signedOut.statusCode, 303, 'signed out: sent to sign in, no file');

  const browser = await launchChromium(t);
  if (!browser) return;
  mkdirSync(screenshots, { recursive: true });
  const [name, value] = president.split('=') as [string, string];
  for (const language of ['fr', 'nl', 'de'] as const) {
    const context = await browser.newContext({ locale: `${language}-BE` });
    await context.addCookies([{ name, value, url: w.portalUrl }, { name: 'jalon_lang', value: language, url: w.portalUrl }]);
    const tab = await context.newPage();
    for (const [what, url] of [['plan', `/plans/operational/${planId}`], ['dashboard', '/dashboard'], ['report', `/reports/${year}`], ['entity-report', `/reports/${year}/OE`]] as const) {
      const response = await tab.goto(`${w.portalUrl}${url}`);
      t.equal(response?.status(), 200, `${what} (${language})`, { body: response?.status() === 200 ? undefined : (await response?.text())?.slice(0, 2000) });
      await expectAccessible(t, tab, `${what} (${language})`);
      await tab.screenshot({ path: path.join(screenshots, `${what}-${language}.png`), fullPage: true });
    }
    await tab.emulateMedia({ media: 'print' });
    await tab.goto(`${w.portalUrl}/reports/${year}`);
    await tab.screenshot({ path: path.join(screenshots, `report-print-${language}.png`), fullPage: true });
    await context.close();
  }
});
