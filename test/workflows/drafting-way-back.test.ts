import { operationalCycleWorkflowId } from '@jalon/workflows';
import { workflowFootprint } from '@jalon/testkit';
import t from 'tap';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';

/*
 * Cycles hold their drafting tasks themselves. The portal's DRAFTING_IN_CYCLE=false is the way back
 * to a child round per entity, should the new path misbehave: it must still launch a cycle whose
 * drafters get their e-mail and whose link marks the task done.
 */
t.test('DRAFTING_IN_CYCLE=false: a child round per entity, and the drafter\'s link still marks the task done', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true, portal: { draftingInCycle: false } });
  const year = await w.nextYear();
  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year })).statusCode, 201);
  const drafting = await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  const dgsp = drafting.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP');
  t.ok(dgsp, 'the DGSP has a drafting task');

  const client = w.skipping!.client;
  const cycleId = operationalCycleWorkflowId(w.ORG, year);
  const round = await client.workflow.getHandle(`${cycleId}/drafting/DGSP`).describe();
  t.equal(round.status.name, 'RUNNING', 'the task is a child round of its own');

  const [mail] = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.dgsp.email), { timeoutMs: 30_000 });
  t.equal((await w.actOnEmail(mail!, { 'outcome:drafting': 'approve' })).posted.statusCode, 200, 'the drafter confirms from the e-mail');
  const done = await w.waitFor(year, 'DGSP done', (v) => v.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP')?.status === 'done');
  t.match(done.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP'), { doneBy: w.people.dgsp.id });

  const footprint = await workflowFootprint(client.workflow.getHandle(cycleId));
  t.equal(footprint.childWorkflows, drafting.drafting.length, 'one child round per drafting entity');
});
