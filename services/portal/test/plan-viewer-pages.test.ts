import type { LocalizedText, OperationalPlan, StrategicPlan, VersionComparison } from '@jalon/contracts';
import t from 'tap';
import reference from '@jalon/plans/reference-plan.json' with { type: 'json' };
import { escapeHtml, type Html } from '../src/ui/html.js';
import {
  decisionsSection, operationalPlanView, strategicPlanView, versionComparisonView, versionHistorySection,
  type DecisionRecord, type PlanVersionSummary,
} from '../src/web/plan-viewer/index.js';
import { breakable } from '../src/web/plan-viewer/markup.js';

/** A plan text as the page shows it: escaped, its no-break spaces kept, each followed by a place to wrap. */
const planText = (text: string) => breakable(text).toString();

/* The plan viewer's render functions, fed with the reference plan of the SPF Interior: pure HTML, no server. */

/** The part of the reference file these pages need; the JSON's inferred types are too narrow to map over. */
interface ReferenceData {
  authorities: Array<{ code: string; signs: boolean; title: LocalizedText; scope: { objectiveNumbers: number[] } }>;
  strategicPlan: { period: { from: number; to: number }; title: LocalizedText };
  priorities: Array<{ number: number; title: string; text: string }>;
  objectives: Array<{
    number: number; title: string; text: string; category: 'governance' | 'core_mission';
    domain: StrategicPlan['objectives'][number]['domain']; ownerEntityCodes: string[];
    ambitions: Array<{ text: string; ownerTags: string[]; ownerEntityCodes: string[] }>;
  }>;
  riskDomains: Array<{ number: number; title: string; weaknesses?: string[]; threats?: string[]; objectiveNumbers: number[] }>;
}
const data = reference as unknown as ReferenceData;

const sha = (seed: string) => seed.repeat(64).slice(0, 64);
const versions: PlanVersionSummary[] = [
  { number: 1, sha256: sha('1a2b3c4d'), createdBy: 'laura.szabo@ibz.fgov.be', createdAt: '2022-01-20T09:00:00Z' },
  // 16:15 UTC is 17:15 in Brussels in November (CET, UTC+1)
  { number: 2, sha256: sha('9f8e7d6c'), createdBy: 'laura.szabo@ibz.fgov.be', createdAt: '2026-11-26T16:15:00Z' },
];
const basePath = '/strategic-plans/3f0c6a57-8f1e-4a55-9b57-2b0a0d2f0c11/versions';
const authorityNames = Object.fromEntries(data.authorities.map((a) => [a.code, a.title]));

function strategicPlan(overrides: Partial<StrategicPlan> = {}): StrategicPlan {
  return {
    id: '3f0c6a57-8f1e-4a55-9b57-2b0a0d2f0c11',
    organisationCode: 'spf-interieur',
    code: 'PS-2022-2024',
    period: data.strategicPlan.period,
    title: data.strategicPlan.title,
    status: 'signed',
    signedAt: '2022-03-15T10:30:00Z',
    signedBy: 'Annelies Verlinden',
    signedVersion: 2,
    supersedesId: null,
    revision: 7,
    updatedAt: '2022-03-15T10:30:00Z',
    priorities: data.priorities.map(({ number, title, text }) => ({ number, title, text })),
    objectives: data.objectives.map((o) => ({
      number: o.number, title: o.title, text: o.text, category: o.category, domain: o.domain, ownerEntityCodes: o.ownerEntityCodes,
      reviewedBy: data.authorities.filter((a) => !a.signs && a.scope.objectiveNumbers.includes(o.number)).map((a) => a.code),
      ambitions: o.ambitions.map((a, i) => ({ position: i + 1, text: a.text, ownerTags: a.ownerTags, ownerEntityCodes: a.ownerEntityCodes })),
      revision: 1,
    })),
    riskDomains: data.riskDomains.map((r) => ({ number: r.number, title: r.title, weaknesses: r.weaknesses ?? [], threats: r.threats ?? [], objectiveNumbers: r.objectiveNumbers })),
    addenda: [{ number: 1, title: 'Objectifs transversaux coordonnés par le SPF BOSA', text: 'Texte de l’addendum.', adoptedOn: '2023-06-30' }],
    communicationPlan: [],
    ...overrides,
  };
}

