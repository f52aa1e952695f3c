import type { CycleStage } from './messages.js';

type Bilingual = { fr: string; nl: string };

/** The steps as people read them in e-mails and on pages. */
export const stepNames: Record<CycleStage | 'drafting', Bilingual> = {
  drafting: { fr: 'Rédaction des objectifs opérationnels par les entités', nl: 'Opstellen van de operationele doelstellingen door de entiteiten' },
  consolidation: { fr: 'Consolidation par la Cellule Corporate', nl: 'Consolidatie door de Cel Corporate' },
  committee: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
  state_secretary_review: { fr: 'Examen par le secrétaire d’État des objectifs de sa compétence', nl: 'Nazicht door de staatssecretaris van de doelstellingen binnen zijn bevoegdheid' },
  transmitting: { fr: 'Transmission au Ministre', nl: 'Overmaking aan de Minister' },
  in_force: { fr: 'Plan en vigueur', nl: 'Plan van kracht' },
  closed: { fr: 'Cycle clôturé', nl: 'Cyclus afgesloten' },
};

/**
 * Who holds a step, as an escalation names them. The e-mail shows it as one line in every language,
 * so both languages are given.
 */
export const holdersLabel: Partial<Record<CycleStage, string>> & { presidentOffice: string } = {
  presidentOffice: 'Cellule Corporate / Cel Corporate',
  consolidation: 'Cellule Corporate / Cel Corporate',
  committee: 'Comité de direction / Directiecomité',
  state_secretary_review: 'Cellule stratégique du Secrétaire d’État / Beleidscel van de Staatssecretaris',
  transmitting: 'Cellule Corporate / Cel Corporate',
};
