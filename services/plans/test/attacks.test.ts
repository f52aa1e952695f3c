import t from 'tap';
import { actor, as, sampleObjective, sampleProject, worker } from '../test-support/plans-app.js';
import { accessWorld } from './access-world.js';

/*
 * The attacks of issue 13 that concern the plans service, tried as an attacker on the same network
 * would: each is refused with 401 or 403 and changes nothing.
 */

t.test('a drafter cannot make himself President\'s office: not with a header, not through the portal, not as an administrator', async (t) => {
  const w = await accessWorld(t);
  const before = await w.fingerprint();
  const self = w.people.drafter;
  const grant = { role: 'president_office' };

  const header = await w.call('POST', `/people/${self.id}/roles`, { 'x-jalon-actor': 'anybody' }, grant);
  t.equal(header.statusCode, 401, 'x-jalon-actor alone: 401');
  const portal = await w.call('POST', `/people/${self.id}/roles`, await w.person(self), grant);
  t.equal(portal.statusCode, 403, 'his own token through the portal: 403');
  t.match(portal.json().message, /org_admin/, 'naming the role it needs');
  const onHisOwn = await w.call('POST', `/people/${self.id}/roles`, await as.portal(), grant);
  t.equal(onHisOwn.statusCode, 403, 'the portal on its own account changes no roles');
  const viaWorker = await w.call('POST', `/people/${self.id}/roles`, await as.service('worker', w.people.administrator.id), grant);
  t.equal(viaWorker.statusCode, 403, 'nor does the worker, even acting for an administrator');

  const admin = w.people.administrator;
  const itself = await w.call('POST', `/people/${admin.id}/roles`, actor, grant);
  t.equal(itself.statusCode, 403, 'an administrator gives no role to themselves');
  t.match(itself.json().message, /Nobody changes their own roles/);
  const deputy = await w.call('POST', `/people/${w.people.president.id}/delegations`, actor, { role: 'president_office', deputyId: admin.id, startsOn: '2025-01-01', endsOn: '2030-12-31' });
  t.equal(deputy.statusCode, 403, 'nor makes themselves the deputy of a role');
  t.equal(await w.fingerprint(), before, 'nothing was written, not even in the audit log');

  const granted = await w.call('POST', `/people/${self.id}/roles`, actor, { role: 'committee_member' });
  t.equal(granted.statusCode, 201, 'an administrator gives a role to someone else');
  const audit = (await w.call('GET', `/audit?subjectType=person&subjectId=${self.id}`, worker)).json();
  t.match(audit.items[0], { action: 'person.role_added', actor: `${admin.id} (via portal)` }, 'audited with who did it');
});

t.test('only the workflows move a plan\'s lifecycle: the portal or a person cannot transmit an operational plan nor sign a strategic one', async (t) => {
  const w = await accessWorld(t);
  const before = await w.fingerprint();
  const transmit = { expectedRevision: 3, status: 'transmitted', version: 1 };
  const sign = { expectedRevision: 1, status: 'signed', signature: { signedBy: 'Quelqu\'un', signedAt: '2025-03-15T10:00:00+01:00', version: 1 } };
  const callers = {
    'the portal': await as.portal(),
    'the portal for the President\'s office': await w.person(w.people.president),
    'the portal for the State Secretary\'s cell': await w.person(w.people.cell),
    'a self-declared worker': { 'x-jalon-actor': 'worker' },
  };
  for (const [who, headers] of Object.entries(callers)) {
    const expected = 'authorization' in headers ? 403 : 401;
    t.equal((await w.call('POST', `/operational-plans/${w.operationalId}/status`, headers, transmit)).statusCode, expected, `${who} cannot transmit`);
    t.equal((await w.call('POST', `/operational-plans/${w.operationalId}/status`, headers, { expectedRevision: 3, status: 'in_committee' })).statusCode, expected, `${who} cannot move it at all`);
    t.equal((await w.call('POST', `/strategic-plans/${w.planId}/status`, headers, sign)).statusCode, expected, `${who} cannot sign`);
    t.equal((await w.call('PUT', `/operational-plans/${w.operationalId}/budget-adoption`, headers, { expectedRevision: 3, budgetAdoptedOn: '2024-12-21' })).statusCode, expected, `${who} cannot record the budget`);
    t.equal((await w.call('POST', `/strategic-plans/${w.planId}/versions`, headers)).statusCode, expected, `${who} cannot freeze a version`);
  }
  t.equal(await w.fingerprint(), before, 'nothing was written');
  t.equal((await w.call('POST', `/operational-plans/${w.operationalId}/status`, worker, { expectedRevision: 3, status: 'in_committee' })).statusCode, 200, 'the worker moves it');
});