const decisions: DecisionRecord[] = [
  {
    step: 'committee', stepName: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
    version: 1, sha256: sha('1a2b3c4d'), decidedAt: '2022-01-25T08:00:00Z', personName: 'Chef DGSP',
    items: [{ item: 'plan', outcome: 'request_changes', comment: 'Préciser l’objectif 13.' }],
  },
  {
    step: 'state-secretary', stepName: { fr: 'Examen par le secrétaire d’État', nl: 'Beoordeling door de staatssecretaris' },
    version: 2, sha256: sha('9f8e7d6c'), decidedAt: '2022-02-10T14:45:00Z', personName: 'Sammy Mahdi',
    items: [{ item: '20', outcome: 'approve' }, { item: '21', outcome: 'approve' }],
  },
];

function operationalPlan(overrides: Partial<OperationalPlan> = {}): OperationalPlan {
  return {
    id: '5d1f1a3e-2c44-4a0b-8f0e-9b1f0e6c2d77',
    organisationCode: 'spf-interieur',
    strategicPlanId: '3f0c6a57-8f1e-4a55-9b57-2b0a0d2f0c11',
    year: 2027,
    status: 'drafting',
    budgetAdoptedOn: '2026-12-18',
    dueDate: '2027-01-18',
    awaitingBudgetAdoption: false,
    inForce: { from: '2027-01-01', to: '2027-12-31' },
    transmittedAt: null,
    transmittedVersion: null,
    revision: 4,
    objectives: [
      {
        code: 'OE-2027-03', strategicObjectiveNumber: 21, statement: 'Réduire le délai de traitement des demandes de séjour',
        indicator: 'Délai médian en jours', target: '90 jours', ownerEntityCode: 'OE', means: '12 ETP, budget enveloppe 2',
        deadline: '2027-12-31', revision: 1, result: null, previousResult: '110 jours en 2026', carriedFrom: { year: 2026, code: 'OE-2026-07' },
      },
      {
        code: 'DGIAC-2027-01', strategicObjectiveNumber: 19, statement: 'Préparer les élections communales', indicator: 'Jalons du calendrier tenus',
        target: '100\u00a0%', ownerEntityCode: 'DGIAC', means: 'Équipe élections', deadline: '2027-06-30', revision: 2, result: 'Tous les jalons tenus',
        previousResult: null, carriedFrom: null,
      },
    ],
    projects: [{
      id: '8c3b2a10-0d4e-4f6a-9a1b-3c2d1e0f9a8b', title: 'Guichet numérique des cartes d’identité', ownerEntityCode: 'DGIAC', status: 'withdrawn',
      deadline: null, objectiveCode: null, revision: 2,
      history: [
        { action: 'withdraw', requestedByParty: 'minister_cell', requestedBy: 'cellule.strategique@verlinden.belgium.be', reason: 'Reporté à 2028 faute de budget', requestedOn: '2027-03-01', recordedAt: '2027-03-02T10:00:00Z' },
        { action: 'add', requestedByParty: 'spf', requestedBy: 'laura.szabo@ibz.fgov.be', reason: 'Demande de la DGIAC', requestedOn: '2027-01-10', recordedAt: '2027-01-11T09:30:00Z' },
      ],
    }],
    ...overrides,
  };
}

const awaitingBudget = (): OperationalPlan => operationalPlan({ budgetAdoptedOn: null, dueDate: null, awaitingBudgetAdoption: true });

const render = (h: Html) => h.value;
const objectiveBlocks = (page: string) => new Map([...page.matchAll(/<details class="objective" id="objective-(\d+)">([\s\S]*?)<\/details>/g)].map((m) => [Number(m[1]), m[2]!]));
const count = (page: string, pattern: RegExp) => page.match(pattern)?.length ?? 0;

