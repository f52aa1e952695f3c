import type { CycleStage } from '@jalon/contracts';

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
