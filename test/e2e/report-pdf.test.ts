import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { signInByEmail } from '@jalon/portal/test-support/email-sign-in';
import { progressFront } from '@jalon/portal/test-support/progress-front';
import { sampleProgress } from '@jalon/portal/test-support/progress-overview';
import t from 'tap';

const out = fileURLToPath(new URL('../../test-results/report-pdf/', import.meta.url));
const run = promisify(execFile);

/** The words of a downloaded PDF, as poppler's pdftotext reads them (kept in test-results/report-pdf/). */
async function textOf(pdf: Buffer, name: string): Promise<string> {
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, name), pdf);
  return (await run('pdftotext', ['-layout', path.join(out, name), '-'])).stdout;
}

/*
 * The year-end report as a document, downloaded by a member of the organisation from the report
 * page's link, on the real plans service (progress answered by the front until the plans service
 * serves it), in the reader's language; refused as the page is.
 */
t.setTimeout(600_000);

t.test('the year-end report as a PDF, from the report pages', async (t) => {
  const front = progressFront(t);
  const w = await cycleWorld(t, { plansFront: front.listen });
  const year = new Date().getUTCFullYear() + 73;
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  t.ok(launched.statusCode < 300, `the cycle ${year} is launched`);
  const president = await signInByEmail(w, w.people.president.email);
  const member = await signInByEmail(w, w.people.dgsp.email);
  const get = (url: string, cookie?: string) => w.portal.pages.inject({ url, ...(cookie ? { headers: { cookie } } : {}) });
  const planId = (await get('/dashboard', president)).body.match(new RegExp(`href="/plans/operational/([0-9a-f-]{36})">${year}<`))?.[1];
  if (!planId) throw new Error(`no operational plan ${year} on the dashboard`);
  front.overviews.set(planId, sampleProgress(year, planId));

  const page = await get(`/reports/${year}`, member);
  t.match(page.body, `<a href="/reports/${year}/report.pdf" download>Télécharger le rapport (PDF)</a>`, 'the report page links its document');
  t.match((await get(`/reports/${year}/PO`, member)).body, `<a href="/reports/${year}/PO/report.pdf" download>Télécharger le rapport (PDF)</a>`, 'and so does an entity\'s');

  const pdf = await get(`/reports/${year}/report.pdf`, member);
  t.equal(pdf.statusCode, 200);
  t.equal(pdf.headers['content-type'], 'application/pdf');
  t.equal(pdf.headers['content-disposition'], `attachment; filename="rapport-annuel-${year}.pdf"`, 'a download named in the reader\'s language');
  t.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = await textOf(pdf.rawPayload, 'served-organisation-fr.pdf');
  t.match(text, `Rapport annuel ${year}`);
  t.match(text, /6\.1 — Objectif 6\.1/, 'an objective\'s title');
  t.match(text, /Résultat \(valeur\)\s+7\n/, 'its year-end result');
  t.match(text, /Résultat \(statut\)\s+Partiellement atteint/, 'its status in words');
  t.match(text, /Direction générale Office des Étrangers\s+3/, 'the late entity by its name in the organisation');
  t.ok((await get(`/reports/${year}/report.pdf`, member)).rawPayload.equals(pdf.rawPayload), 'downloaded again: the same bytes');

  const german = await get(`/reports/${year}/PO/report.pdf`, `${member}; jalon_lang=de`);
  t.equal(german.statusCode, 200);
  t.equal(german.headers['content-disposition'], `attachment; filename="jahresbericht-${year}-PO.pdf"`);
  const germanText = await textOf(german.rawPayload, 'served-entity-de.pdf');
  t.match(germanText, 'Zusammenfassung', 'a German reader gets German headings');
  t.match(germanText, /Ergebnis \(Status\)\s+Teilweise erreicht/);
  t.notMatch(germanText, 'Objectif 1.1', 'only the entity\'s objectives');

  const signedOut = await get(`/reports/${year}/report.pdf`);
  t.equal(signedOut.statusCode, 303, 'signed out: sent to sign in, no document');
  t.equal(signedOut.statusCode, (await get(`/reports/${year}`)).statusCode, 'as the page is');
  t.notMatch(signedOut.headers['content-type'] ?? '', 'pdf');
  t.equal((await get(`/reports/${year}/NOBODY/report.pdf`, member)).statusCode, 404, 'an entity the organisation does not have: no document');
  t.equal((await get('/reports/2001/report.pdf', member)).statusCode, 404, 'a year without a plan: no document');
});