t.test('the 22 objectives appear, grouped as in the plan, each with its owners, reviewers and ambition owners', async (t) => {
  const page = render(strategicPlanView(strategicPlan(), versions, decisions, 'fr', { basePath, authorityNames }));
  const blocks = objectiveBlocks(page);
  t.same([...blocks.keys()], Array.from({ length: 22 }, (_, i) => i + 1), 'objectives 1 to 22, in order');
  t.match(page, '<h2 id="objectives-heading">Objectifs stratégiques (22)</h2>');
  for (const o of data.objectives) {
    const block = blocks.get(o.number) ?? '';
    const owners = o.ownerEntityCodes.map((c) => (c === 'ALL' ? 'toutes les entités' : c)).join(', ');
    t.ok(block.includes(planText(o.title)), `objective ${o.number} has its title`);
    t.ok(block.includes(`Entités porteuses\u00a0: ${owners}</span>`), `objective ${o.number} names its owners (${owners})`);
    for (const a of o.ambitions) t.ok(block.includes(`<span>${escapeHtml(a.ownerTags.join(', '))}</span>`), `objective ${o.number}: ambition owners ${a.ownerTags.join(', ')}`);
  }
  const stateSecretary = 'Secrétaire d’État à l’Asile et la Migration';
  for (const n of [20, 21, 22]) t.ok(blocks.get(n)!.includes(stateSecretary), `objective ${n} is reviewed by the State Secretary`);
  t.notOk(blocks.get(12)!.includes(stateSecretary), 'objective 12 is not');
  t.ok(blocks.get(12)!.includes('aucune autorité en dehors de celle qui signe'));

  const at = (text: string) => page.indexOf(text);
  t.ok(at('<h3>Gouvernance et fonctionnement</h3>') < at('id="objective-1"') && at('id="objective-11"') < at('<h3>Missions de base</h3>'), 'governance: 1–11');
  t.ok(at('<h4>Sécurité</h4>') < at('id="objective-12"') && at('id="objective-16"') < at('<h4>Inscription et identification des personnes</h4>'), 'security: 12–16');
  t.ok(at('<h4>Élections</h4>') < at('id="objective-19"') && at('id="objective-19"') < at('<h4>Accès au territoire, séjour et éloignement des étrangers</h4>'), 'elections: 19');
  t.equal(count(page, /<h3>Domaine de risque \d+ – /g), 12, 'the 12 risk domains');
  t.match(page, /Adopté le <time datetime="2023-06-30">30 juin 2023<\/time>/, 'the addendum and its adoption date');
});

t.test('without authority names, reviewers are shown by code', async (t) => {
  const page = render(strategicPlanView(strategicPlan(), versions, [], 'fr', { basePath }));
  t.ok(objectiveBlocks(page).get(21)!.includes('state-secretary-asylum-migration'));
});

t.test('labels follow the reader’s language', async (t) => {
  const fr = render(strategicPlanView(strategicPlan(), versions, decisions, 'fr', { basePath }));
  const nl = render(strategicPlanView(strategicPlan(), versions, decisions, 'nl', { basePath }));
  t.match(fr, '<h1>Plan stratégique 2022-2024 du SPF Intérieur</h1>');
  t.match(nl, '<h1>Strategisch plan 2022-2024 van de FOD Binnenlandse Zaken</h1>');
  for (const [text, inFr] of [['Historique des versions', true], ['Versiegeschiedenis', false], ['>Signé<', true], ['>Ondertekend<', false],
    ['Validation par le comité de direction', true], ['Validering door het directiecomité', false], ['Doelstelling 12', false], ['Objectif 12', true]] as const) {
    t.equal(fr.includes(text), inFr, `French page ${inFr ? 'has' : 'has not'} ${text}`);
    t.equal(nl.includes(text), !inFr, `Dutch page ${inFr ? 'has not' : 'has'} ${text}`);
  }
  t.match(nl, 'Trekkende entiteiten: alle entiteiten', 'owner "ALL" in Dutch');
  t.match(nl, /Ondertekend op<\/dt><dd><time datetime="2022-03-15T10:30:00Z">15 maart 2022 om 11:30<\/time>/, 'signed at, in Brussels time');
});

