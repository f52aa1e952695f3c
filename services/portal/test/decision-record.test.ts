import { worker } from '@jalon/plans/test-support/plans-app';
import { keepHistory, workflowFootprint } from '@jalon/testkit';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import t from 'tap';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';
import { strategicPlanAwaitingSignature } from '../test-support/strategic-lifecycle.js';

/**
 * The decision record outlives the engine: the strategic plan taken to its signature and the year's
 * operational cycle to its transmission, by e-mails, links, pages and the API as people do; then
 * every workflow is terminated and deleted from Temporal, and every decision is still read, with
 * its person, outcome, version hash and channel, from the plans service's PostgreSQL.
 */
t.setTimeout(600_000);

type Row = { act: string; personId: string; comment: string | null; personName: string | null; role: string | null; item: string; outcome: string; version: number | null; sha256: string | null; channel: string; workflowId: string; step: string; actedAt: string };

/** Terminates (when running) and deletes each workflow, then waits until Temporal no longer knows it. */
async function forget(client: Client, workflowIds: string[]): Promise<void> {
  for (const workflowId of workflowIds) {
    const handle = client.workflow.getHandle(workflowId);
    await handle.terminate('the decision record test forgets it').catch(() => undefined);
    await client.workflowService.deleteWorkflowExecution({ namespace: client.options.namespace, workflowExecution: { workflowId } });
  }
  for (const workflowId of workflowIds) {
    for (let i = 0; ; i++) {
      const status = await client.workflow.getHandle(workflowId).describe().then((d) => d.status.name, (e: unknown) => (e instanceof WorkflowNotFoundError ? 'gone' : String(e)));
      if (status === 'gone') break;
      // Deleting is a task of the server's own: it may take a moment, and a retry does no harm.
      if (i % 25 === 24) await client.workflowService.deleteWorkflowExecution({ namespace: client.options.namespace, workflowExecution: { workflowId } });
      if (i > 300) throw new Error(`Temporal still knows ${workflowId} (${status})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Workflow tasks scheduled while an Update was accepted and not yet answered: what a person waits for beyond the first. */
async function tasksWhileUpdating(handle: ReturnType<Client['workflow']['getHandle']>): Promise<number> {
  let open = 0;
  let tasks = 0;
  for (const e of (await handle.fetchHistory()).events ?? []) {
    if (e.workflowExecutionUpdateAcceptedEventAttributes) open += 1;
    if (e.workflowExecutionUpdateCompletedEventAttributes) open -= 1;
    if (e.workflowTaskScheduledEventAttributes && open > 0) tasks += 1;
  }
  return tasks;
}

t.test('a whole cycle leaves its decisions readable from PostgreSQL after its workflows are deleted from Temporal', async (t) => {
  const w = await cycleWorld(t, { strategicPlanSigned: false });
  const { client } = w.portal.temporal;
  const { people } = w;

  // The strategic plan: submitted, approved by the committee and the State Secretary from their e-mails, signed in a session.
  const { handle, version } = await strategicPlanAwaitingSignature(w);
  const minister = await signInByEmail(w, people.verlinden.email);
  const signaturePage = await w.portal.pages.inject({ url: '/signature', headers: { cookie: minister } });
  const signed = await w.portal.pages.inject({
    method: 'POST', url: `/signature/${w.plans.planId}`, headers: { ...formHeaders, cookie: minister }, payload: form({ csrf: csrfOf(signaturePage.body), version: String(version.number) }),
  });
  t.equal(signed.statusCode, 303, 'the Minister\'s cell signs');
  await handle.result();
  // Recorded with its rounds on their own task queue (rounds-own-task-queue); the *-decision-record-local
  // and *-decision-record histories keep the paths before it.
  await keepHistory(handle, 'strategic-plan-rounds-queue');
  const committeeRound = client.workflow.getHandle(`${handle.workflowId}/committee/v${version.number}`);
  await keepHistory(committeeRound, 'approval-round-decision-record-local');
  const footprint = await workflowFootprint(committeeRound);
  t.same([footprint.activityTypes.recordDecision, footprint.localActivities >= 2], [undefined, true], 'each committee decision is recorded by the worker itself (a local activity)');
  t.equal(await tasksWhileUpdating(committeeRound), 0, 'each member was answered after the one workflow task that accepted and recorded the decision');

  // The year's cycle on the signed plan: launched, the budget adoption recorded, drafting closed, consolidated, approved, transmitted.
  const year = new Date().getUTCFullYear() + 9;
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, people.president, { year });
  t.equal(launched.statusCode, 201, launched.body);
  await w.waitFor(year, 'drafting', (v) => v.stage === 'drafting' && v.operationalPlanId !== null);
  t.equal((await w.api('PUT', `${w.cycleUrl(year)}/budget-adoption`, people.president, { adoptedOn: `${year - 1}-12-21` })).statusCode, 200, 'the budget adoption is recorded');
  const problem = await w.api('POST', `${w.cycleUrl(year)}/problems`, people.oe, { description: 'De middelen voor het terugkeerbeleid zijn onzeker.' });
  t.equal(problem.statusCode, 201, 'a drafter raises a problem');
  t.equal((await w.api('POST', `${w.cycleUrl(year)}/problems/${problem.json().id}/outcome`, people.president, { outcome: 'Budget confirmé.' })).statusCode, 200);
  const transmitted = await w.driveToTransmission(year);
  const cycleId: string = launched.json().workflowId;
  const operationalPlanId: string = transmitted.operationalPlanId;
  const project = await w.api('POST', `${w.cycleUrl(year)}/projects`, people.president, {
    title: 'Nouveau centre de crise', ownerEntityCode: 'NCCN', requestedByParty: 'spf', reason: 'Priorité du comité', requestedOn: `${year}-02-01`,
  });
  t.equal(project.statusCode, 201, 'the President\'s office adds a project');
  const withdrawn = await w.api('POST', `${w.cycleUrl(year)}/projects/${project.json().projectId}/withdraw`, people.verlinden, {
    requestedByParty: 'minister_cell', reason: 'Les crédits sont réaffectés.', requestedOn: `${year}-03-01`,
  });
  t.equal(withdrawn.statusCode, 200, 'the Minister\'s cell withdraws it');
  t.ok(transmitted.decisions.length >= 3, 'while it runs, the cycle shows its decisions');

  await keepHistory(client.workflow.getHandle(cycleId), 'operational-cycle-rounds-queue');

  // Temporal forgets everything: the lifecycle, the cycle and every round they ran.
  const read = async (kind: 'strategic' | 'operational', planId: string) => {
    const res = await w.plans.app.inject({ url: `/${kind}-plans/${planId}/decisions`, headers: worker });
    t.equal(res.statusCode, 200);
    return res.json() as Row[];
  };
  const before = [...await read('strategic', w.plans.planId), ...await read('operational', operationalPlanId)];
  const workflows = [...new Set([handle.workflowId, cycleId, ...before.map((r) => r.workflowId)])];
  t.ok(workflows.length >= 6, `${workflows.length} workflows carried the acts (the lifecycle, the cycle and their rounds)`);
  await forget(client, workflows);
  t.equal((await w.api('GET', w.cycleUrl(year))).statusCode, 404, 'the cycle is gone from Temporal');

  const strategic = await read('strategic', w.plans.planId);
  const operational = await read('operational', operationalPlanId);
  t.same([...strategic, ...operational], before, 'every record is still there, as written');

  const committee = strategic.filter((r) => r.act === 'round_decision' && r.item === 'plan');
  t.same(committee.map((r) => [r.personId, r.role, r.outcome, r.version, r.sha256, r.channel]).sort(), [
    [people.dgsp.id, 'committee_member', 'approve', version.number, version.sha256, 'link'],
    [people.oe.id, 'committee_member', 'approve', version.number, version.sha256, 'link'],
  ].sort(), 'the committee\'s approvals: who, in which role, on which version and hash, through their e-mailed link');
  t.same(strategic.filter((r) => r.personId === people.mahdi.id).map((r) => [r.item, r.outcome, r.role, r.sha256]), [
    ['20', 'approve', 'state_secretary_cell', version.sha256], ['21', 'approve', 'state_secretary_cell', version.sha256], ['22', 'approve', 'state_secretary_cell', version.sha256],
  ], 'the State Secretary\'s cell, objective by objective');
  t.match(strategic.find((r) => r.act === 'signature'), { personId: people.verlinden.id, personName: 'Cabinet Verlinden', role: 'minister_cell', outcome: 'signed', version: version.number, sha256: version.sha256, channel: 'session' }, 'the signature');
  t.match(strategic.find((r) => r.act === 'plan_submitted'), { personId: people.president.id, outcome: 'submitted' }, 'the submission');

  t.match(operational.find((r) => r.act === 'budget_adoption'), { personId: people.president.id, role: 'president_office', outcome: 'recorded', channel: 'session' }, 'the budget adoption');
  t.match(operational.find((r) => r.act === 'drafting_closed'), { personId: people.president.id, step: 'drafting', outcome: 'closed' }, 'closing the drafting');
  t.match(operational.find((r) => r.act === 'round_decision' && r.step === 'consolidation'), { personId: people.president.id, outcome: 'approve', channel: 'link' }, 'the consolidation');
  t.match(operational.find((r) => r.act === 'problem_raised'), { personId: people.oe.id, item: problem.json().id, outcome: 'raised', comment: 'De middelen voor het terugkeerbeleid zijn onzeker.' }, 'the problem raised');
  t.match(operational.find((r) => r.act === 'consultation_outcome'), { personId: people.president.id, item: problem.json().id, comment: 'Budget confirmé.' }, 'its consultation');
  t.same(operational.filter((r) => r.item === project.json().projectId).map((r) => [r.act, r.personId, r.comment]), [
    ['project_added', people.president.id, 'Priorité du comité'], ['project_withdrawn', people.verlinden.id, 'Les crédits sont réaffectés.'],
  ], 'the project added and withdrawn, each by whoever asked');
  const operationalCommittee = operational.filter((r) => r.act === 'round_decision' && r.step === 'committee');
  t.same(operationalCommittee.map((r) => r.personId).sort(), [people.dgsp.id, people.oe.id].sort(), 'the committee\'s approvals of the operational plan');
  t.ok(operationalCommittee.every((r) => r.sha256 === transmitted.transmission.sha256), 'on the version transmitted');

  // The audit log names the people who acted, not the worker that wrote their acts down.
  const audit = await w.plans.db.selectFrom('audit_log').select(['actor', 'action', 'subject_id']).where('action', 'in', ['decision.signature', 'decision.budget_adoption']).execute();
  t.same(audit.map((a) => [a.action, a.actor]).sort(), [['decision.budget_adoption', people.president.id], ['decision.signature', people.verlinden.id]], 'signature and budget adoption are audited as the person');

  // The plan's page, signed in, still says who decided what.
  const president = await signInByEmail(w, people.president.email);
  const page = await w.portal.pages.inject({ url: `/plans/strategic/${w.plans.planId}`, headers: { cookie: president } });
  t.equal(page.statusCode, 200);
  t.match(page.body, /Directeur DGSP/, 'the page names the committee members who decided');
  t.match(page.body, new RegExp(version.sha256), 'and the hash of the version they decided on');
});
