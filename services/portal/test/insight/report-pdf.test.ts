import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pdfText } from '@jalon/testkit';
import t from 'tap';
import { reportAsOf, reportPdf } from '../../src/web/insight/report-pdf/report-pdf.js';
import { forEntity } from '../../src/web/insight/progress-figures.js';
import { namesIn, overview, YEAR } from '../../test-support/progress-overview.js';

/*
 * The year-end report as the document the committee and the mandate holders' evaluation read:
 * its words (extracted with poppler's pdftotext, as a reader's copy-paste would give them), its
 * language, its bytes (the same data gives the same file), and its first page as an image in
 * test-results/report-pdf/ for a person to look at.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const out = path.join(root, 'test-results/report-pdf');
const run = promisify(execFile);

const textOf = (pdf: Buffer, name: string) => pdfText(pdf, path.join(out, `${name}.pdf`));

t.test('the organisation\'s report in French: title, summary, each objective\'s result and progress, no personal data', async (t) => {
  const pdf = await reportPdf({ overview, names: namesIn('fr'), organisationName: 'SPF Intérieur', year: YEAR });
  t.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  t.ok(pdf.toString('latin1').includes('/Lang (fr-BE)'), 'the document\'s language is set, so screen readers read it in French');
  const text = await textOf(pdf, 'organisation-fr');
  const { stdout: info } = await run('pdfinfo', ['-isodates', path.join(out, 'organisation-fr.pdf')]);
  t.match(info, /^Title:\s+Rapport annuel \d{4}$/m, 'its title in the metadata');
  t.match(info, new RegExp(`^CreationDate:\\s+${YEAR}-12-31T10:00:00Z$`, 'm'), 'dated by the latest figure recorded (the 6.1 result), not by the clock');
  t.match(text, 'SPF Intérieur');
  t.match(text, `Rapport annuel ${YEAR}`);
  t.match(text, `Situation au 31 décembre ${YEAR}`, 'the moment its figures stand at');
  t.match(text, /6\.1 — Objectif 6\.1/, 'an objective by its code and title');
  t.match(text, /Résultat \(valeur\)\s+7\n/, 'its year-end value');
  t.match(text, /Résultat \(statut\)\s+Partiellement atteint/, 'its year-end status in words');
  t.match(text, 'Deux formations reportées', 'its explanation');
  t.match(text, /Priorité 1 — Priorité stratégique numéro 1[^]*1\.1 — Objectif 1\.1[^]*Priorité 3/, 'objectives under their strategic priority, in order');
  t.match(text, /30 juin \d{4}\s+63,5 %\s+À risque/, 'a checkpoint\'s latest value and status');
  t.match(text, /30 juin \d{4}\s+—\s+Pas de mise à jour/, 'a missing update is visible');
  t.match(text, /Office des Étrangers\s+3\s+2/, 'late updates per entity, by name');
  t.match(text, /Partiellement atteint\s+1\n/, 'the year-end counts');
  t.notMatch(text, '5f0c6c1e', 'who recorded an update is not in the document (the page does not show it either)');
  t.notMatch(text, 'Retard de livraison', 'nor the comments, which the report page does not show');
  t.notMatch(text, /\bDGSP\b|\bOE\b/, 'entities by name, never by code');

  const again = await reportPdf({ overview, names: namesIn('fr'), organisationName: 'SPF Intérieur', year: YEAR });
  t.ok(again.equals(pdf), 'rendered again from the same data: the same bytes');
  const later = structuredClone(overview);
  later.objectives[0]!.updates.push({ ...later.objectives[0]!.updates[0]!, checkpoint: `${YEAR}-09-30`, indicatorValue: '70 %', recordedAt: `${YEAR + 1}-01-05T09:00:00Z`, revision: 3 });
  t.not(reportAsOf(later), reportAsOf(overview), 'a new figure moves the report\'s date');

  // Page 1 as an image, for a person to look at (and the summary's tables to be seen laid out).
  await run('pdftoppm', ['-r', '80', '-f', '1', '-l', '1', '-png', '-singlefile', path.join(out, 'organisation-fr.pdf'), path.join(out, 'organisation-fr-page-1')]);
  const png = await readFile(path.join(out, 'organisation-fr-page-1.png'));
  t.equal(png.subarray(1, 4).toString('latin1'), 'PNG', 'page 1 rendered to test-results/report-pdf/organisation-fr-page-1.png');
});

t.test('an entity\'s report in German: German headings, only its objectives', async (t) => {
  const pdf = await reportPdf({ overview: forEntity(overview, 'PO'), names: namesIn('de'), organisationName: 'FÖD Inneres', year: YEAR, entityCode: 'PO' });
  t.ok(pdf.toString('latin1').includes('/Lang (de-BE)'));
  const text = await textOf(pdf, 'entity-de');
  t.match(text, `Jahresbericht ${YEAR}: Direction d’encadrement P&O`, 'the entity by its name (its French one: it has no German name)');
  t.match(text, `Operativer Plan ${YEAR}`);
  t.match(text, 'Zusammenfassung');
  t.match(text, /Ergebnis \(Status\)\s+Teilweise erreicht/, 'the status word in German');
  t.match(text, 'Stichtag');
  t.notMatch(text, /Résultat|Synthèse|Point de suivi/, 'no French heading');
  t.notMatch(text, 'Objectif 1.1', 'no other entity\'s objective');
  await run('pdftoppm', ['-r', '80', '-f', '1', '-l', '1', '-png', '-singlefile', path.join(out, 'entity-de.pdf'), path.join(out, 'entity-de-page-1')]);
});

t.test('a report with nothing recorded yet says so, dated the start of its year', async (t) => {
  const empty = { ...overview, checkpoints: [], objectives: [] };
  t.equal(reportAsOf(empty), `${YEAR}-01-01T00:00:00.000Z`);
  const text = await textOf(await reportPdf({ overview: empty, names: namesIn('nl'), organisationName: 'FOD Binnenlandse Zaken', year: YEAR }), 'empty-nl');
  t.match(text, `Jaarverslag ${YEAR}`);
  t.match(text, 'Voor dit plan is nog geen voortgang geregistreerd.');
});
