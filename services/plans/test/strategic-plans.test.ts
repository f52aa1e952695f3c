import t from 'tap';
import { actor, as, plansApp, worker } from '../test-support/plans-app.js';

const countAudit = async (db: Awaited<ReturnType<typeof plansApp>>['db']) =>
  (await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

/** A person of the President's office, registered by the organisation's administrator; the portal acts for them. */
async function presidentOffice({ app, organisationCode }: Awaited<ReturnType<typeof plansApp>>) {
  const res = await app.inject({
    method: 'POST', url: `/organisations/${organisationCode}/people`, headers: actor,
    payload: { name: 'Laura Szabo', email: 'laura.szabo@ibz.example', language: 'fr', roles: [{ role: 'president_office' }] },
  });
  const { id } = res.json() as { id: string };
  return { id, headers: await as.person(id) };
}

t.test('an objective change names its revision; a stale one gets 409 and changes nothing', async (t) => {
  const ctx = await plansApp(t);
  const { app, db, planId } = ctx;
  const laura = await presidentOffice(ctx);
  const url = `/strategic-plans/${planId}/objectives/3`;
  const before = (await app.inject({ url, headers: worker })).json();
  t.equal(before.revision, 1);

  const ok = await app.inject({ method: 'PATCH', url, headers: laura.headers, payload: { expectedRevision: 1, title: 'Nouveau titre de l’objectif 3' } });
  t.equal(ok.statusCode, 200);
  t.equal(ok.json().title, 'Nouveau titre de l’objectif 3');
  t.equal(ok.json().revision, 2);

  const audits = await countAudit(db);
  const stale = await app.inject({ method: 'PATCH', url, headers: laura.headers, payload: { expectedRevision: 1, title: 'Écrasé ?' } });
  t.equal(stale.statusCode, 409);
  t.equal(stale.json().currentRevision, 2, 'the answer tells the current revision');
  t.match(stale.json().message, /revision 2/);
  t.equal((await app.inject({ url, headers: worker })).json().title, 'Nouveau titre de l’objectif 3', 'the stale change was not applied');
  t.equal(await countAudit(db), audits, 'nothing was audited for the refused change');

  const entries = (await app.inject({ url: `/audit?subjectType=strategic_objective&subjectId=${planId}%233`, headers: worker })).json();
  t.equal(entries.total, 1);
  t.equal(entries.items[0].actor, `${laura.id} (via portal)`, 'the audit names the person, and the service that acted for them');
  t.equal(entries.items[0].before.title, before.title, 'the audit keeps the text before');
  t.equal(entries.items[0].after.title, 'Nouveau titre de l’objectif 3', 'and after');
});

t.test('bad input gets 400 with the field at fault and leaves the rows unchanged', async (t) => {
  const { app, db, planId } = await plansApp(t);
  const url = `/strategic-plans/${planId}/objectives/5`;
  const before = (await app.inject({ url, headers: worker })).json();
  const audits = await countAudit(db);

  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['empty title', { expectedRevision: 1, title: '' }, /body\.title/],
    ['revision not a number', { expectedRevision: 'one', title: 'x' }, /body\.expectedRevision/],
    ['nothing to change', { expectedRevision: 1 }, /body\.title/],
    ['unknown owner entity', { expectedRevision: 1, ownerEntityCodes: ['DGXX'] }, /body\.ownerEntityCodes: unknown entity DGXX/],
  ];
  for (const [name, payload, field] of cases) {
    const res = await app.inject({ method: 'PATCH', url, headers: worker, payload });
    t.equal(res.statusCode, 400, `${name}: 400`);
    t.match(res.json().message, field, `${name}: names the field`);
  }
  const anonymous = await app.inject({ method: 'PATCH', url, headers: { 'x-jalon-actor': 'test@ibz.example' }, payload: { expectedRevision: 1, title: 'x' } });
  t.equal(anonymous.statusCode, 401, 'no credential (a self-declared actor is none): 401');
  t.same((await app.inject({ url, headers: worker })).json(), before, 'the objective is unchanged');
  t.equal(await countAudit(db), audits, 'the audit log is unchanged');

  t.equal((await app.inject({ url: `/strategic-plans/${planId}/objectives/99`, headers: worker })).statusCode, 404, 'an unknown objective is 404');
  t.equal((await app.inject({ url: '/strategic-plans/7b0c3c5e-0000-4000-8000-000000000000', headers: worker })).statusCode, 404, 'an unknown plan is 404');
  const badId = await app.inject({ url: '/strategic-plans/not-a-uuid', headers: worker });
  t.equal(badId.statusCode, 400);
  t.match(badId.json().message, /params\.planId/);
});

