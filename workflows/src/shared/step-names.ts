import { patched } from '@temporalio/workflow';
import type { CycleStage, LocalizedText, OrganisationText } from '@jalon/contracts';

/** A step's name as people read it in e-mails and on pages; German where the cycle gives it. */
export type StepName = LocalizedText & { de?: string };

/**
 * Steps named from the organisation's data (who consolidates) and in German too. Cycles started
 * before replay with the names they were started with (below), which e-mails and decision logs
 * already carry.
 */
export const STEP_WORDING_PATCH = 'step-names-from-organisation';

/**
 * Who consolidates, for a cycle whose input does not say it: one launched before the organisation's
 * `consolidatorName` reached the cycle, which kept the reference organisation's name.
 */
const CONSOLIDATOR_BEFORE_SETTINGS: OrganisationText = { fr: 'Cellule Corporate', nl: 'Cel Corporate' };

/** The names as cycles started before the patch sent them (French and Dutch, the reference organisation's consolidator). */
const namesBefore: Record<CycleStage, LocalizedText> = {
  drafting: { fr: 'Rédaction des objectifs opérationnels par les entités', nl: 'Opstellen van de operationele doelstellingen door de entiteiten' },
  consolidation: { fr: 'Consolidation par la Cellule Corporate', nl: 'Consolidatie door de Cel Corporate' },
  committee: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
  state_secretary_review: { fr: 'Examen par le secrétaire d’État des objectifs de sa compétence', nl: 'Nazicht door de staatssecretaris van de doelstellingen binnen zijn bevoegdheid' },
  transmitting: { fr: 'Transmission au Ministre', nl: 'Overmaking aan de Minister' },
  in_force: { fr: 'Plan en vigueur', nl: 'Plan van kracht' },
  closed: { fr: 'Cycle clôturé', nl: 'Cyclus afgesloten' },
};

/**
 * The steps, whoever consolidates named as the organisation names them (readers of German see its
 * French name when it has none in German). The strategic plan's committee and State Secretary steps
 * are the same steps as the yearly cycle's.
 */
export function namedSteps(consolidator: OrganisationText): Record<CycleStage, Required<StepName>> {
  return {
    drafting: {
      fr: 'Rédaction des objectifs opérationnels par les entités', nl: 'Opstellen van de operationele doelstellingen door de entiteiten',
      de: 'Ausarbeitung der operativen Ziele durch die Einheiten',
    },
    consolidation: { fr: `Consolidation – ${consolidator.fr}`, nl: `Consolidatie – ${consolidator.nl}`, de: `Konsolidierung – ${consolidator.de ?? consolidator.fr}` },
    committee: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité', de: 'Validierung durch den Direktionsausschuss' },
    state_secretary_review: {
      fr: 'Examen par le secrétaire d’État des objectifs de sa compétence', nl: 'Nazicht door de staatssecretaris van de doelstellingen binnen zijn bevoegdheid',
      de: 'Prüfung der Ziele seines Zuständigkeitsbereichs durch den Staatssekretär',
    },
    transmitting: { fr: 'Transmission au Ministre', nl: 'Overmaking aan de Minister', de: 'Übermittlung an den Minister' },
    in_force: { fr: 'Plan en vigueur', nl: 'Plan van kracht', de: 'Plan in Kraft' },
    closed: { fr: 'Cycle clôturé', nl: 'Cyclus afgesloten', de: 'Zyklus abgeschlossen' },
  };
}

/** Whether this cycle names its steps from the organisation's data (see STEP_WORDING_PATCH). */
const fromOrganisation = () => patched(STEP_WORDING_PATCH);

/** Who consolidates in this cycle: the organisation's name for it, as the cycle's input carries it. */
export const consolidatorOf = (given: OrganisationText | undefined): OrganisationText => given ?? CONSOLIDATOR_BEFORE_SETTINGS;

/** The steps' names in this cycle. */
export const stepNamesOf = (consolidator?: OrganisationText): Record<CycleStage, StepName> =>
  (fromOrganisation() ? namedSteps(consolidatorOf(consolidator)) : namesBefore);

/** A step's name; a step without one is shown by its identifier rather than not at all. */
export const stepNameOf = (step: string, consolidator?: OrganisationText): StepName =>
  stepNamesOf(consolidator)[step as CycleStage] ?? { fr: step, nl: step };

/** One entity's drafting task, named for the entity. */
export function draftingStepName(entityName: OrganisationText): StepName {
  const fr = `Rédaction des objectifs opérationnels – ${entityName.fr}`;
  const nl = `Opstellen van de operationele doelstellingen – ${entityName.nl}`;
  return fromOrganisation() ? { fr, nl, de: `Ausarbeitung der operativen Ziele – ${entityName.de ?? entityName.fr}` } : { fr, nl };
}
