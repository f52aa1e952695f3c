import type { CycleStage, LocalizedText } from '@jalon/contracts';

/**
 * The steps as people read them in e-mails and on pages. The strategic plan's committee and State
 * Secretary steps are the same steps as the yearly cycle's.
 */
export const stepNames: Record<CycleStage, LocalizedText> = {
  drafting: { fr: 'Rédaction des objectifs opérationnels par les entités', nl: 'Opstellen van de operationele doelstellingen door de entiteiten' },
  consolidation: { fr: 'Consolidation par la Cellule Corporate', nl: 'Consolidatie door de Cel Corporate' },
  committee: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
  state_secretary_review: { fr: 'Examen par le secrétaire d’État des objectifs de sa compétence', nl: 'Nazicht door de staatssecretaris van de doelstellingen binnen zijn bevoegdheid' },
  transmitting: { fr: 'Transmission au Ministre', nl: 'Overmaking aan de Minister' },
  in_force: { fr: 'Plan en vigueur', nl: 'Plan van kracht' },
  closed: { fr: 'Cycle clôturé', nl: 'Cyclus afgesloten' },
};

/** A step's name; a step without one is shown by its identifier rather than not at all. */
export const stepNameOf = (step: string): LocalizedText => stepNames[step as CycleStage] ?? { fr: step, nl: step };

/** One entity's drafting task, named for the entity. */
export const draftingStepName = (entityName: LocalizedText): LocalizedText => ({
  fr: `Rédaction des objectifs opérationnels – ${entityName.fr}`,
  nl: `Opstellen van de operationele doelstellingen – ${entityName.nl}`,
});
