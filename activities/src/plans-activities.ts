import { createHash } from 'node:crypto';
import type { LocalizedText, Role, StrategicPlanStatus } from '@jalon/contracts';
import { withFreshRevision, type PlansClient } from '@jalon/plans-client';

const fieldNames: Record<string, LocalizedText> = {
  title: { fr: 'intitulé', nl: 'titel' },
  text: { fr: 'texte', nl: 'tekst' },
  ownerEntityCodes: { fr: 'entités responsables', nl: 'verantwoordelijke entiteiten' },
  ambitions: { fr: 'ambitions', nl: 'ambities' },
};
const sectionNames: Record<string, LocalizedText> = {
  priorities: { fr: 'Priorités stratégiques', nl: 'Strategische prioriteiten' },
  riskDomains: { fr: 'Domaines de risque', nl: 'Risicodomeinen' },
  addenda: { fr: 'Addenda', nl: 'Addenda' },
  communicationPlan: { fr: 'Plan de communication', nl: 'Communicatieplan' },
};

/** Activities that read and change plan data, through the plans service's API only. */
export function createPlansActivities(plans: PlansClient) {
  return {
    /** Freezes the plan's content; freezing unchanged content returns the same version (idempotent). */
    async freezeStrategicPlanVersion(input: { planId: string }) {
      return plans.freezeVersion('strategic', input.planId);
    },

    /**
     * What a reviewing authority sees: the objectives in its scope with a hash of each one's
     * content, so that an approval stays attached to the exact text it was given on.
     */
    async strategicPlanForReview(input: { planId: string; authorityCode: string }) {
      const plan = await plans.getStrategicPlan(input.planId);
      const inScope = plan.objectives.filter((o) => o.reviewedBy.includes(input.authorityCode));
      return {
        title: plan.title,
        objectives: inScope.map((o) => ({
          number: o.number,
          title: o.title,
          sha256: createHash('sha256').update(JSON.stringify([o.title, o.text, o.ownerEntityCodes, o.ambitions.map((a) => [a.text, a.ownerEntityCodes])])).digest('hex'),
        })),
      };
    },

    /**
     * Moves the plan to a status. Idempotent: a retry after the first call succeeded finds the plan
     * already there and does nothing.
     */
    async setStrategicPlanStatus(input: { planId: string; status: StrategicPlanStatus; signature?: { signedBy: string; signedAt: string; version: number } }) {
      return withFreshRevision(async () => {
        const current = await plans.getStrategicPlan(input.planId);
        if (current.status === input.status) return { status: current.status, revision: current.revision };
        const updated = await plans.setStrategicPlanStatus(input.planId, {
          expectedRevision: current.revision, status: input.status, ...(input.signature ? { signature: input.signature } : {}),
        });
        return { status: updated.status, revision: updated.revision };
      });
    },

    /**
     * What changed between two frozen versions, as lines a reviewer reads in French or Dutch:
     * shown to someone who reviewed the earlier version.
     */
    async describeChanges(input: { planId: string; fromVersion: number; toVersion: number }) {
      const comparison = await plans.compareVersions('strategic', input.planId, input.fromVersion, input.toVersion);
      const changes: LocalizedText[] = [];
      const objectives = comparison.sections.objectives ?? { added: [], removed: [], changed: [] };
      for (const key of objectives.added) changes.push({ fr: `Objectif ${key} : ajouté`, nl: `Doelstelling ${key}: toegevoegd` });
      for (const key of objectives.removed) changes.push({ fr: `Objectif ${key} : supprimé`, nl: `Doelstelling ${key}: geschrapt` });
      for (const { key, fields } of objectives.changed) {
        changes.push({
          fr: `Objectif ${key} : ${fields.map((f) => fieldNames[f]?.fr ?? f).join(', ')} modifié(s)`,
          nl: `Doelstelling ${key}: ${fields.map((f) => fieldNames[f]?.nl ?? f).join(', ')} gewijzigd`,
        });
      }
      for (const [section, names] of Object.entries(sectionNames)) {
        const s = comparison.sections[section];
        if (s && s.added.length + s.removed.length + s.changed.length > 0) changes.push({ fr: `${names.fr} modifié(es)`, nl: `${names.nl} gewijzigd` });
      }
      return { sinceVersion: input.fromVersion, changes };
    },

    /** Who holds a role on a date, deputies included: the people a step asks. */
    async roleHolders(input: { organisationCode: string; role: string; on: string; authorityCode?: string }) {
      // The service checks the role and answers 400 for an unknown one, a refusal like any other.
      return plans.roleHolders(input.organisationCode, { role: input.role as Role, on: input.on, ...(input.authorityCode ? { authorityCode: input.authorityCode } : {}) });
    },
  };
}
