import type { Party } from '@jalon/contracts';
import { PlansRefusal, type PlansClient } from '@jalon/plans-client';

/**
 * Projects added or withdrawn during the year at a party's request (rule 7), through the plans
 * service's API; each is safe to retry. The worker records them on behalf of the person who asked
 * (`actor`, their person id): the plans service checks that person's role and names them in the
 * project's history and the audit log.
 */
export function createOperationalProjectActivities(plans: PlansClient) {
  return {
    /** The project's id is chosen by the workflow: a retried call finds the project instead of adding it twice. */
    async addOperationalProject(input: {
      planId: string; id: string; title: string; ownerEntityCode: string; requestedByParty: Party; reason: string; requestedOn: string; actor: string;
    }) {
      const { planId, actor, ...body } = input;
      const project = await plans.onBehalfOf(actor).addProject(planId, body);
      return { id: project.id, title: project.title, ownerEntityCode: project.ownerEntityCode, status: project.status };
    },

    /** A retry after the withdrawal went through finds it withdrawn with this reason, and stops there. */
    async withdrawOperationalProject(input: { planId: string; projectId: string; requestedByParty: Party; reason: string; requestedOn: string; actor: string }) {
      const plan = await plans.getOperationalPlan(input.planId);
      const project = plan.projects.find((p) => p.id === input.projectId);
      if (!project) throw new PlansRefusal('plans.404', `The operational plan ${plan.year} has no project ${input.projectId}.`, 404);
      const last = project.history.at(-1);
      if (project.status === 'withdrawn' && last?.action === 'withdraw' && last.reason === input.reason) {
        return { id: project.id, title: project.title, ownerEntityCode: project.ownerEntityCode, status: project.status };
      }
      const { planId, projectId, actor, ...body } = input;
      const updated = await plans.onBehalfOf(actor).withdrawProject(planId, projectId, body);
      return { id: updated.id, title: updated.title, ownerEntityCode: updated.ownerEntityCode, status: updated.status };
    },
  };
}
