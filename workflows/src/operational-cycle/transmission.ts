import { inForcePeriod } from '@jalon/domain/pure';
import type { PlanTransmissionInput } from '@jalon/activities';
import { patched } from '@temporalio/workflow';
import { act } from '../shared/activities.js';
import { nowIso, recipientOf } from '../shared/people.js';
import type { Cycle } from './cycle.js';

/**
 * Rule 5: the Minister's cell receives the whole plan for information, each State Secretary's cell
 * its part, with the frozen version's number and hash; then the plan is in force. Since
 * 'transmission-document', the Minister's cell's e-mail carries the version's PDF and its hash too
 * (fetched and attached by the activity, so the bytes stay out of the history); cycles that reached
 * this step before keep the e-mail without it on replay.
 */
export async function transmit(cycle: Cycle): Promise<void> {
  const { state, input, workflowId } = cycle;
  state.stage = 'transmitting';
  await act.setOperationalPlanStatus({ planId: cycle.planId(), status: 'validated' });
  await cycle.freeze();
  const version = state.version!;
  const inForce = inForcePeriod(input.year);
  const recipients: string[] = [];
  const withDocument = patched('transmission-document');
  for (const minister of await cycle.holdersOf('minister_cell', input.signingAuthorityCode)) {
    const request: PlanTransmissionInput['request'] = {
      idempotencyKey: `${workflowId}:transmitted:v${version.number}:${minister.email.toLowerCase()}`,
      kind: 'plan_transmitted', template: 'plan_transmitted', recipient: recipientOf(minister),
      params: { planTitle: input.strategicPlanTitle, year: input.year, version: version.number, sha256: version.sha256, inForce, scope: 'whole', objectives: [] },
    };
    if (withDocument) await act.sendPlanTransmission({ organisationCode: input.organisationCode, planId: cycle.planId(), request });
    else await act.sendNotification(request);
    recipients.push(minister.email);
  }
  for (const authorityCode of input.reviewingAuthorityCodes) {
    const part = await act.operationalPlanForReview({ planId: cycle.planId(), authorityCode });
    if (part.objectives.length === 0) continue;
    for (const cell of await cycle.holdersOf('state_secretary_cell', authorityCode)) {
      await act.sendNotification({
        idempotencyKey: `${workflowId}:transmitted:v${version.number}:${authorityCode}:${cell.email.toLowerCase()}`,
        kind: 'plan_transmitted', template: 'plan_transmitted', recipient: recipientOf(cell),
        params: {
          planTitle: input.strategicPlanTitle, year: input.year, version: version.number, sha256: version.sha256, inForce, scope: 'competence',
          objectives: part.objectives.map((o) => ({ code: o.code, title: o.statement })),
        },
      });
      recipients.push(cell.email);
    }
  }
  await act.setOperationalPlanStatus({ planId: cycle.planId(), status: 'transmitted', version: version.number });
  state.transmission = { version: version.number, sha256: version.sha256, transmittedAt: nowIso(), recipients };
  state.stage = 'in_force';
}
