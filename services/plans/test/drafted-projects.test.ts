import t from 'tap';
import { worker } from '../test-support/plans-app.js';
import { accessWorld } from './access-world.js';

/*
 * Projects drafted with the year's plan, with their deadlines: the drafter of the entity enters,
 * changes and removes them while the plan is drafted; each change is audited in their name; the
 * frozen version holds them; outside drafting, stable codes and nothing written.
 */

interface ProjectBody { id: string; title: string; deadline: string | null; objectiveCode: string | null; ownerEntityCode: string; revision: number; history: unknown[] }

t.test('a drafter adds, changes and removes a project with its deadline while the plan is drafted; each audited; the frozen version holds it', async (t) => {
  const w = await accessWorld(t);
  const base = `/operational-plans/${w.operationalId}`;
  const drafter = await w.person(w.people.drafter);
  const plan = async () => (await w.call('GET', base, worker)).json() as { revision: number; projects: ProjectBody[] };

  const added = await w.call('POST', `${base}/drafted-projects`, drafter, {
    expectedRevision: (await plan()).revision, title: 'Application de suivi des visas', objectiveCode: 'OO-20.1', deadline: '2025-09-30', ownerEntityCode: 'OE',
  });
  t.equal(added.statusCode, 201, 'the drafter of the Immigration Office adds its project');
  const project = added.json() as ProjectBody;
  t.match(project, { title: 'Application de suivi des visas', objectiveCode: 'OO-20.1', deadline: '2025-09-30', ownerEntityCode: 'OE', revision: 1, history: [] });
  t.ok((await plan()).projects.some((p) => p.id === project.id && p.deadline === '2025-09-30'), 'the plan lists it with its deadline');

  const changed = await w.call('PATCH', `${base}/drafted-projects/${project.id}`, drafter, { expectedRevision: 1, deadline: '2025-11-30', title: 'Application de suivi des visas long séjour' });
  t.equal(changed.statusCode, 200);
  t.match(changed.json(), { deadline: '2025-11-30', title: 'Application de suivi des visas long séjour', revision: 2 }, 'changed, its revision moved on');
  const stale = await w.call('PATCH', `${base}/drafted-projects/${project.id}`, drafter, { expectedRevision: 1, deadline: '2025-10-31' });
  t.match([stale.statusCode, stale.json().code, stale.json().currentRevision], [409, 'plan.stale_revision', 2], 'a change made on an older revision is refused');

  const frozen = await w.call('POST', `${base}/versions`, worker);
  const version = (await w.call('GET', `${base}/versions/${frozen.json().number}`, worker)).json() as { snapshot: { projects: Array<Record<string, unknown>> } };
  t.same(version.snapshot.projects.find((p) => p.id === project.id), {
    id: project.id, title: 'Application de suivi des visas long séjour', ownerEntityCode: 'OE', deadline: '2025-11-30', objectiveCode: 'OO-20.1',
  }, 'the frozen version holds the project with its deadline and objective');
  const older = version.snapshot.projects.find((p) => p.id === w.projectId);
  t.same(Object.keys(older ?? {}).sort(), ['id', 'ownerEntityCode', 'title'], 'a project without a deadline is frozen as before (earlier versions keep their hash)');

  const removed = await w.call('DELETE', `${base}/drafted-projects/${project.id}?expectedRevision=2`, drafter);
  t.equal(removed.statusCode, 204, 'the drafter removes it');
  t.notOk((await plan()).projects.some((p) => p.id === project.id), 'it is no longer in the plan');

  const audit = (await w.call('GET', `/audit?subjectType=project&subjectId=${project.id}`, worker)).json() as { items: Array<{ action: string; actor: string }> };
  t.same(audit.items.map((a) => a.action).sort(), ['project.draft_removed', 'project.draft_updated', 'project.drafted'], 'each change is audited');
  t.ok(audit.items.every((a) => a.actor.includes(w.people.drafter.id)), 'in the drafter\'s name');
});

t.test('drafted projects refused with stable codes: another entity, an unknown objective, a deadline outside the year, a requested project, a plan out of drafting', async (t) => {
  const w = await accessWorld(t);
  const base = `/operational-plans/${w.operationalId}`;
  const drafter = await w.person(w.people.drafter);
  const revision = async () => ((await w.call('GET', base, worker)).json() as { revision: number }).revision;
  const input = { title: 'Projet', objectiveCode: 'OO-20.1', deadline: '2025-06-30', ownerEntityCode: 'OE' };
  const before = await w.fingerprint();

  const foreign = await w.call('POST', `${base}/drafted-projects`, drafter, { expectedRevision: await revision(), ...input, ownerEntityCode: 'DGSP' });
  t.match([foreign.statusCode, foreign.json().code], [403, 'plan.outside_entity_scope'], 'a project of another entity');
  const unknown = await w.call('POST', `${base}/drafted-projects`, drafter, { expectedRevision: await revision(), ...input, objectiveCode: 'OO-99' });
  t.match(unknown.json(), { code: 'project.unknown_objective', issues: [{ path: 'body.objectiveCode' }] }, 'an objective the plan does not have, the field named');
  t.equal(unknown.statusCode, 400);
  const late = await w.call('POST', `${base}/drafted-projects`, drafter, { expectedRevision: await revision(), ...input, deadline: '2026-01-31' });
  t.match([late.statusCode, late.json().code, late.json().issues?.[0]?.path], [400, 'project.deadline_outside_year', 'body.deadline'], 'a deadline after the plan\'s year');
  const requested = await w.call('PATCH', `${base}/drafted-projects/${w.projectId}`, worker, { expectedRevision: 1, title: 'Autre' });
  t.match([requested.statusCode, requested.json().code], [409, 'project.not_drafted'], 'a project added at a party\'s request is not edited as a draft');
  const removedRequested = await w.call('DELETE', `${base}/drafted-projects/${w.projectId}?expectedRevision=1`, worker);
  t.match([removedRequested.statusCode, removedRequested.json().code], [409, 'project.not_drafted'], 'nor removed');
  t.equal(await w.fingerprint(), before, 'none of these wrote anything');

  const added = (await w.call('POST', `${base}/drafted-projects`, drafter, { expectedRevision: await revision(), ...input })).json() as ProjectBody;
  await w.call('POST', `${base}/status`, worker, { expectedRevision: await revision(), status: 'in_committee' });
  const inCommittee = await w.fingerprint();
  const add = await w.call('POST', `${base}/drafted-projects`, drafter, { expectedRevision: await revision(), ...input });
  t.match([add.statusCode, add.json().code], [409, 'operational_plan.not_drafting'], 'in committee: no project added');
  const patch = await w.call('PATCH', `${base}/drafted-projects/${added.id}`, drafter, { expectedRevision: 1, deadline: '2025-07-31' });
  t.match([patch.statusCode, patch.json().code], [409, 'operational_plan.not_drafting'], 'nor changed');
  const remove = await w.call('DELETE', `${base}/drafted-projects/${added.id}?expectedRevision=1`, drafter);
  t.match([remove.statusCode, remove.json().code], [409, 'operational_plan.not_drafting'], 'nor removed');
  t.equal(await w.fingerprint(), inCommittee, 'nothing written');
});
