import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import t from 'tap';
import { PAGE_LANGUAGES } from '../../src/ui/page-language.js';
import { toCsv } from '../../src/web/insight/csv.js';
import { exportSheets } from '../../src/web/insight/export-table.js';
import { insightCopy } from '../../src/web/insight/insight-catalogue.js';
import { lateUpdatesChart, statusPerPriorityChart, indicatorTrendCharts } from '../../src/web/insight/progress-charts.js';
import { forEntity, lateUpdatesPerEntity, numericValue, statusPerPriority } from '../../src/web/insight/progress-figures.js';
import { progressSection } from '../../src/web/insight/progress-section.js';
import { ODS_MEDIA_TYPE, toOds } from '../../src/web/insight/ods.js';
import { reportContent } from '../../src/web/insight/report-page.js';
import { groupedOverview } from '../../src/web/insight/insight-data.js';
import { insightNames } from '../../src/web/insight/insight-names.js';
import { entities, namesIn, overview, plan, strategic, YEAR } from '../../test-support/progress-overview.js';

/*
 * What the President's office, the committee and the entities read from a plan's progress: the
 * figures behind the charts, the charts themselves (readable without colour and by screen
 * readers, the same every time), the year-end report, and the files they download.
 */

t.test('status per priority: each objective counted once, at its latest update, in priority order', async (t) => {
  const rows = statusPerPriority(overview);
  t.same(rows.map((r) => r.priority), [1, 3, 5, null], 'priorities in number order, objectives without one last');
  // 1.1 was corrected at the same checkpoint (revision 2: at risk); 2.1 is done
  t.same(rows[0]!.counts, { done: 1, on_track: 0, at_risk: 1, late: 0, dropped: 0, none: 0 });
  t.same(rows[2]!.counts, { done: 0, on_track: 0, at_risk: 0, late: 0, dropped: 1, none: 1 }, 'an objective never updated shows as such');
});

t.test('late updates per entity: the entity that owes the most first', async (t) => {
  t.same(lateUpdatesPerEntity(overview)[0], { entityCode: 'OE', missing: 3, objectives: 2 });
  t.same(lateUpdatesPerEntity(overview).slice(1).map((r) => r.missing), [0, 0, 0]);
});

t.test('indicator values read as numbers the way Belgians write them', async (t) => {
  t.equal(numericValue('61,5 %'), 61.5);
  t.equal(numericValue('1 200'), 1200);
  t.equal(numericValue('1.234,5'), 1234.5);
  t.equal(numericValue('12.5'), 12.5);
  t.equal(numericValue('-3'), -3);
  t.equal(numericValue('Marché attribué'), undefined);
  t.equal(numericValue('2027-03-31'), undefined, 'a date draws no trend');
});