t.test('the plan moves through its statuses, signing points at a frozen version, the older plan is superseded', async (t) => {
  const { app, planId } = await plansApp(t);
  const status = (expectedRevision: number, body: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/strategic-plans/${planId}/status`, headers: worker, payload: { expectedRevision, ...body } });

  const skip = await status(1, { status: 'signed' });
  t.equal(skip.statusCode, 409, 'a draft cannot be signed directly');
  t.match(skip.json().message, /can become: in_committee/);

  t.equal((await status(1, { status: 'in_committee' })).statusCode, 200);
  const edit = await app.inject({ method: 'PATCH', url: `/strategic-plans/${planId}/objectives/1`, headers: worker, payload: { expectedRevision: 1, title: 'x' } });
  t.equal(edit.statusCode, 409, 'objectives are frozen outside drafting');
  t.match(edit.json().message, /only while it is in drafting/);

  t.equal((await status(2, { status: 'under_review' })).statusCode, 200);
  t.equal((await status(3, { status: 'awaiting_signature' })).statusCode, 200);
  const version = (await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/versions`, headers: worker })).json();
  const noSignature = await status(4, { status: 'signed' });
  t.equal(noSignature.statusCode, 400);
  const signed = await status(4, { status: 'signed', signature: { signedBy: 'Annelies Verlinden', signedAt: '2022-03-15T10:00:00+01:00', version: version.number } });
  t.equal(signed.statusCode, 200);
  t.equal(signed.json().status, 'signed');
  t.equal(signed.json().signedVersion, version.number);
  t.equal(signed.json().signedAt, '2022-03-15T09:00:00.000Z');

  const addendum = await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/addenda`, headers: worker, payload: { title: 'Objectifs transversaux (6.4)', text: 'Coordonnés par le SPF BOSA.' } });
  t.equal(addendum.statusCode, 201, 'an addendum can be added after signature');
  t.equal(addendum.json().number, 1);
});

t.test('reading a plan again while nothing changed answers 304; a change gives a new ETag and the new text', async (t) => {
  const { app, planId } = await plansApp(t);
  const first = await app.inject({ url: `/strategic-plans/${planId}`, headers: worker });
  const etag = first.headers.etag as string;
  t.ok(etag, 'an ETag');
  t.equal((await app.inject({ url: `/strategic-plans/${planId}`, headers: { ...worker, 'if-none-match': etag } })).statusCode, 304);
  t.same((await app.inject({ url: `/strategic-plans/${planId}`, headers: worker })).json(), first.json(), 'the same plan, from the cache');

  await app.inject({ method: 'PATCH', url: `/strategic-plans/${planId}/objectives/7`, headers: worker, payload: { expectedRevision: 1, title: 'Titre modifié' } });
  const after = await app.inject({ url: `/strategic-plans/${planId}`, headers: { ...worker, 'if-none-match': etag } });
  t.equal(after.statusCode, 200, 'a changed plan is sent again');
  t.not(after.headers.etag, etag);
  t.equal(after.json().objectives[6].title, 'Titre modifié', 'with the change');
});

t.test('the audit log cannot be rewritten', async (t) => {
  const { db } = await plansApp(t);
  const { sql } = await import('kysely');
  await t.rejects(sql`update audit_log set actor = 'someone else'`.execute(db), /append-only/, 'an update is refused');
  await t.rejects(sql`delete from audit_log`.execute(db), /append-only/, 'a delete is refused');
  const entries = await db.selectFrom('audit_log').select('actor').execute();
  t.ok(entries.length > 0 && entries.every((e) => e.actor === 'reference-loader'), 'the entries are as written');
});
