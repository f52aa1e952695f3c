import { entitySchema, progressOverviewSchema, type OperationalPlan, type ProgressOverview } from '@jalon/contracts';
import type { PageLanguage } from '../src/ui/page-language.js';
import { insightNames } from '../src/web/insight/insight-names.js';

/*
 * A plan's progress as the plans service gives it, built through the contract's schema: four
 * checkpoints (two past, one open, the year end ahead), objectives under three priorities and one
 * under none, four entities, and the Immigration Office late at both past checkpoints.
 */
export const YEAR = new Date().getUTCFullYear() + 66;

const updateIn = (year: number) => (objectiveCode: string, checkpoint: string, indicatorValue: string, status: string, extra: Record<string, unknown> = {}) => ({
  objectiveCode, checkpoint: `${year}-${checkpoint}`, indicatorValue, status, comment: '', droppedReason: null,
  recordedBy: '5f0c6c1e-6d0e-4c55-9a35-3d1f7d0c9a11', recordedAt: `${year}-${checkpoint}T15:00:00Z`, planVersion: 2, revision: 1, ...extra,
});

const objective = (code: string, priorityNumber: number | null, ownerEntityCode: string, fields: Record<string, unknown>) => ({
  code, strategicObjectiveNumber: Number(code.split('.')[0]), priorityNumber, ownerEntityCode,
  statement: `Objectif ${code}`, indicator: `Indicateur ${code}`, target: 'cible', updates: [], missing: [], result: null, ...fields,
});

/** The sample progress of a plan of that year (the reference's entities DGSP, DGSC, OE and PO own its objectives). */
export const sampleProgress = (year: number, planId = '0d6f3c1e-2c1a-4b7e-8f43-6a4a1d2b9c01'): ProgressOverview => {
  const update = updateIn(year);
  return progressOverviewSchema.parse({
    planId,
  organisationCode: 'IBZ',
  year: year,
  checkpoints: [
    { date: `${year}-03-31`, state: 'closed' }, { date: `${year}-06-30`, state: 'closed' },
    { date: `${year}-09-30`, state: 'open' }, { date: `${year}-12-31`, state: 'upcoming' },
  ],
  objectives: [
    objective('1.1', 1, 'DGSP', {
      indicator: 'Taux de dossiers traités', target: '90 %',
      updates: [update('1.1', '03-31', '42 %', 'on_track'), update('1.1', '06-30', '61,5 %', 'on_track'), update('1.1', '06-30', '63,5 %', 'at_risk', { revision: 2, comment: 'Retard de livraison du logiciel' })],
    }),
    objective('2.1', 1, 'DGSC', { updates: [update('2.1', '03-31', 'Marché publié', 'on_track'), update('2.1', '06-30', 'Marché attribué', 'done')] }),
    objective('12.1', 3, 'DGSC', { updates: [update('12.1', '03-31', '1 200', 'on_track'), update('12.1', '06-30', '=1+1', 'late', { comment: 'Personnel insuffisant; "urgent"' })] }),
    objective('20.1', 5, 'OE', { missing: [`${year}-03-31`, `${year}-06-30`] }),
    objective('20.2', 5, 'OE', { updates: [update('20.2', '03-31', 'n/a', 'dropped', { droppedReason: 'Compétence transférée' })], missing: [`${year}-06-30`] }),
    objective('6.1', null, 'PO', {
      updates: [update('6.1', '03-31', '3', 'on_track'), update('6.1', '06-30', '5', 'on_track')],
      result: { value: '7', status: 'partly_achieved', explanation: 'Deux formations reportées', recordedBy: '5f0c6c1e-6d0e-4c55-9a35-3d1f7d0c9a11', recordedAt: `${year}-12-31T10:00:00Z` },
    }),
  ],
  });
};

export const overview = sampleProgress(YEAR);

const entity = (code: string, fr: string, nl: string, de?: string) => entitySchema.parse({
  code, abbreviation: code, kind: 'directorate_general', name: { fr, nl, ...(de ? { de } : {}) }, parentCode: null, independent: false,
});

export const entities = [
  entity('DGSP', 'Direction générale Sécurité et Prévention', 'Algemene Directie Veiligheid en Preventie', 'Generaldirektion Sicherheit und Vorbeugung'),
  entity('DGSC', 'Direction générale Sécurité civile', 'Algemene Directie Civiele Veiligheid'),
  entity('OE', 'Office des Étrangers', 'Dienst Vreemdelingenzaken', 'Ausländeramt'),
  entity('PO', 'Direction d’encadrement P&O', 'Stafdienst P&O'),
];

export const strategic = { priorities: [1, 2, 3, 4, 5].map((number) => ({ number, title: `Priorité stratégique numéro ${number}`, text: '' })) };

export const namesIn = (language: PageLanguage) => insightNames(language, entities, strategic);

/** The plan's objectives as the plans service gives them (the export's plan sheet). */
export const plan: Pick<OperationalPlan, 'objectives'> = {
  objectives: overview.objectives.map((o) => ({
    code: o.code, strategicObjectiveNumber: o.strategicObjectiveNumber, statement: o.statement, indicator: o.indicator, target: o.target,
    ownerEntityCode: o.ownerEntityCode, means: 'Moyens propres', deadline: `${YEAR}-12-31`, revision: 1, result: null, previousResult: null, carriedFrom: null,
  })),
};