t.test('the plan’s French texts carry lang="fr" on a Dutch page, and only there', async (t) => {
  const objective1 = planText(data.objectives[0]!.title);
  const nl = render(strategicPlanView(strategicPlan(), versions, decisions, 'nl', { basePath }));
  const fr = render(strategicPlanView(strategicPlan(), versions, decisions, 'fr', { basePath }));
  t.match(nl, `<span lang="fr">${objective1}</span>`, 'objective title');
  t.match(nl, `<li value="1" lang="fr"><strong>${planText(data.priorities[0]!.title)}</strong>`, 'priority');
  t.match(nl, /<div class="plan-text" lang="fr">/, 'objective text');
  t.notMatch(nl, /<h1 lang=/, 'the Dutch title is Dutch');
  t.notMatch(fr, /lang="fr"/, 'a French page marks nothing');
  const unknown = render(strategicPlanView(strategicPlan(), versions, decisions, 'nl', { basePath, textLanguage: null }));
  t.notMatch(unknown, /lang="/, 'texts of unknown language are not marked');
  const operational = render(operationalPlanView(operationalPlan(), versions, [], 'nl', { basePath }));
  t.match(operational, '<td lang="fr">Réduire le délai de traitement des demandes de séjour</td>', 'operational texts too');
});

t.test('text people typed is escaped, never markup', async (t) => {
  const attack = '<script>alert(1)</script>';
  const plan = strategicPlan({ addenda: [{ number: 1, title: `Addendum ${attack}`, text: attack, adoptedOn: null }], signedBy: `<img src=x onerror=alert(1)>` });
  const hostile: DecisionRecord[] = [{ ...decisions[0]!, personName: attack, items: [{ item: `x${attack}`, outcome: 'request_changes', comment: attack }] }];
  const strategic = render(strategicPlanView(plan, versions, hostile, 'fr', { basePath: `/plans/"${attack}` }));
  const operational = render(operationalPlanView(operationalPlan({
    objectives: [{ ...operationalPlan().objectives[0]!, statement: attack, result: attack }],
    projects: [{ ...operationalPlan().projects[0]!, title: attack, history: [{ ...operationalPlan().projects[0]!.history[0]!, reason: attack, requestedBy: attack }] }],
  }), versions, hostile, 'nl', { basePath }));
  for (const [name, page] of [['strategic', strategic], ['operational', operational]] as const) {
    t.notMatch(page, /<script|<img/i, `${name}: no markup from the data`);
    t.match(page, '&lt;script&gt;alert(1)&lt;/script&gt;', `${name}: the text is shown escaped`);
  }
  t.match(strategic, 'action="/plans/&quot;&lt;script&gt;', 'the base path is escaped in the attribute');
  t.match(strategic, 'DE P&amp;O', 'an owner tag with & is escaped');
});

t.test('the version history: a table and a GET form with two labelled selects', async (t) => {
  const section = render(versionHistorySection(versions, basePath, 'fr'));
  t.match(section, `<form method="get" action="${basePath}/compare"`);
  t.match(section, /<label for="compare-from">Version de départ<\/label>\s*<select id="compare-from" name="from">/);
  t.match(section, /<label for="compare-to">Version d’arrivée<\/label>\s*<select id="compare-to" name="to">/);
  t.match(section, /<select id="compare-from" name="from"><option value="2">[^<]*<\/option><option value="1" selected>/, 'from: the previous version');
  t.match(section, /<select id="compare-to" name="to"><option value="2" selected>/, 'to: the latest');
  t.ok(section.indexOf('<th scope="row">2</th>') < section.indexOf('<th scope="row">1</th>'), 'newest first');
  t.match(section, '<time datetime="2026-11-26T16:15:00Z">26 novembre 2026 à 17:15</time>', 'Brussels time, fr-BE');
  const hash = versions[1]!.sha256;
  t.match(section, `<code class="hash" title="${hash}">${hash.slice(0, 12)}<span class="visually-hidden">${hash.slice(12)}</span></code>`);
  t.match(render(versionHistorySection(versions, basePath, 'nl')), '<label for="compare-from">Beginversie</label>');

  const single = render(versionHistorySection(versions.slice(0, 1), basePath, 'fr'));
  t.notMatch(single, '<form', 'one version: nothing to compare');
  t.match(single, 'dès qu’une deuxième version aura été figée');
  t.match(render(versionHistorySection([], basePath, 'nl')), 'Er werd nog geen versie van het plan vastgelegd.');
});

t.test('an operational plan awaiting the budget says provisional twelfths and shows no due date', async (t) => {
  const fr = render(operationalPlanView(awaitingBudget(), versions, [], 'fr', { basePath }));
  const nl = render(operationalPlanView(awaitingBudget(), versions, [], 'nl', { basePath }));
  t.match(fr, 'douzièmes provisoires');
  t.match(nl, 'voorlopige twaalfden');
  t.notMatch(fr, 'au plus tard le', 'no due date in French');
  t.notMatch(nl, 'Uiterlijk ter informatie te bezorgen', 'no due date in Dutch');
  const stale = render(operationalPlanView(operationalPlan({ budgetAdoptedOn: null, awaitingBudgetAdoption: true }), versions, [], 'fr', { basePath }));
  t.notMatch(stale, /au plus tard le|18 janvier 2027/, 'a due date left over from a withdrawn adoption is not shown');
  t.match(stale, 'douzièmes provisoires');

  const adopted = render(operationalPlanView(operationalPlan(), versions, [], 'fr', { basePath }));
  t.match(adopted, /À transmettre pour information au plus tard le<\/dt><dd><time datetime="2027-01-18">18 janvier 2027<\/time>/, 'once adopted, the due date');
  t.match(adopted, /Budget adopté par la Chambre le<\/dt><dd><time datetime="2026-12-18">18 décembre 2026</);
  t.notMatch(adopted, 'douzièmes provisoires');
  t.match(adopted, /du <time datetime="2027-01-01">1 janvier 2027<\/time> au <time datetime="2027-12-31">31 décembre 2027<\/time>/, 'in force for the calendar year');
  t.match(adopted, '<h1>Plan opérationnel 2027</h1>');
});

t.test('an operational plan: SMART objectives in a table, projects with their history, transmission', async (t) => {
  const page = render(operationalPlanView(operationalPlan({ status: 'transmitted', transmittedAt: '2027-01-15T11:00:00Z', transmittedVersion: 2 }), versions, decisions, 'fr', { basePath }));
  t.match(page, '<caption id="operational-objectives-caption">Objectifs opérationnels SMART 2027');
  const table = page.slice(page.indexOf('<table class="smart-objectives">'), page.indexOf('</table>'));
  t.equal(count(table, /<th scope="col">/g), 10, 'ten columns');
  t.ok(table.indexOf('<th scope="row">DGIAC-2027-01</th>') < table.indexOf('<th scope="row">OE-2027-03</th>'), 'rows by code');
  t.match(table, 'Repris de l’objectif OE-2026-07 (2026)<br>Résultat alors\u00a0: <span>110 jours en 2026</span>');
  t.match(table, '<td><span>Tous les jalons tenus</span></td>', 'a result');
  t.match(table, '<td>pas encore de résultat</td>', 'no result yet');
  t.match(table, /<td>21<\/td>/, 'the strategic objective it serves');
  t.match(page, />Transmis pour information</, 'status in words');
  t.match(page, /Version transmise<\/dt><dd>2 \(<code class="hash" title="9f8e7d6c/, 'the version sent, with its hash');
  t.match(page, '<strong class="badge badge-withdrawn">Retiré</strong>');
  const history = page.slice(page.indexOf('<caption id="project-0-history">'));
  t.ok(history.indexOf('Demande de la DGIAC') < history.indexOf('Reporté à 2028 faute de budget'), 'history in order');
  t.match(history, /<th scope="row"><time datetime="2027-03-01">1 mars 2027<\/time><\/th>\s*<td>Retrait<\/td>\s*<td>Cellule stratégique \(ministre\)<\/td>\s*<td>cellule.strategique@verlinden.belgium.be<\/td>/);
  const nl = render(operationalPlanView(operationalPlan(), versions, [], 'nl', { basePath }));
  t.match(nl, /<td>Intrekking<\/td>\s*<td>Beleidscel \(minister\)<\/td>/);
  t.match(render(operationalPlanView(operationalPlan({ objectives: [], projects: [] }), [], [], 'fr', { basePath })), 'Aucun objectif opérationnel n’est encodé.');
});

t.test('the decisions table: who, what, when, on which version and hash, newest first', async (t) => {
  const fr = render(decisionsSection(decisions, 'fr'));
  t.match(fr, /<caption>Qui a décidé quoi, quand et sur quelle version/);
  t.ok(fr.indexOf('Sammy Mahdi') < fr.indexOf('Chef DGSP'), 'newest first');
  t.match(fr, /Version 2<br><code class="hash" title="9f8e7d6c[0-9a-f]{56}">9f8e7d6c9f8e</, 'version and hash prefix');
  t.match(fr, /Version 1<br><code class="hash" title="1a2b3c4d[0-9a-f]{56}">1a2b3c4d1a2b</);
  t.match(fr, 'Objectif 20\u00a0: <strong class="badge badge-approve">Approuvé</strong>');
  t.match(fr, 'Le plan dans son ensemble\u00a0: <strong class="badge badge-changes">Modifications demandées</strong><blockquote>');
  t.match(fr, '<th scope="row"><time datetime="2022-02-10T14:45:00Z">10 février 2022 à 15:45</time></th>', 'Brussels time');
  const nl = render(decisionsSection(decisions, 'nl'));
  t.match(nl, 'Doelstelling 21: <strong class="badge badge-approve">Goedgekeurd</strong>');
  t.match(nl, 'Beoordeling door de staatssecretaris');
  t.match(render(decisionsSection([], 'fr')), 'Aucune décision n’a encore été enregistrée pour ce plan.');
  t.notMatch(render(decisionsSection([], 'fr')), '<table', 'no empty table');
});

t.test('the comparison names added, removed and changed items and the changed fields', async (t) => {
  const comparison: VersionComparison = {
    from: versions[0]!, to: versions[1]!, identical: false,
    sections: {
      priorities: { added: [], removed: [], changed: [] },
      objectives: { added: ['23'], removed: [], changed: [{ key: '12', fields: ['ownerEntityCodes', 'title'] }, { key: '3', fields: ['newField'] }] },
      riskDomains: { added: [], removed: ['12'], changed: [] },
    },
    planFields: ['title'],
  };
  const fr = render(versionComparisonView(comparison, 'fr'));
  t.match(fr, '<h1>Comparaison de la version 1 avec la version 2</h1>');
  t.match(fr, '<li>Objectif 12\u00a0: Entités porteuses, Titre</li>');
  t.match(fr, '<li>Objectif 3\u00a0: <code>newField</code></li>', 'an unknown field keeps its name');
  t.match(fr, /<h3>Ajoutés<\/h3>\s*<ul><li>Objectif 23<\/li><\/ul>/);
  t.match(fr, /<h2>Domaines de risque<\/h2>\s*<h3>Supprimés<\/h3>\s*<ul><li>Domaine de risque 12<\/li><\/ul>/);
  t.match(fr, /<h2>Données générales du plan<\/h2>\s*<ul><li>Titre<\/li><\/ul>/);
  t.match(fr, 'Sans modification\u00a0: Priorités stratégiques.');
  t.notMatch(fr, 'Aucune différence');
  const nl = render(versionComparisonView(comparison, 'nl'));
  t.match(nl, '<li>Doelstelling 12: Trekkende entiteiten, Titel</li>');
  t.match(nl, '<h3>Toegevoegd</h3>');

  const same = render(versionComparisonView({ ...comparison, identical: true, planFields: [], sections: { objectives: { added: [], removed: [], changed: [] } } }, 'fr'));
  t.match(same, 'Aucune différence entre ces deux versions.');
  t.notMatch(same, '<h2', 'no section listed');
  t.match(render(versionComparisonView({ ...comparison, identical: true, planFields: [], sections: {} }, 'nl')), 'Er is geen verschil tussen deze twee versies.');
});

t.test('every page: one h1, no skipped heading level, captioned tables, scoped header cells, no script', async (t) => {
  const comparison: VersionComparison = { from: versions[0]!, to: versions[1]!, identical: false, sections: { objectives: { added: ['23'], removed: [], changed: [] } }, planFields: [] };
  const pages = {
    strategic: render(strategicPlanView(strategicPlan(), versions, decisions, 'nl', { basePath })),
    operational: render(operationalPlanView(operationalPlan(), versions, decisions, 'fr', { basePath })),
    comparison: render(versionComparisonView(comparison, 'fr')),
  };
  for (const [name, page] of Object.entries(pages)) {
    t.equal(count(page, /<h1[ >]/g), 1, `${name}: one h1`);
    t.ok(page.startsWith('<h1'), `${name}: the h1 comes first`);
    const levels = [...page.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    t.ok(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1), `${name}: heading levels ${levels.join(' ')}`);
    t.equal(count(page, /<table[ >]/g), count(page, /<table[^>]*>\s*<caption/g), `${name}: every table has a caption`);
    t.equal(count(page, /<th[ >]/g), count(page, /<th scope="(col|row)">/g), `${name}: every th has a scope`);
    t.notMatch(page, /<script|\son[a-z]+=/i, `${name}: no script`);
  }
  t.ok(count(pages.strategic, /<table/g) >= 2 && count(pages.operational, /<table/g) >= 4, 'the tables were there to check');
});

t.test('owners are shown by their names in the reader\'s language, from the organisation\'s entities; never by their codes', async (t) => {
  const entityNames = {
    OE: { fr: 'Office des Étrangers', nl: 'Dienst Vreemdelingenzaken', de: 'Ausländeramt' },
    DGIAC: { fr: 'Direction générale Institutions et Population', nl: 'Algemene Directie Instellingen en Bevolking' },
  };
  const blocks = objectiveBlocks(render(strategicPlanView(strategicPlan(), versions, decisions, 'nl', { basePath, authorityNames, entityNames })));
  t.match(blocks.get(20) ?? '', /Dienst Vreemdelingenzaken<\/span>/, 'objective 20\'s owner by its Dutch name');
  t.notMatch(blocks.get(20) ?? '', /: OE</, 'not by its code');
  const fr = render(operationalPlanView(operationalPlan(), versions, [], 'fr', { basePath, entityNames }));
  const table = fr.slice(fr.indexOf('<table class="smart-objectives">'), fr.indexOf('</table>'));
  t.match(table, '<td>Office des Étrangers</td>', 'an objective\'s owner');
  t.notMatch(table, /<td>(OE|DGIAC)<\/td>/, 'no code in the owner column');
  t.match(fr, /<dt>[^<]+<\/dt><dd>Direction générale Institutions et Population<\/dd>/, 'a project\'s owner');
  const de = render(operationalPlanView(operationalPlan(), versions, [], 'de', { basePath, entityNames }));
  t.match(de, '<td>Ausländeramt</td>', 'in German where the organisation names it so');
  t.match(de, '<span lang="fr">Direction générale Institutions et Population</span>', 'else in French, marked as French');
});
