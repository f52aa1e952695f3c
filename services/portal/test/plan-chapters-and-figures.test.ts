import type { PlanFigures } from '@jalon/contracts';
import * as XLSX from '@e965/xlsx';
import t from 'tap';
import { figuresSection } from '../src/web/plan-viewer/figures-section.js';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';

/* The plan page's staff (7.1) and budget (7.2) tables: readable by screen readers, numbers in the reader's locale. */

const figures: PlanFigures = {
  staff: {
    unit: 'FTE',
    years: [{ year: 2022, label: '2022' }, { year: 2023, label: '2023' }],
    footnote: 'au sens des arrêtés royaux du 29 octobre 2001 et du 2 octobre 2002',
    rows: [
      { position: 1, label: 'Office des étrangers', kind: 'line', entityCode: 'OE', values: [
        { year: 2022, mandateHolders: '1', statutory: '1008.11', contractual: '210.95', total: '1220.06' },
        { year: 2023, mandateHolders: '1', statutory: '1008.11', contractual: '210.95', total: '1220.06' },
      ] },
      { position: 2, label: 'Total', kind: 'total', entityCode: null, values: [
        { year: 2022, mandateHolders: '9', statutory: '4946.05', contractual: '964.92', total: '5919.97' },
        { year: 2023, mandateHolders: '9', statutory: '4980.05', contractual: '964.92', total: '5953.97' },
      ] },
    ],
  },
  budget: [{
    code: 'TAB1', title: 'SPF Intérieur - Budget global', scopeNote: null, unit: 'kEUR',
    years: [{ year: 2022, label: '2022\u00a0INI' }],
    rows: [{ position: 1, label: 'Allocations\u00a0et\u00a0transferts', kind: 'line', entityCode: null, envelope: null, note: null, amounts: [{ year: 2022, ce: 326515, cl: 321881 }] }],
  }],
};

const ids = (page: string) => new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));

t.test('the tables: caption, scoped headers, every cell tied to its row, year and measure', async (t) => {
  const page = figuresSection(figures, 'fr').toString();
  t.equal((page.match(/<table[ >]/g) ?? []).length, 2, 'staff and one budget table');
  t.equal((page.match(/<table[^>]*>\s*<caption>/g) ?? []).length, 2, 'each with its caption');
  t.match(page, '<caption>Effectifs par direction ou service et par année, en équivalents temps plein (ETP)</caption>');
  const headers = [...page.matchAll(/<th ([^>]*)>/g)].map((m) => m[1] ?? '');
  t.ok(headers.length > 0 && headers.every((h) => /scope="(col|colgroup|row)"/.test(h)), 'every header cell has its scope');
  const known = ids(page);
  const cells = [...page.matchAll(/<td class="number" headers="([^"]+)">/g)].map((m) => (m[1] ?? '').split(' '));
  t.equal(cells.length, 2 * 2 * 4 + 1 * 2, 'one cell per row, year and measure');
  t.ok(cells.every((h) => h.length === 3 && h.every((id) => known.has(id))), 'each cell names three headers that exist');
  t.match(page, /<th scope="row" id="fig-staff-r1"[^>]*><span>Office des étrangers<\/span><\/th>/, 'the row header is the plan\'s label');
  t.match(page, 'Allocations\u00a0<wbr>et\u00a0<wbr>transferts', 'the source\'s no-break spaces are kept, with a place to wrap');
  t.match(page, 'Mandataires\u00a0: <span>au sens des arrêtés royaux');
});