t.test('people, e-mail addresses, roles and the audit log are not readable without credentials', async (t) => {
  const w = await accessWorld(t);
  const urls = [
    `/organisations/${w.organisationCode}/people`, `/organisations/${w.organisationCode}/role-holders?role=president_office&on=2025-03-01`,
    `/people/${w.people.president.id}`, '/people/by-email/laura.szabo@ibz.example', '/audit', `/audit?subjectType=person&subjectId=${w.people.president.id}`,
  ];
  for (const url of urls) {
    const res = await w.call('GET', url, {});
    t.equal(res.statusCode, 401, `${url}: 401`);
    t.notMatch(res.body, /ibz\.example/, 'with nothing of the data');
    t.equal((await w.call('GET', url, { authorization: 'Bearer not-a-token' })).statusCode, 401, `${url} with a forged token: 401`);
  }
});

t.test('a drafter edits the objectives of his own entity, not another\'s; the President\'s office edits all', async (t) => {
  const w = await accessWorld(t);
  const url = `/operational-plans/${w.operationalId}/objectives`;
  const drafter = await w.person(w.people.drafter);
  const before = await w.fingerprint();
  const foreign = await w.call('POST', url, drafter, { expectedRevision: 3, ...sampleObjective({ code: 'DGSP-1', ownerEntityCode: 'DGSP' }) });
  t.equal(foreign.statusCode, 403, 'an objective of the DGSP: 403');
  t.match(foreign.json().message, /concerns DGSP.*\(OE\)/);
  const moved = await w.call('PATCH', `${url}/OO-20.1`, drafter, { expectedRevision: 1, ownerEntityCode: 'DGSP' });
  t.equal(moved.statusCode, 403, 'nor hands his objective to another entity');
  const cell = await w.call('PATCH', `${url}/OO-20.1`, await w.person(w.people.cell), { expectedRevision: 1, target: 'x' });
  t.equal(cell.statusCode, 403, 'a cell does not edit objectives');
  t.equal(await w.fingerprint(), before, 'nothing was written');

  const own = await w.call('PATCH', `${url}/OO-20.1`, drafter, { expectedRevision: 1, target: '60 jours au plus' });
  t.equal(own.statusCode, 200, 'his own entity\'s objective: 200');
  const entries = (await w.call('GET', `/audit?subjectType=operational_objective&subjectId=${w.operationalId}%23OO-20.1`, worker)).json();
  t.equal(entries.items[0].actor, `${w.people.drafter.id} (via portal)`, 'audited as him, through the portal');
  const office = await w.call('POST', url, await w.person(w.people.president), { expectedRevision: 4, ...sampleObjective({ code: 'DGSP-1', ownerEntityCode: 'DGSP' }) });
  t.equal(office.statusCode, 201, 'the President\'s office adds one for any entity');
});

t.test('the worker records a project for the person who asked, if that person may ask', async (t) => {
  const w = await accessWorld(t);
  const url = `/operational-plans/${w.operationalId}/projects`;
  const forMember = await w.call('POST', url, await as.service('worker', w.people.member.id), sampleProject);
  t.equal(forMember.statusCode, 403, 'for a member without a cell\'s or the President\'s office\'s role: 403');
  const forCell = await w.call('POST', url, await as.service('worker', w.people.cell.id), sampleProject);
  t.equal(forCell.statusCode, 201);
  t.equal(forCell.json().history[0].requestedBy, w.people.cell.id, 'the history names who asked');
  const audit = (await w.call('GET', `/audit?subjectType=project&subjectId=${forCell.json().id}`, worker)).json();
  t.equal(audit.items[0].actor, `${w.people.cell.id} (via worker)`, 'the audit log names the person and the worker that recorded it');
});
