import t from 'tap';
import { sampleObjective, worker } from '../test-support/plans-app.js';
import { accessWorld } from './access-world.js';

/*
 * The refusals a drafter's page must tell apart, each with a stable code beside its English
 * message (the portal says the code's message in the reader's language), and nothing written.
 */

t.test('a drafter\'s objective changes refused with stable codes: another entity, a deadline outside the year, a stale revision, a plan no longer in drafting', async (t) => {
  const w = await accessWorld(t);
  const url = `/operational-plans/${w.operationalId}/objectives`;
  const drafter = await w.person(w.people.drafter);
  const plan = async () => (await w.call('GET', `/operational-plans/${w.operationalId}`, worker)).json() as { revision: number; objectives: Array<{ code: string; revision: number }> };
  const before = await w.fingerprint();

  const foreign = await w.call('POST', url, drafter, { expectedRevision: (await plan()).revision, ...sampleObjective({ code: 'DGSP-1', ownerEntityCode: 'DGSP' }) });
  t.equal(foreign.statusCode, 403, 'an objective of another entity: 403');
  t.equal(foreign.json().code, 'plan.outside_entity_scope');

  const late = await w.call('POST', url, drafter, { expectedRevision: (await plan()).revision, ...sampleObjective({ code: 'OE-2', deadline: '2026-01-15' }) });
  t.equal(late.statusCode, 400, 'a deadline after the plan\'s year: 400');
  t.equal(late.json().code, 'objective.deadline_outside_year');
  t.same(late.json().issues.map((i: { path: string }) => i.path), ['body.deadline'], 'naming the field at fault');
  const early = await w.call('PATCH', `${url}/OO-20.1`, drafter, { expectedRevision: 1, deadline: '2024-12-31' });
  t.equal(early.statusCode, 400, 'and before it, on a change');
  t.match(early.json(), { code: 'objective.deadline_outside_year', issues: [{ path: 'body.deadline' }] });

  const stale = await w.call('PATCH', `${url}/OO-20.1`, drafter, { expectedRevision: 99, target: '80 jours' });
  t.equal(stale.statusCode, 409);
  t.match(stale.json(), { code: 'plan.stale_revision', currentRevision: 1 });

  const unknown = await w.call('PATCH', `${url}/OO-20.1`, drafter, { expectedRevision: 1, strategicObjectiveNumber: 99 });
  t.match([unknown.statusCode, unknown.json().code], [400, 'objective.unknown_strategic_objective']);
  t.equal(await w.fingerprint(), before, 'none of these wrote anything');

  // The cycle sends the plan to the committee: objectives are frozen until it comes back.
  const moved = await w.call('POST', `/operational-plans/${w.operationalId}/status`, worker, { expectedRevision: (await plan()).revision, status: 'in_committee' });
  t.equal(moved.statusCode, 200);
  const frozen = await w.fingerprint();
  const closed = await w.call('PATCH', `${url}/OO-20.1`, drafter, { expectedRevision: 1, target: '80 jours' });
  t.equal(closed.statusCode, 409, 'a plan no longer in drafting: 409');
  t.equal(closed.json().code, 'operational_plan.not_drafting');
  const added = await w.call('POST', url, drafter, { expectedRevision: (await plan()).revision, ...sampleObjective({ code: 'OE-3' }) });
  t.match([added.statusCode, added.json().code], [409, 'operational_plan.not_drafting'], 'nor is one added');
  const result = await w.call('PUT', `${url}/OO-20.1/result`, drafter, { expectedRevision: 1, result: 'Fait' });
  t.match([result.statusCode, result.json().code], [409, 'operational_plan.not_in_force'], 'results wait for the plan to be in force');
  t.equal(await w.fingerprint(), frozen, 'nothing written');

  // Changes requested: the plan is back in drafting and the drafter edits again.
  await w.call('POST', `/operational-plans/${w.operationalId}/status`, worker, { expectedRevision: (await plan()).revision, status: 'drafting' });
  const again = await w.call('PATCH', `${url}/OO-20.1`, drafter, { expectedRevision: 1, target: '80 jours' });
  t.equal(again.statusCode, 200, 'back in drafting after changes were requested: the drafter edits');
});