t.test('numbers in the reader\'s locale, from their exact decimals; texts in French, Dutch and German', async (t) => {
  const fr = figuresSection(figures, 'fr').toString();
  t.match(fr, '>1\u202f008,11<', 'French: narrow no-break space for thousands, decimal comma');
  t.match(fr, '>326\u202f515<');
  t.match(fr, '<th scope="col" id="fig-staff-2022-statutory" headers="fig-staff-2022">Statutaires</th>');
  const nl = figuresSection(figures, 'nl').toString();
  t.match(nl, '>1.008,11<', 'Dutch (Belgium): point for thousands');
  t.match(nl, '<h2 id="staff-heading">Personeel (7.1)</h2>');
  t.match(nl, 'Vastleggingskredieten');
  t.match(nl, '<span lang="fr">Office des étrangers</span>', 'the plan\'s French labels are marked as French on a Dutch page');
  const de = figuresSection(figures, 'de' as unknown as 'fr').toString();
  t.match(de, '>4.946,05<');
  t.match(de, '<h2 id="budget-heading">Finanzrahmen (7.2)</h2>');
  t.match(de, 'in Vollzeitäquivalenten (VZÄ)');
  t.equal(figuresSection(undefined, 'fr').toString(), '', 'no figures read: no section');
  t.match(figuresSection({ staff: null, budget: [] }, 'fr').toString(), 'Ce plan ne contient pas de tableau du personnel.');
});

t.test('the plan page shows the reference plan\'s figures as the plans service serves them', async (t) => {
  const w = await cycleWorld(t, { strategicPlanSigned: false });
  const cookie = await signInByEmail(w, w.people.president.email);
  const page = await w.portal.pages.inject({ url: `/plans/strategic/${w.plans.planId}`, headers: { cookie } });
  t.equal(page.statusCode, 200);
  t.match(page.body, '<h2 id="staff-heading">Personnel (7.1)</h2>');
  t.match(page.body, /<th scope="row" id="fig-staff-r12"[^>]*><span>Office des étrangers<\/span><\/th><td class="number"[^>]*>1<\/td><td class="number"[^>]*>1\u202f008,11<\/td><td class="number"[^>]*>210,95<\/td><td class="number"[^>]*>1\u202f220,06<\/td>/,
    'the Immigration Office\'s row of 7.1, read in French');
  t.match(page.body, /Personnel<\/span><\/th><td class="number"[^>]*>250\u202f896<\/td><td class="number"[^>]*>250\u202f664<\/td>/, 'TAB 1: "Personnel 250.896 250.664 …"');
  t.match(page.body, '<caption>SPF Intérieur - Budget global (TAB1), en milliers d’euros</caption>');
  // Chapters 2 to 5 come first, as in the plan; the communication plan (7.3) follows the figures.
  t.match(page.body, '<h2 id="chapter-2-heading">Chapitre 2 – <span>Notre mission</span></h2>');
  t.match(page.body, '<h2 id="chapter-5-heading">Chapitre 5 – <span>Notre culture et nos valeurs</span></h2>');
  t.match(page.body, '<p>Les\u00a0<wbr>5.648\u00a0<wbr>collaborateurs1', 'the mission\'s text, paragraph by paragraph');
  t.ok(page.body.indexOf('chapter-5-heading') < page.body.indexOf('priorities-heading'), 'before the priorities');
  t.ok(page.body.indexOf('budget-heading') < page.body.indexOf('communication-heading'), 'the communication plan after the figures');
  t.match(page.body, /<tr><th scope="row"><span>Membres\u00a0<wbr>du\u00a0<wbr>personnel<\/span><\/th>\s*<td>Après la signature<\/td>/, 'who is told, and when');

  // The plan and its figures as files a spreadsheet opens (issue 16, part 6).
  const base = `/plans/strategic/${w.plans.planId}`;
  t.match(page.body, `<a href="${base}/export.ods" download>Tableur OpenDocument (ODS)</a>`, 'the page offers the spreadsheet');
  const ods = await w.portal.pages.inject({ url: `${base}/export.ods`, headers: { cookie } });
  t.equal(ods.headers['content-type'], 'application/vnd.oasis.opendocument.spreadsheet');
  t.equal(ods.headers['content-disposition'], 'attachment; filename="plan-strategique-2022-2024.ods"');
  const book = XLSX.read(ods.rawPayload, { type: 'buffer' });
  t.same(book.SheetNames, ['Objectifs', 'Personnel (7.1)', 'Budget (7.2)'], 'one sheet per table, named in French');
  const staff = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Personnel (7.1)']!);
  t.match(staff.find((r) => r['Direction ou service'] === 'Office des étrangers' && r['Année'] === 2022), { Statutaires: 1008.11, Contractuels: 210.95, Total: 1220.06 },
    'the Immigration Office\'s 2022 staff, as numbers a spreadsheet sums');
  const objectives = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Objectifs']!);
  t.equal(objectives.length, 22, 'the 22 strategic objectives');
  t.match(objectives.find((r) => r['Numéro'] === 20), { 'Entités porteuses': 'Direction générale Office des Étrangers' }, 'owners by name');
  const csv = await w.portal.pages.inject({ url: `${base}/export.csv?sheet=budget`, headers: { cookie } });
  t.equal(csv.headers['content-disposition'], 'attachment; filename="plan-strategique-2022-2024-budget-7-2.csv"');
  t.match(csv.body, /^\uFEFFTableau;Poste;Enveloppe;Année;Colonne du plan;Crédits d’engagement;Crédits de liquidation;Note\r\n/, 'UTF-8 with its mark, ";" between fields');
  t.match(csv.body, /\r\nTAB1 – SPF Intérieur - Budget global;Personnel;;2022;[^;]+;250896;250664;/, 'TAB 1\'s "Personnel" line, as the plan gives it');
  const staffCsv = await w.portal.pages.inject({ url: `${base}/export.csv?sheet=staff`, headers: { cookie } });
  t.match(staffCsv.body, /\r\nOffice des étrangers;2022;[^;]+;1;1008,11;210,95;1220,06\r\n/, 'decimals with a comma, as Belgian spreadsheets read them');
  const outsider = await signInByEmail(w, w.people.outsider.email);
  t.equal((await w.portal.pages.inject({ url: `${base}/export.ods`, headers: { cookie: outsider } })).statusCode, 200, 'a member of the organisation without a role reads it too, as the plan page');
  t.equal((await w.portal.pages.inject({ url: `/plans/strategic/00000000-0000-4000-8000-000000000000/export.ods`, headers: { cookie } })).statusCode, 404, 'an unknown plan: not found');
  t.equal((await w.portal.pages.inject({ url: `${base}/export.ods` })).statusCode, 303, 'signed out: to the sign-in page');
});

