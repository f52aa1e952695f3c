import type { AllEntitiesObjectivesGoTo, OrganisationText, RoleHolder } from '@jalon/contracts';

/** The owner code the plan data gives an objective owned by every entity: "(Tous)" in the plan's text. */
export const ALL_ENTITIES = 'ALL';

/** The drafting task of the "(Tous)" objectives when the President's office drafts them. */
export const ALL_ENTITIES_NAME: OrganisationText = { fr: 'Toutes les entités (Tous)', nl: 'Alle entiteiten (Allen)', de: 'Alle Einheiten (Alle)' };

interface PlanObjective { number: number; title: string; ownerEntityCodes: string[] }
interface Entity { code: string; name: OrganisationText }
type Drafter = Pick<RoleHolder, 'personId' | 'name' | 'email' | 'language' | 'entityCode'>;

export interface DraftingAssignment {
  entityCode: string;
  /** in German too where the organisation names it so: the drafting e-mails are written in the reader's language */
  entityName: OrganisationText;
  strategicObjectives: Array<{ number: number; title: string }>;
  drafters: Array<Pick<RoleHolder, 'personId' | 'name' | 'email' | 'language'>>;
  /**
   * Nobody of its own can be asked about these objectives (an entity without a drafter that day):
   * the President's office is asked instead, and the cycle raises an alert. Absent before "(Tous)".
   */
  noDrafter?: boolean;
}

/**
 * Every drafting task of a year. Without `goTo` (cycles launched before the "(Tous)" objectives were
 * drafted): every entity owning an objective, with those objectives, "(Tous)" ones left out. With it:
 * 'every_entity' adds the "(Tous)" objectives to the task of every drafting entity (those owning an
 * objective, and those with a drafter); 'president_office' gives them one task of their own, for the
 * President's office. Nothing is skipped: "(Tous)" objectives that reach no entity go to the
 * President's office too, marked as having nobody of their own.
 */
export function draftingAssignmentsOf(
  objectives: readonly PlanObjective[], entities: readonly Entity[], drafters: readonly Drafter[], goTo?: AllEntitiesObjectivesGoTo,
): DraftingAssignment[] {
  const owned = new Map<string, PlanObjective[]>();
  for (const objective of objectives) {
    for (const code of objective.ownerEntityCodes) {
      if (code !== ALL_ENTITIES) owned.set(code, [...(owned.get(code) ?? []), objective]);
    }
  }
  const ref = (o: PlanObjective) => ({ number: o.number, title: o.title });
  const draftersOf = (code: string) => drafters.filter((d) => d.entityCode === code)
    .map((d) => ({ personId: d.personId, name: d.name, email: d.email, language: d.language }));
  if (goTo === undefined) {
    return entities.filter((e) => owned.has(e.code)).map((e) => ({
      entityCode: e.code, entityName: e.name, strategicObjectives: owned.get(e.code)!.map(ref), drafters: draftersOf(e.code),
    }));
  }
  const forAll = objectives.filter((o) => o.ownerEntityCodes.includes(ALL_ENTITIES));
  const everyEntity = goTo === 'every_entity';
  const drafting = entities.filter((e) => owned.has(e.code) || (everyEntity && drafters.some((d) => d.entityCode === e.code)));
  const assignments: DraftingAssignment[] = drafting.map((e) => {
    const mine = [...(owned.get(e.code) ?? []), ...(everyEntity ? forAll : [])];
    const numbers = [...new Set(mine.map((o) => o.number))].sort((a, b) => a - b);
    const asked = draftersOf(e.code);
    return {
      entityCode: e.code, entityName: e.name,
      strategicObjectives: numbers.map((n) => ref(mine.find((o) => o.number === n)!)), drafters: asked, noDrafter: asked.length === 0,
    };
  });
  if (forAll.length > 0 && (!everyEntity || drafting.length === 0)) {
    assignments.push({ entityCode: ALL_ENTITIES, entityName: ALL_ENTITIES_NAME, strategicObjectives: forAll.map(ref), drafters: [], noDrafter: everyEntity });
  }
  return assignments;
}
