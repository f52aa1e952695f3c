import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { signInByEmail } from '@jalon/portal/test-support/email-sign-in';
import { launchChromium } from '@jalon/portal/test-support/chromium';
import { csrfOf, form, formHeaders } from '@jalon/portal/test-support/portal-app';
import { as, worker } from '@jalon/plans/test-support/plans-app';
import { pdfText } from '@jalon/testkit';
import t, { type Test } from 'tap';
import { expectAccessible } from '../support/accessibility.js';

/** A page or file of the portal, as a signed-in person (a session cookie) or, without one, anyone. */
type Get = (url: string, cookie?: string) => Promise<{ statusCode: number; body: string; headers: Record<string, unknown>; rawPayload: Buffer }>;

const screenshots = fileURLToPath(new URL('../../test-results/progress/', import.meta.url));

/** The words of a downloaded PDF (kept in test-results/progress/). */
const downloadedText = (pdf: Buffer, name: string) => pdfText(pdf, path.join(screenshots, name));

/*
 * Progress, year-end reports and exports as people meet them: a cycle taken to transmission on the
 * real servers, three checkpoints opened as the cycle's activity opens them, the owner entities'
 * updates recorded through the progress page and the plans API (the Immigration Office leaving
 * three unanswered), a year-end result; then the charts drawn on the server, the reports, the files
 * downloaded and read back (the year-end report's PDF read with pdftotext), every page checked by axe in Chromium and photographed in test-results/progress/.
 */
t.setTimeout(600_000);