t.test('charts: accessible SVG, patterns besides colours, names not codes, the same bytes every time', async (t) => {
  const names = namesIn('fr');
  const status = String(await statusPerPriorityChart(overview, names, 'x'));
  t.equal(status, String(await statusPerPriorityChart(overview, names, 'x')), 'deterministic');
  t.match(status, /<svg [^>]*role="img" aria-labelledby="x-status-title x-status-desc"/);
  t.match(status, '<title id="x-status-title">Statut des objectifs par priorité stratégique</title>');
  t.match(status, 'Priorité 1: Réalisé 1, À risque 1 ; Priorité 3: En retard 1 ; Priorité 5: Abandonné 1, Pas de mise à jour 1', 'the figures in the description');
  t.match(status, /<pattern id="x-status-pattern-3"[^]*?<path d="M0,0 l8,8/, 'late is crossed');
  t.match(status, 'fill="url(#x-status-pattern-0)"', 'bars and legend filled with the patterns');
  t.notMatch(status, /style="/, 'no inline style: the pages\' policy would block it');
  t.notMatch(status, /<script/);
  t.match(status, /<table class="chart-data">[^]*<th scope="row">Priorité 1 — Priorité stratégique numéro 1<\/th><td class="number">1<\/td>/, 'the figures in a table beside the chart');

  const late = String(await lateUpdatesChart(overview, names, 'x'));
  t.match(late, 'Office des Étrangers: 3', 'the late entity by name');
  t.notMatch(late.replace(/<table[^]*$/, ''), />OE</, 'never its code in the chart');
  const lateNl = String(await lateUpdatesChart(overview, namesIn('nl'), 'x'));
  t.match(lateNl, 'Dienst Vreemdelingenzaken: 3');

  const trends = String(await indicatorTrendCharts(overview, names, 'x'));
  t.match(trends, 'Valeurs de l’indicateur de l’objectif 1.1 aux points de suivi : 31 mars', 'a numeric indicator draws its trend');
  t.match(trends, '63,5 %', 'the corrected value, as written');
  t.match(trends, 'x-trend-6_1', 'objective 6.1 too');
  t.notMatch(trends, 'x-trend-2_1', 'words draw no trend');
  t.notMatch(trends, 'x-trend-12_1', 'one numeric value is no trend');
});

t.test('the progress section in French, Dutch and German', async (t) => {
  for (const language of PAGE_LANGUAGES) {
    const section = String(await progressSection(overview, YEAR, namesIn(language), { idPrefix: 'p' }));
    const copy = insightCopy[language];
    t.match(section, copy.progressOf(YEAR), `${language}: heading`);
    t.match(section, copy.status.dropped, `${language}: statuses in the reader's language`);
    t.notMatch(section, /<td>(DGSP|DGSC|OE|PO)<\/td>/, `${language}: entities by name`);
    t.notMatch(section, /5f0c6c1e/, `${language}: who recorded an update is never shown as an id`);
    if (language !== 'fr') t.match(section, /<td lang="fr">Objectif 1\.1<\/td>/, `${language}: the plan's French text marked as such`);
  }
  t.match(String(await progressSection(undefined, YEAR, namesIn('nl'), { idPrefix: 'p' })), insightCopy.nl.noProgress, 'no progress yet: said so');
});

t.test('the year-end report of an entity holds only its objectives, results and progress', async (t) => {
  const page = String(await reportContent(forEntity(overview, 'PO'), namesIn('de'), { year: YEAR, entityCode: 'PO', basePath: `/reports/${YEAR}/PO` }));
  t.match(page, `<h1>Jahresbericht ${YEAR}: Direction d’encadrement P&amp;O</h1>`, 'an entity without a German name: its French one');
  t.match(page, 'Teilweise erreicht');
  t.match(page, 'Deux formations reportées');
  t.notMatch(page, 'Objectif 1.1');
  t.match(page, `href="/reports/${YEAR}/PO/export.ods"`);
  const whole = String(await reportContent(overview, namesIn('fr'), { year: YEAR, basePath: `/reports/${YEAR}` }));
  t.match(whole, `<a href="/reports/${YEAR}/OE">Office des Étrangers</a>`, 'the organisation\'s report links each entity\'s');
  t.match(whole, /<th scope="row">20\.1<\/th><td><strong class="badge badge-progress-none">Pas de mise à jour<\/strong><\/td>/, 'a missing update is visible');
});

t.test('CSV: UTF-8 with BOM, semicolons, quoted where needed, formulas defused, no e-mail', async (t) => {
  const [, progress, results] = exportSheets(plan, overview, namesIn('fr'));
  const csv = toCsv(progress!);
  t.ok(csv.startsWith('\uFEFFCode;Entité responsable;Point de suivi;Valeur de l’indicateur;Statut;Commentaire;Motif de l’abandon\r\n'), 'BOM and headings');
  t.match(csv, `12.1;Direction générale Sécurité civile;${YEAR}-06-30;'=1+1;En retard;"Personnel insuffisant; ""urgent""";\r\n`, 'a formula is kept a text; a field with ; and " is quoted');
  t.match(csv, `20.1;Office des Étrangers;${YEAR}-03-31;;Pas de mise à jour;;\r\n`, 'a missing update is a row');
  t.match(csv, `1.1;Direction générale Sécurité et Prévention;${YEAR}-06-30;63,5 %;À risque;`, 'the latest revision at a checkpoint');
  t.notMatch(csv, /@/, 'no e-mail address');
  t.match(toCsv(results!), `6.1;Objectif 6.1;Direction d’encadrement P&O;cible;7;Partiellement atteint;Deux formations reportées\r\n`);
});

t.test('ODS: a valid OpenDocument package that reads back, the same bytes every time', async (t) => {
  const sheets = exportSheets(plan, overview, namesIn('nl'));
  const bytes = toOds(sheets);
  t.same(Buffer.from(toOds(sheets)), Buffer.from(bytes), 'deterministic');
  // ODF 1.2 part 3, §3.3: "mimetype" first, stored (not compressed), holding the media type.
  const head = Buffer.from(bytes);
  t.equal(head.readUInt32LE(0), 0x04034b50, 'a ZIP package');
  t.equal(head.readUInt16LE(8), 0, 'mimetype stored');
  t.equal(head.subarray(30, 30 + head.readUInt16LE(26)).toString(), 'mimetype', 'mimetype first');
  t.equal(head.subarray(38, 38 + ODS_MEDIA_TYPE.length).toString(), ODS_MEDIA_TYPE);
  const parts = unzipSync(bytes);
  t.match(strFromU8(parts['META-INF/manifest.xml']!), 'manifest:full-path="content.xml"');

  const book = XLSX.read(bytes, { type: 'array' });
  t.same(book.SheetNames, ['Plan', 'Voortgang', 'Resultaten']);
  const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Resultaten']!, { header: 1, defval: '' });
  t.same(rows[0], ['Code', 'Operationele doelstelling', 'Verantwoordelijke entiteit', 'Streefwaarde', 'Resultaat (waarde)', 'Resultaat (status)', 'Toelichting']);
  t.same(rows.find((r) => r[0] === '6.1'), ['6.1', 'Objectif 6.1', 'Stafdienst P&O', 'cible', '7', 'Gedeeltelijk bereikt', 'Deux formations reportées']);
  const progress = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Voortgang']!, { header: 1, defval: '' });
  t.ok(progress.some((r) => r[0] === '12.1' && r[3] === '=1+1'), 'in a spreadsheet a text stays a text');
  const planRows = XLSX.utils.sheet_to_json<Array<string | number>>(book.Sheets['Plan']!, { header: 1, defval: '' });
  t.same(planRows.find((r) => r[0] === '20.1')?.slice(0, 5), ['20.1', 'Prioriteit 5 — Priorité stratégique numéro 5', 20, 'Objectif 20.1', 'Dienst Vreemdelingenzaken']);
});

t.test('a plan that links no objective to a priority: the status chart groups by the strategic objective each objective serves', async (t) => {
  const unlinked = { ...overview, objectives: overview.objectives.map((o) => ({ ...o, priorityNumber: null })) };
  const grouped = groupedOverview(unlinked);
  t.equal(grouped.grouping, 'strategic_objective');
  t.same(groupedOverview(overview).grouping, 'priority', 'a plan that links them keeps its priorities');
  const names = insightNames('fr', entities, { ...strategic, objectives: [{ number: 1, title: 'Un service moderne' }] }, grouped.grouping);
  const chart = String(await statusPerPriorityChart(grouped.overview!, names, 'x'));
  t.match(chart, '<title id="x-status-title">Statut des objectifs opérationnels par objectif stratégique</title>');
  t.match(chart, /<th scope="row"[^>]*>Objectif stratégique 1 — Un service moderne<\/th>/, 'each row names the strategic objective');
  t.notMatch(chart, 'Sans priorité', 'never one bar of objectives "without priority"');
  const nl = insightNames('nl', entities, strategic, grouped.grouping);
  t.match(String(await statusPerPriorityChart(grouped.overview!, nl, 'x')), 'Status van de operationele doelstellingen per strategische doelstelling');
  const planSheet = exportSheets(plan, grouped.overview, names)[0]!;
  t.ok(planSheet.rows.every((row) => row[1] === ''), 'the export\'s priority column stays empty: the plan links none');
});
