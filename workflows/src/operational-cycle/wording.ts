import { patched } from '@temporalio/workflow';
import type { CycleStage, OrganisationText } from '@jalon/contracts';
import { consolidatorOf, STEP_WORDING_PATCH, type StepName } from '../shared/step-names.js';

type Holders = Partial<Record<CycleStage, StepName>> & { presidentOffice: StepName };

/**
 * Who holds a step, as an escalation names them, in the reader's language; whoever consolidates
 * (the President's office's own steps) is named as the organisation names it.
 */
function holdersNamed(consolidator: OrganisationText): Holders {
  const president: StepName = { fr: consolidator.fr, nl: consolidator.nl, de: consolidator.de ?? consolidator.fr };
  return {
    presidentOffice: president,
    consolidation: president,
    committee: { fr: 'Comité de direction', nl: 'Directiecomité', de: 'Direktionsausschuss' },
    state_secretary_review: { fr: 'Cellule stratégique du Secrétaire d’État', nl: 'Beleidscel van de Staatssecretaris', de: 'Strategiezelle des Staatssekretärs' },
    transmitting: president,
  };
}

/** As cycles started before STEP_WORDING_PATCH named the holders: one line with both languages. */
const holdersBefore: Partial<Record<CycleStage, string>> & { presidentOffice: string } = {
  presidentOffice: 'Cellule Corporate / Cel Corporate',
  consolidation: 'Cellule Corporate / Cel Corporate',
  committee: 'Comité de direction / Directiecomité',
  state_secretary_review: 'Cellule stratégique du Secrétaire d’État / Beleidscel van de Staatssecretaris',
  transmitting: 'Cellule Corporate / Cel Corporate',
};

/**
 * Who holds a step now: for the e-mail (in each reader's language, or the one line of cycles started
 * before) and for the cycle's alerts (one line, French and Dutch, as the dashboard lists them).
 * `open` are the entities still drafting, named by their codes.
 */
export function stepHolders(stage: CycleStage, consolidator: OrganisationText | undefined, open: string[]): { email: StepName | string; alert: string } {
  if (!patched(STEP_WORDING_PATCH)) {
    const line = stage === 'drafting' ? open.join(', ') || holdersBefore.presidentOffice : holdersBefore[stage] ?? holdersBefore.presidentOffice;
    return { email: line, alert: line };
  }
  if (stage === 'drafting' && open.length > 0) return { email: open.join(', '), alert: open.join(', ') };
  const named = holdersNamed(consolidatorOf(consolidator));
  const holder = (stage === 'drafting' ? undefined : named[stage]) ?? named.presidentOffice;
  return { email: holder, alert: `${holder.fr} / ${holder.nl}` };
}