t.test('progress, reports and exports in the portal', async (t) => {
  const w = await cycleWorld(t, { browser: true });
  const year = new Date().getUTCFullYear() + 67;
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  t.ok(launched.statusCode < 300, `the cycle ${year} is launched`);
  const drafting = await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  const planId = drafting.operationalPlanId as string;
  const president = await signInByEmail(w, w.people.president.email);
  const member = await signInByEmail(w, w.people.dgsp.email);
  const get: Get = (url, cookie) => w.portal.pages.inject({ url, ...(cookie ? { headers: { cookie } } : {}) });
  const before = await get(`/plans/operational/${planId}`, member);
  t.match(before.body, 'Aucun avancement n’est encore enregistré pour ce plan.', 'before any objective or progress the plan page says so');
  const objectives = [
    { code: 'DGSP-01', strategicObjectiveNumber: 12, statement: 'Traiter les dossiers de prévention dans les délais.', indicator: 'Taux de dossiers traités', target: '90 %', ownerEntityCode: 'DGSP' },
    { code: 'DGSP-02', strategicObjectiveNumber: 12, statement: 'Attribuer le marché des caméras.', indicator: 'État du marché', target: 'Marché attribué', ownerEntityCode: 'DGSP' },
    { code: 'DGSP-03', strategicObjectiveNumber: 12, statement: 'Former les zones de police.', indicator: 'Formations données', target: '9 formations', ownerEntityCode: 'DGSP' },
    { code: 'OE-01', strategicObjectiveNumber: 20, statement: 'Réduire le délai de traitement des visas.', indicator: 'Délai médian en jours', target: '90 jours', ownerEntityCode: 'OE' },
    { code: 'OE-02', strategicObjectiveNumber: 20, statement: 'Traiter les demandes de regroupement familial.', indicator: 'Demandes traitées', target: '2 000', ownerEntityCode: 'OE' },
  ];
  for (const o of objectives) {
    const revision = (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json().revision;
    const res = await w.plans.app.inject({ method: 'POST', url: `/operational-plans/${planId}/objectives`, headers: worker, payload: { expectedRevision: revision, ...o, means: '2 ETP', deadline: `${year}-12-31` } });
    t.equal(res.statusCode, 201, `${o.code} drafted`);
  }
  for (const mail of await w.driveToCommittee(year)) await w.actOnEmail(mail, { 'outcome:plan': 'approve' });
  // The Immigration Office's objectives are in the State Secretary's competence: his cell approves them.
  const [review] = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.mahdi.email), { timeoutMs: 60_000 });
  await w.actOnEmail(review!, { 'outcome:OE-01': 'approve', 'outcome:OE-02': 'approve' });
  await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);

  t.match((await get('/dashboard', president)).body, `href="/plans/operational/${planId}">${year}<`, 'the plan on the dashboard');

  // The cycle's activity opens each checkpoint on its day; here the test does, as the worker.
  const open = async (checkpoint: string, dueDate: string) => t.equal((await w.plans.app.inject({
    method: 'POST', url: `/operational-plans/${planId}/progress/checkpoints`, headers: worker, payload: { checkpoint, dueDate },
  })).statusCode, 200, `${checkpoint} asked`);
  const progressRevision = async (code: string) => (await w.plans.app.inject({ url: `/operational-plans/${planId}/progress`, headers: worker })).json()
    .objectives.find((o: { code: string }) => o.code === code).progressRevision as number;
  const record = async (person: { id: string }, code: string, checkpoint: string, body: Record<string, unknown>) => {
    const res = await w.plans.app.inject({
      method: 'PUT', url: `/operational-plans/${planId}/objectives/${code}/progress/${checkpoint}`, headers: await as.person(person.id),
      payload: { expectedRevision: await progressRevision(code), checkpoint, ...body },
    });
    t.equal(res.statusCode, 200, `${code} at ${checkpoint}: ${res.body.slice(0, 200)}`);
  };
  const march = `${year}-03-31`;
  const june = `${year}-06-30`;
  await open(march, `${year}-04-14`);
  // The DGSP's drafter records one update in the page, as people do.
  const progressPage = await get(`/progress/${year}/DGSP`, member);
  const saved = await w.portal.pages.inject({
    method: 'POST', url: `/progress/${year}/DGSP/objectives/DGSP-01/progress`, headers: { ...formHeaders, cookie: member },
    payload: form({ csrf: csrfOf(progressPage.body), expectedRevision: '1', checkpoint: march, indicatorValue: '42 %', status: 'on_track', comment: '' }),
  });
  t.equal(saved.statusCode, 303, `recorded through the progress page: ${saved.body.slice(0, 300)}`);
  await record(w.people.dgsp, 'DGSP-02', march, { indicatorValue: 'Marché publié', status: 'on_track' });
  await record(w.people.dgsp, 'DGSP-03', march, { indicatorValue: '3', status: 'on_track' });
  await record(w.people.oe, 'OE-02', march, { indicatorValue: '1 200', status: 'on_track' });
  await open(june, `${year}-07-14`);
  await record(w.people.dgsp, 'DGSP-01', june, { indicatorValue: '61,5 %', status: 'on_track' });
  await record(w.people.dgsp, 'DGSP-01', june, { indicatorValue: '63,5 %', status: 'at_risk', comment: 'Retard de livraison du logiciel' });
  await record(w.people.dgsp, 'DGSP-02', june, { indicatorValue: 'Marché attribué', status: 'done' });
  await record(w.people.dgsp, 'DGSP-03', june, { indicatorValue: '5', status: 'on_track' });
  // Asking September leaves June unanswered for good: the Immigration Office owes OE-01 twice and OE-02 once.
  await open(`${year}-09-30`, `${year}-10-14`);
  await open('year_end', `${year + 1}-01-15`);
  const result = await w.plans.app.inject({
    method: 'PUT', url: `/operational-plans/${planId}/objectives/DGSP-03/year-end-result`, headers: await as.person(w.people.dgsp.id),
    payload: { expectedRevision: await progressRevision('DGSP-03'), value: '7', status: 'partly_achieved', explanation: 'Deux formations reportées' },
  });
  t.equal(result.statusCode, 200, `DGSP-03's year-end result: ${result.body.slice(0, 200)}`);

  const page = await get(`/plans/operational/${planId}`, member);
  t.equal(page.statusCode, 200);
  t.equal(page.body.match(/<svg [^>]*role="img"/g)?.length, 4, 'status, late updates and the two numeric indicators\' trends (DGSP-01, DGSP-03), as SVG images');
  t.match(page.body, 'Direction générale Office des Étrangers: 3', 'the late entity by name, with the updates it owes');
  t.match(page.body, 'Retard de livraison du logiciel', 'the latest update\'s comment');
  // The reference plan links no objective to one of its five priorities: the status chart has a bar per strategic objective served.
  t.match(page.body, /<th scope="row"[^>]*>Objectif stratégique 20 — [^<]+<\/th>/, 'the Immigration Office\'s objectives under strategic objective 20, by its title');
  t.notMatch(page.body, /<script/, 'no script');
  t.match(page.body, `href="/plans/operational/${planId}/export.ods"`);

  const dashboard = await get('/dashboard', president);
  t.match(dashboard.body, `Avancement du plan opérationnel ${year}`, 'the President\'s office sees the year\'s progress');
  t.match(dashboard.body, /<svg [^>]*role="img" aria-labelledby="dashboard-progress-\d+-status-title/);

  const report = await get(`/reports/${year}`, member);
  t.equal(report.statusCode, 200);
  t.match(report.body, `<a href="/reports/${year}/OE">Direction générale Office des Étrangers</a>`);
  const entityReport = await get(`/reports/${year}/DGSP`, member);
  t.match(entityReport.body, 'Partiellement atteint', 'the entity\'s year-end result');
  t.match(entityReport.body, '>DGSP-03<');
  t.notMatch(entityReport.body, '>OE-01<', 'and none of another entity\'s objectives');
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

  await yearEndReportDocument(t, get, year, member);

  await pagesInChromium(t, w, president, planId, year);
});