t.test('the communication plan in French, Dutch and German', async (t) => {
  const { communicationSection } = await import('../src/web/plan-viewer/chapters-section.js');
  const items = [{ code: 'staff-main', audience: 'internal', targetGroup: 'Membres du personnel', timing: 'date_to_be_set', message: 'Message principal\nTriptyque', channels: ['email', 'meeting'], material: 'E-mail' }];
  const fr = communicationSection(items, 'fr').toString();
  t.match(fr, '<caption id="communication-caption">Communication du lancement du plan stratégique, par public cible</caption>');
  t.match(fr, '<td>Date à fixer</td>');
  t.match(fr, '<td>E-mail, Réunion</td>');
  t.match(fr, 'Message principal<br>Triptyque', 'the message\'s lines kept');
  const nl = communicationSection(items, 'nl').toString();
  t.match(nl, '<th scope="col">Doelgroep</th>');
  t.match(nl, '<td>Datum nog vast te leggen</td>');
  t.match(nl, '<span lang="fr">Membres du personnel</span>');
  const de = communicationSection(items, 'de' as unknown as 'fr').toString();
  t.match(de, '<h2 id="communication-heading">Kommunikationsplan (7.3)</h2>');
  t.match(de, '<td>E-Mail, Versammlung</td>');
  t.match(communicationSection([], 'nl').toString(), 'Dit plan voorziet geen communicatieplan.');
});
