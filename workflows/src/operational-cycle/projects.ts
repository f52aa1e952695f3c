import { setHandler } from '@temporalio/workflow';
import type { Party, ProjectChangeResult } from '@jalon/contracts';
import { act } from '../shared/activities.js';
import { recipientOf } from '../shared/people.js';
import { recordCycleAct } from './acts.js';
import type { Cycle } from './cycle.js';
import { addProject, withdrawProject } from './messages.js';

interface ProjectChange {
  projectId: string;
  action: 'add' | 'withdraw';
  title: string;
  ownerEntityCode: string;
  requestedByParty: Party;
  reason: string;
  requestedOn: string;
}

/** Rule 7: projects added or withdrawn at the request of either party, until the cycle closes; the other party is told. */
export function registerProjectHandlers(cycle: Cycle): void {
  const projectsOpen = (_change: unknown) => {
    if (cycle.state.stage === 'closed') throw new Error(`The cycle ${cycle.input.year} is closed; change next year's plan instead.`);
  };

  setHandler(addProject, async (p) => {
    await act.addOperationalProject({
      planId: cycle.planId(), id: p.projectId, title: p.title, ownerEntityCode: p.ownerEntityCode, requestedByParty: p.requestedByParty,
      reason: p.reason, requestedOn: p.requestedOn, actor: p.personId,
    });
    return notifyOtherParty(cycle, { ...p, action: 'add' });
  }, { validator: projectsOpen });

  setHandler(withdrawProject, async (p) => {
    const project = await act.withdrawOperationalProject({
      planId: cycle.planId(), projectId: p.projectId, requestedByParty: p.requestedByParty, reason: p.reason, requestedOn: p.requestedOn, actor: p.personId,
    });
    return notifyOtherParty(cycle, { ...p, action: 'withdraw', title: project.title, ownerEntityCode: project.ownerEntityCode });
  }, { validator: projectsOpen });
}

async function notifyOtherParty(cycle: Cycle, change: ProjectChange & { personId: string }): Promise<ProjectChangeResult> {
  const { input } = cycle;
  await recordCycleAct(cycle, {
    act: change.action === 'add' ? 'project_added' : 'project_withdrawn', personId: change.personId, role: null,
    items: [{ item: change.projectId, outcome: change.action === 'add' ? 'added' : 'withdrawn', comment: change.reason }],
    details: { title: change.title, ownerEntityCode: change.ownerEntityCode, requestedByParty: change.requestedByParty, requestedOn: change.requestedOn },
  });
  // The SPF's requests go to the cells; a cell's request goes to the SPF (the President's office).
  const others = change.requestedByParty === 'spf'
    ? [...(await cycle.ministerCell()), ...(await cycle.stateSecretaryCells()).flat()]
    : await cycle.roleHolders('president_office');
  const entity = await act.entityName({ organisationCode: input.organisationCode, entityCode: change.ownerEntityCode });
  for (const other of others) {
    await act.sendNotification({
      idempotencyKey: `${cycle.workflowId}:project:${change.projectId}:${change.action}:${other.email.toLowerCase()}`,
      kind: `project_${change.action}`, template: 'project_changed', recipient: recipientOf(other),
      params: {
        planTitle: input.strategicPlanTitle, year: input.year, action: change.action, projectTitle: change.title, ownerEntity: entity,
        requestedByParty: change.requestedByParty, reason: change.reason, requestedOn: change.requestedOn,
      },
    });
  }
  return { projectId: change.projectId, status: change.action === 'add' ? 'active' : 'withdrawn', notified: others.map((o) => o.email) };
}