/** The year-end report as a document, from the report pages' link, in the reader's language. */
async function yearEndReportDocument(t: Test, get: Get, year: number, member: string): Promise<void> {
  t.match((await get(`/reports/${year}`, member)).body, `<a href="/reports/${year}/report.pdf" download>Télécharger le rapport (PDF)</a>`, 'the report page links its document');
  t.match((await get(`/reports/${year}/DGSP`, member)).body, `<a href="/reports/${year}/DGSP/report.pdf" download>Télécharger le rapport (PDF)</a>`, 'and so does an entity\'s');
  const pdf = await get(`/reports/${year}/report.pdf`, member);
  t.equal(pdf.headers['content-type'], 'application/pdf');
  t.equal(pdf.headers['content-disposition'], `attachment; filename="rapport-annuel-${year}.pdf"`, 'a download named in the reader\'s language');
  t.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = await downloadedText(pdf.rawPayload, 'organisation-fr.pdf');
  t.match(text, `Rapport annuel ${year}`);
  t.match(text, 'Former les zones de police.', 'an objective as drafted');
  t.match(text, /Résultat \(valeur\)\s+7\n/, 'its year-end result');
  t.match(text, /Résultat \(statut\)\s+Partiellement atteint/, 'its status in words');
  t.match(text, /Direction générale Office des Étrangers\s+3/, 'the late entity by name, with the updates it owes');
  t.notMatch(text, 'Retard de livraison du logiciel', 'no comment travels in the document');
  t.ok((await get(`/reports/${year}/report.pdf`, member)).rawPayload.equals(pdf.rawPayload), 'downloaded again: the same bytes');
  const german = await get(`/reports/${year}/DGSP/report.pdf`, `${member}; jalon_lang=de`);
  t.equal(german.headers['content-disposition'], `attachment; filename="jahresbericht-${year}-DGSP.pdf"`);
  const germanText = await downloadedText(german.rawPayload, 'entity-de.pdf');
  t.match(germanText, 'Zusammenfassung', 'a German reader gets German headings');
  t.match(germanText, /Ergebnis \(Status\)\s+Teilweise erreicht/);
  t.notMatch(germanText, 'Réduire le délai de traitement des visas.', 'only the entity\'s objectives');
  t.equal((await get(`/reports/${year}/report.pdf`)).statusCode, 303, 'signed out: sent to sign in, no document');
  t.equal((await get(`/reports/${year}/NOBODY/report.pdf`, member)).statusCode, 404, 'an entity the organisation does not have: no document');
  t.equal((await get('/reports/2001/report.pdf', member)).statusCode, 404, 'a year without a plan: no document');
}

/** The plan, dashboard and report pages in Chromium in fr/nl/de: answered, accessible (axe), photographed, and the report printed. */
async function pagesInChromium(t: Test, w: Awaited<ReturnType<typeof cycleWorld>>, president: string, planId: string, year: number): Promise<void> {
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
}
