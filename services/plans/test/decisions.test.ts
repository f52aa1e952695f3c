import { sql } from 'kysely';
import t from 'tap';
import { as, plansApp, sampleDecision, worker } from '../test-support/plans-app.js';

/** The decision record: written by the workflows, once per act, never rewritten, read by the organisation's people. */

t.test('a decision is recorded once, however often the worker retries, with one audit row naming the person', async (t) => {
  const { app, db, planId } = await plansApp(t);
  const items = [{ item: '20', outcome: 'approve', comment: null }, { item: '22', outcome: 'request_changes', comment: 'Précisez les délais.' }];
  const decision = { ...sampleDecision(planId), items };
  const first = await app.inject({ method: 'POST', url: '/decisions', headers: worker, payload: decision });
  t.equal(first.statusCode, 201, first.body);
  t.equal(first.json().records.length, 2, 'one record per item decided');
  const again = await app.inject({ method: 'POST', url: '/decisions', headers: worker, payload: { ...decision, actedAt: '2025-02-04T10:00:00.000Z', items: [decision.items[0], { item: '22', outcome: 'approve', comment: null }] } });
  t.equal(again.statusCode, 200, 'a retried write is answered, not refused');
  t.same(again.json().records, first.json().records, 'with the first record, unchanged');
  t.equal(Number((await db.selectFrom('decisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 2, 'nothing was written twice');

  const audit = await db.selectFrom('audit_log').selectAll().where('action', 'like', 'decision.%').execute();
  t.equal(audit.length, 1, 'one audit row for the act, none for the retry');
  t.equal(audit[0]!.actor, 'member-1', 'the person who decided is the actor, not the worker that wrote it down');
  t.match(audit[0]!.after, { carriedBy: { service: 'worker', workflowId: decision.workflowId }, sha256: decision.sha256, channel: 'link' }, 'the workflow that carried it is named too');

  const read = await app.inject({ url: `/strategic-plans/${planId}/decisions`, headers: worker });
  t.equal(read.statusCode, 200);
  t.match(read.json(), [
    { item: '20', outcome: 'approve', personId: 'member-1', role: 'committee_member', version: 1, sha256: decision.sha256, channel: 'link', actedAt: '2025-02-03T09:30:00.000Z' },
    { item: '22', outcome: 'request_changes', comment: 'Précisez les délais.' },
  ], 'the plan\'s decisions read back with their person, outcome, version hash, time and channel');
});

t.test('the decision record cannot be rewritten, deleted or truncated', async (t) => {
  const { app, db, planId } = await plansApp(t);
  t.equal((await app.inject({ method: 'POST', url: '/decisions', headers: worker, payload: sampleDecision(planId) })).statusCode, 201);
  await t.rejects(sql`update decisions set outcome = 'request_changes'`.execute(db), /append-only/, 'an update is refused');
  await t.rejects(sql`delete from decisions`.execute(db), /append-only/, 'a delete is refused');
  await t.rejects(sql`truncate decisions`.execute(db), /append-only/, 'a truncation is refused');
  const rows = await db.selectFrom('decisions').select(['outcome']).execute();
  t.same(rows, [{ outcome: 'approve' }], 'the record is as written');
});

t.test('only the workflows write the record; people read their organisation\'s', async (t) => {
  const { app, planId, organisationCode } = await plansApp(t);
  const byPortal = await app.inject({ method: 'POST', url: '/decisions', headers: await as.portal(), payload: sampleDecision(planId) });
  t.equal(byPortal.statusCode, 403, 'the portal cannot write a decision, even on its own account');
  const forPerson = await app.inject({ method: 'POST', url: '/decisions', headers: await as.worker(), payload: sampleDecision(planId, { channel: 'fax' }) });
  t.equal(forPerson.statusCode, 400, 'a malformed record is refused');
  const unknownPlan = await app.inject({ method: 'POST', url: '/decisions', headers: worker, payload: sampleDecision('00000000-0000-4000-8000-000000000000') });
  t.equal(unknownPlan.statusCode, 404, 'a record on no plan is refused');
  await app.inject({ method: 'POST', url: '/decisions', headers: worker, payload: sampleDecision(planId) });
  const byOrganisation = await app.inject({ url: `/organisations/${organisationCode}/decisions`, headers: await as.portal() });
  t.equal(byOrganisation.statusCode, 200);
  t.equal(byOrganisation.json().length, 1, 'the organisation\'s decisions');
});

t.test('a comment names objectives of the version decided on; any other is refused with the field, nothing recorded', async (t) => {
  const { app, db, planId } = await plansApp(t);
  const frozen = await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/versions`, headers: worker });
  t.ok([200, 201].includes(frozen.statusCode), frozen.body);
  const version = frozen.json().number as number;
  const comment = 'Les objectifs 20 et 21 manquent d’indicateurs.';
  const outside = await app.inject({
    method: 'POST', url: '/decisions', headers: worker,
    payload: sampleDecision(planId, { version, items: [{ item: 'plan', outcome: 'request_changes', comment, objectives: ['21', '99'] }] }),
  });
  t.equal(outside.statusCode, 400, outside.body);
  t.equal(outside.json().code, 'decision.objective_outside_version');
  t.match(outside.json().issues, [{ path: 'body.items.0.objectives', message: /99/ }], 'the field at fault, and the objective');
  t.equal(Number((await db.selectFrom('decisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 0, 'nothing recorded');

  const named = await app.inject({
    method: 'POST', url: '/decisions', headers: worker,
    payload: sampleDecision(planId, { version, items: [{ item: 'plan', outcome: 'request_changes', comment, objectives: ['20', '21'] }] }),
  });
  t.equal(named.statusCode, 201, named.body);
  const read = (await app.inject({ url: `/strategic-plans/${planId}/decisions`, headers: worker })).json();
  t.match(read, [{ item: 'plan', comment, objectives: ['20', '21'] }], 'the objectives read back with the comment');
  const plain = await app.inject({ method: 'POST', url: '/decisions', headers: worker, payload: sampleDecision(planId, { idempotencyKey: 'other-act', version }) });
  t.same(plain.json().records[0].objectives, [], 'a decision naming none has an empty list');
});
