import { csrfOf, form, formHeaders } from '@jalon/portal/test-support/portal-app';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import t from 'tap';
import { actor, worker } from '@jalon/plans/test-support/plans-app';

/**
 * Every member of the committee clicks "approve" at the same instant, through the real form POST:
 * every decision is recorded, the round closes once and the cycle moves on exactly once.
 */
t.test('ten committee members decide at the same instant: every decision recorded, one transition', async (t) => {
  const w = await cycleWorld(t);
  // A year no other test of this Temporal server uses (a year's cycle id is one per namespace).
  const year = new Date().getUTCFullYear() + 4;
  const others = [];
  for (let i = 3; i <= 10; i++) {
    const res = await w.plans.app.inject({
      method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
      payload: { name: `Membre ${i}`, email: `membre${i}@ibz.example`, language: i % 2 ? 'fr' : 'nl', roles: [{ role: 'committee_member' }] },
    });
    t.equal(res.statusCode, 201);
    others.push(`membre${i}@ibz.example`);
  }
  const members = ['dgsp@ibz.example', 'dvz@ibz.example', ...others];

  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year })).statusCode, 201);
  await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  t.equal((await w.api('POST', `${w.cycleUrl(year)}/close-drafting`, w.people.president)).statusCode, 200);
  const [consolidation] = await w.notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example') && /Consolidation/.test(m.subject), { timeoutMs: 30_000 });
  await w.actOnEmail(consolidation!, { 'outcome:consolidation': 'approve' });

  const requests = await w.notifications.catcher.waitFor((m) => members.some((e) => m.to.includes(e)) && /comité|directiecomité/i.test(m.subject), { count: members.length, timeoutMs: 60_000 });
  // Each member has the page open; then they all send at once.
  const pages = await Promise.all(requests.map(async (mail) => {
    const path = new URL(mail.text.match(/https:\/\/jalon\.ibz\.example\/decisions\/[A-Za-z0-9_-]+/)![0]).pathname;
    const page = await w.portal.app.inject({ url: path });
    return { path, body: form({ csrf: csrfOf(page.body), 'outcome:plan': 'approve' }) };
  }));
  const answers = await Promise.all(pages.map((p) => w.portal.app.inject({ method: 'POST', url: p.path, headers: formHeaders, payload: p.body })));
  t.same(answers.map((a) => a.statusCode), members.map(() => 200), 'every click is answered');
  t.ok(answers.every((a) => /enregistrée|geregistreerd/.test(a.body)), 'each one says the decision is recorded');

  const done = await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);
  const committee = done.decisions.filter((d: { step: string }) => d.step === 'committee');
  t.equal(committee.length, members.length, 'every decision is in the round\'s history');
  t.equal(new Set(committee.map((d: { personId: string }) => d.personId)).size, members.length, 'one per member');
  const audit = (await w.plans.app.inject({ url: `/audit?subjectType=operational_plan&subjectId=${done.operationalPlanId}&limit=100`, headers: worker })).json();
  const moves = audit.items.filter((e: { action: string; after: { status?: string } }) => e.action === 'operational_plan.status_changed').map((e: { after: { status: string } }) => e.after.status);
  t.equal(moves.filter((s: string) => s === 'validated').length, 1, 'the plan is validated exactly once');
  t.equal(moves.filter((s: string) => s === 'in_committee').length, 1, 'after one committee step');
  await new Promise((r) => setTimeout(r, 500));
  t.equal(w.mailTo('cabinet.verlinden@ibz.example').filter((m) => /information/i.test(m.subject)).length, 1, 'the Minister\'s cell receives the plan once');
});
