import t from 'tap';
import { actor, as, plansApp, worker } from '../test-support/plans-app.js';

type Ctx = Awaited<ReturnType<typeof plansApp>>;

/** A person registered by the organisation's administrator with these roles; the portal acts for them. */
async function registered({ app, organisationCode }: Ctx, email: string, roles: Array<Record<string, string>>) {
  const res = await app.inject({ method: 'POST', url: `/organisations/${organisationCode}/people`, headers: actor, payload: { name: email.split('@')[0], email, language: 'fr', roles } });
  const { id } = res.json() as { id: string };
  return { id, headers: await as.person(id) };
}

const auditCount = async ({ db }: Ctx) => (await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const planOf = async ({ app, planId }: Ctx) => (await app.inject({ url: `/strategic-plans/${planId}`, headers: worker })).json();

t.test('the President\'s office edits the draft: priorities reordered and removed, risk domains, a new "(Tous)" objective; each audited with its actor', async (t) => {
  const ctx = await plansApp(t);
  const { app, planId } = ctx;
  const office = await registered(ctx, 'office@ibz.example', [{ role: 'president_office' }]);
  const plan = await planOf(ctx);
  t.equal(plan.priorities.length, 5, 'the reference plan has five priorities');

  // The fifth first, the second dropped, the first reworded: one change.
  const [p1, , p3, p4, p5] = plan.priorities;
  const priorities = [{ title: p5.title, text: p5.text }, { title: 'Priorité réécrite', text: p1.text }, { title: p3.title, text: p3.text }, { title: p4.title, text: p4.text }];
  const changed = await app.inject({ method: 'PUT', url: `/strategic-plans/${planId}/priorities`, headers: office.headers, payload: { expectedRevision: plan.revision, priorities } });
  t.equal(changed.statusCode, 200);
  t.equal(changed.json().revision, plan.revision + 1, 'the plan moves to its next revision');
  const after = await planOf(ctx);
  t.same(after.priorities.map((p: { number: number; title: string }) => [p.number, p.title]), [[1, p5.title], [2, 'Priorité réécrite'], [3, p3.title], [4, p4.title]], 'numbered again in the order sent');

  const risks = await app.inject({ method: 'PUT', url: `/strategic-plans/${planId}/risk-domains`, headers: office.headers, payload: {
    expectedRevision: after.revision, riskDomains: [{ title: 'Cybersécurité', weaknesses: ['Systèmes anciens'], threats: ['Rançongiciels'], objectiveNumbers: [9, 3, 9] }],
  } });
  t.equal(risks.statusCode, 200);
  t.same((await planOf(ctx)).riskDomains, [{ number: 1, title: 'Cybersécurité', weaknesses: ['Systèmes anciens'], threats: ['Rançongiciels'], objectiveNumbers: [3, 9] }]);

  const added = await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/objectives`, headers: office.headers, payload: {
    expectedRevision: risks.json().revision, title: 'Un SPF durable', text: 'Réduire l’empreinte carbone du SPF.', category: 'governance', ownerEntityCodes: ['ALL'],
    ambitions: [{ text: 'Bâtiments passifs', ownerTags: ['B&CG'], ownerEntityCodes: ['BCG'] }],
  } });
  t.equal(added.statusCode, 201, added.body);
  t.equal(added.json().number, 23, 'numbered after the last of the 22');
  t.same(added.json().ownerEntityCodes, ['ALL'], '"(Tous)" owns it');

  const entries = (await app.inject({ url: `/audit?subjectType=strategic_plan&subjectId=${planId}`, headers: worker })).json();
  const actions = entries.items.map((e: { action: string; actor: string }) => [e.action, e.actor]);
  t.ok(actions.some(([a, who]: string[]) => a === 'priorities.replaced' && who === `${office.id} (via portal)`), 'the priorities change, with the person who made it');
  t.ok(actions.some(([a]: string[]) => a === 'risk_domains.replaced'), 'the risk domains change');
  const objectiveAudit = (await app.inject({ url: `/audit?subjectType=strategic_objective&subjectId=${planId}%2323`, headers: worker })).json();
  t.equal(objectiveAudit.items[0]?.action, 'objective.added');
});

t.test('a drafter may not edit the strategic plan (403); nothing changes', async (t) => {
  const ctx = await plansApp(t);
  const { app, planId } = ctx;
  const drafter = await registered(ctx, 'drafter@ibz.example', [{ role: 'drafter', entityCode: 'OE' }]);
  const before = await planOf(ctx);
  const audits = await auditCount(ctx);
  const calls = [
    { method: 'PUT' as const, url: `/strategic-plans/${planId}/priorities`, payload: { expectedRevision: before.revision, priorities: [{ title: 'x', text: 'y' }] } },
    { method: 'PUT' as const, url: `/strategic-plans/${planId}/risk-domains`, payload: { expectedRevision: before.revision, riskDomains: [] } },
    { method: 'POST' as const, url: `/strategic-plans/${planId}/objectives`, payload: { expectedRevision: before.revision, title: 'x', text: 'y', category: 'governance', ownerEntityCodes: ['OE'] } },
    { method: 'PATCH' as const, url: `/strategic-plans/${planId}/objectives/20`, payload: { expectedRevision: 1, title: 'x' } },
  ];
  for (const call of calls) {
    const res = await app.inject({ ...call, headers: drafter.headers });
    t.equal(res.statusCode, 403, `${call.method} ${call.url}: 403`);
  }
  t.same(await planOf(ctx), before, 'the plan is unchanged');
  t.equal(await auditCount(ctx), audits, 'nothing audited');
});

t.test('a plan out of drafting is refused with 409 strategic_plan.not_editable; a stale revision with 409 plan.stale_revision', async (t) => {
  const ctx = await plansApp(t);
  const { app, planId } = ctx;
  const office = await registered(ctx, 'office@ibz.example', [{ role: 'president_office' }]);
  const plan = await planOf(ctx);
  const priorities = [{ title: 'Une seule priorité', text: 'Texte' }];

  const first = await app.inject({ method: 'PUT', url: `/strategic-plans/${planId}/priorities`, headers: office.headers, payload: { expectedRevision: plan.revision, priorities } });
  t.equal(first.statusCode, 200);
  const stale = await app.inject({ method: 'PUT', url: `/strategic-plans/${planId}/priorities`, headers: office.headers, payload: { expectedRevision: plan.revision, priorities: [{ title: 'Écrasé ?', text: 'x' }] } });
  t.equal(stale.statusCode, 409, 'a second editor holding the older revision is refused');
  t.equal(stale.json().code, 'plan.stale_revision');
  t.equal(stale.json().currentRevision, plan.revision + 1);
  t.equal((await planOf(ctx)).priorities[0].title, 'Une seule priorité', 'the first editor\'s change stands');

  const current = (await planOf(ctx)).revision;
  t.equal((await app.inject({ method: 'POST', url: `/strategic-plans/${planId}/status`, headers: worker, payload: { expectedRevision: current, status: 'in_committee' } })).statusCode, 200);
  const frozen = await planOf(ctx);
  const audits = await auditCount(ctx);
  for (const call of [
    { method: 'PUT' as const, url: `/strategic-plans/${planId}/priorities`, payload: { expectedRevision: frozen.revision, priorities } },
    { method: 'PUT' as const, url: `/strategic-plans/${planId}/risk-domains`, payload: { expectedRevision: frozen.revision, riskDomains: [] } },
    { method: 'POST' as const, url: `/strategic-plans/${planId}/objectives`, payload: { expectedRevision: frozen.revision, title: 'x', text: 'y', category: 'governance', ownerEntityCodes: ['ALL'] } },
    { method: 'PATCH' as const, url: `/strategic-plans/${planId}/objectives/3`, payload: { expectedRevision: 1, title: 'x' } },
  ]) {
    const res = await app.inject({ ...call, headers: office.headers });
    t.equal(res.statusCode, 409, `${call.method} ${call.url}: 409 while in committee`);
    t.equal(res.json().code, 'strategic_plan.not_editable');
  }
  t.same(await planOf(ctx), frozen, 'the plan in committee is unchanged');
  t.equal(await auditCount(ctx), audits);
});

t.test('bad input: 400 naming the field (request.invalid), nothing changed', async (t) => {
  const ctx = await plansApp(t);
  const { app, planId } = ctx;
  const office = await registered(ctx, 'office@ibz.example', [{ role: 'president_office' }]);
  const before = await planOf(ctx);
  const audits = await auditCount(ctx);
  const r = before.revision;
  const cases: Array<[string, 'PUT' | 'POST', string, object, string]> = [
    ['an empty priority title', 'PUT', 'priorities', { expectedRevision: r, priorities: [{ title: ' ', text: 'x' }] }, 'body.priorities.0.title'],
    ['no priority at all', 'PUT', 'priorities', { expectedRevision: r, priorities: [] }, 'body.priorities'],
    ['a risk naming no such objective', 'PUT', 'risk-domains', { expectedRevision: r, riskDomains: [{ title: 'R', weaknesses: [], threats: [], objectiveNumbers: [99] }] }, 'body.riskDomains.0.objectiveNumbers'],
    ['an unknown owner entity', 'POST', 'objectives', { expectedRevision: r, title: 'x', text: 'y', category: 'governance', ownerEntityCodes: ['DGXX'] }, 'body.ownerEntityCodes'],
    ['an unknown category', 'POST', 'objectives', { expectedRevision: r, title: 'x', text: 'y', category: 'autre', ownerEntityCodes: ['OE'] }, 'body.category'],
    ['an ambition without owner', 'POST', 'objectives', { expectedRevision: r, title: 'x', text: 'y', category: 'governance', ownerEntityCodes: ['OE'], ambitions: [{ text: 'a', ownerTags: ['OE'], ownerEntityCodes: [] }] }, 'body.ambitions.0.ownerEntityCodes'],
  ];
  for (const [name, method, path, payload, field] of cases) {
    const res = await app.inject({ method, url: `/strategic-plans/${planId}/${path}`, headers: office.headers, payload });
    t.equal(res.statusCode, 400, `${name}: 400`);
    // request.invalid for a malformed field, request.invalid_field for one naming what does not exist
    t.match(res.json().code, /^request\.invalid(_field)?$/, `${name}: its code`);
    t.ok(res.json().issues.some((i: { path: string }) => i.path === field), `${name}: names ${field}`);
  }
  t.same(await planOf(ctx), before, 'the plan is unchanged');
  t.equal(await auditCount(ctx), audits, 'nothing audited');
});
