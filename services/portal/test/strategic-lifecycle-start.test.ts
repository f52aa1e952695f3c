import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { strategicPlanWorkflowId } from '@jalon/workflows';
import { WorkflowNotFoundError } from '@temporalio/client';
import t from 'tap';
import { portalLoggerOptions } from '../src/app.js';
import { cycleWorld, type CycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';

/*
 * The President's office starts the strategic plan's lifecycle, from the API and from the dashboard:
 * who may, what a second start does, what a plan that is no longer a draft gets, and what people
 * see next (the committee's e-mails, the plan's step and who it waits for, in French and Dutch).
 */

type WithCookies = { cookies: Array<{ name: string; value: string }> };
const cookiesOf = (response: unknown) => (response as WithCookies).cookies.map((c) => `${c.name}=${c.value}`).join('; ');

const lifecycleUrl = (w: CycleWorld, planId = w.plans.planId, org = w.ORG) => `/organisations/${org}/strategic-plans/${planId}/lifecycle`;
const reviewMailsTo = (w: CycleWorld, email: string) => w.mailTo(email).filter((m) => /\/decisions\//.test(m.text));

/** The dashboard of a signed-in person, in French or (through the language switch) in Dutch. */
async function dashboardOf(w: CycleWorld, cookie: string, language: 'fr' | 'nl' = 'fr') {
  if (language === 'fr') return w.portal.pages.inject({ url: '/dashboard', headers: { cookie } });
  const dutch = await w.portal.pages.inject({ url: '/language/nl?back=%2Fdashboard', headers: { cookie } });
  return w.portal.pages.inject({ url: '/dashboard', headers: { cookie: `${cookie}; ${cookiesOf(dutch)}` } });
}

async function lifecycleExists(w: CycleWorld) {
  return w.portal.temporal.client.workflow.getHandle(strategicPlanWorkflowId(w.ORG, w.plans.planId)).describe()
    .then(() => true, (error: unknown) => { if (error instanceof WorkflowNotFoundError) return false; throw error; });
}

t.test('a draft plan: the President\'s office starts its lifecycle once, the committee is asked, the dashboard follows it', async (t) => {
  const w = await cycleWorld(t, { strategicPlanSigned: false });
  const president = await signInByEmail(w, w.people.president.email);

  // Before: the button, in French and Dutch, for the President's office only.
  const before = await dashboardOf(w, president);
  t.equal(before.statusCode, 200);
  t.match(before.body, 'Lancer le cycle du plan stratégique', 'the President\'s office is offered the start');
  t.match(before.body, `action="/dashboard/strategic-plans/${w.plans.planId}/lifecycle"`);
  t.match((await dashboardOf(w, president, 'nl')).body, 'De cyclus van het strategisch plan starten', 'in Dutch too');
  const member = await signInByEmail(w, w.people.dgsp.email);
  const memberPage = await dashboardOf(w, member);
  t.equal(memberPage.statusCode, 403, 'a committee member has no dashboard');
  t.notMatch(memberPage.body, 'Lancer le cycle du plan stratégique');
  const memberPost = await w.portal.pages.inject({
    method: 'POST', url: `/dashboard/strategic-plans/${w.plans.planId}/lifecycle`, headers: { ...formHeaders, cookie: member }, payload: form({ csrf: 'any' }),
  });
  t.equal(memberPost.statusCode, 403, 'nor may start the lifecycle from a page');

  // Who may not start it, and an unknown plan: nothing is started.
  t.equal((await w.portal.internal.inject({ method: 'POST', url: lifecycleUrl(w) })).statusCode, 401, 'no token');
  t.equal((await w.api('POST', lifecycleUrl(w), w.people.outsider)).statusCode, 403, 'a person without a role');
  t.equal((await w.api('POST', lifecycleUrl(w), w.people.dgsp)).statusCode, 403, 'a committee member');
  t.equal((await w.api('POST', lifecycleUrl(w), w.people.verlinden)).statusCode, 403, 'the Minister\'s cell');
  t.equal((await w.api('POST', lifecycleUrl(w, w.plans.planId, 'spf-autre'))).statusCode, 403, 'the President\'s office, for another organisation');
  const unknown = await w.api('POST', lifecycleUrl(w, randomUUID()));
  t.equal(unknown.statusCode, 404, 'an unknown plan');
  t.equal(unknown.json().code, 'strategic_plan.not_found');
  t.notOk(await lifecycleExists(w), 'no refused call started anything');

  // The start: 201, a workflow id without any person in it, then the committee's e-mails.
  const started = await w.api('POST', lifecycleUrl(w));
  t.equal(started.statusCode, 201, started.body);
  const { workflowId, created } = started.json();
  t.equal(workflowId, `strategic-plan/${w.ORG}/${w.plans.planId}`);
  t.ok(created);
  for (const p of Object.values(w.people)) t.notOk(workflowId.includes(p.id) || workflowId.includes(p.email), 'no personal data in the workflow id');
  const again = await w.api('POST', lifecycleUrl(w));
  t.equal(again.statusCode, 200, 'starting again is answered with the lifecycle that exists');
  t.same({ workflowId: again.json().workflowId, created: again.json().created }, { workflowId, created: false });

  const [dgspMail] = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.dgsp.email) && /\/decisions\//.test(m.text), { timeoutMs: 30_000 });
  const [oeMail] = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.oe.email) && /\/decisions\//.test(m.text), { timeoutMs: 30_000 });
  t.match(dgspMail!.subject, /^Pour examen/, 'each committee member is asked to review, in their language');
  t.match(oeMail!.subject, /^Ter nazicht/);

  // The dashboard: the step and who it waits for, by name, in French and Dutch; no button any more.
  let after = await dashboardOf(w, president);
  for (let i = 0; i < 100 && !/Directeur-generaal DVZ/.test(after.body); i++) {
    await new Promise((r) => setTimeout(r, 200));
    after = await dashboardOf(w, president);
  }
  t.match(after.body, 'Examen par le comité de direction', 'the plan\'s step, in words a person understands');
  t.match(after.body, 'Directeur DGSP', 'who it waits for, by name');
  t.match(after.body, 'Directeur-generaal DVZ');
  t.notMatch(after.body, w.people.dgsp.id, 'not by id');
  t.notMatch(after.body, 'Lancer le cycle du plan stratégique', 'a started lifecycle is not offered again');
  const afterNl = await dashboardOf(w, president, 'nl');
  t.match(afterNl.body, 'Nazicht door het directiecomité');
  t.match(afterNl.body, 'Directeur DGSP');

  // A start form posted again (an old page): nothing twice, said in the reader's language.
  const posted = await w.portal.pages.inject({
    method: 'POST', url: `/dashboard/strategic-plans/${w.plans.planId}/lifecycle`, headers: { ...formHeaders, cookie: president }, payload: form({ csrf: csrfOf(before.body) }),
  });
  t.equal(posted.statusCode, 303);
  t.equal(posted.headers.location, '/dashboard?lifecycle=existing');
  t.match((await w.portal.pages.inject({ url: posted.headers.location!, headers: { cookie: president } })).body, 'était déjà lancé');
  await new Promise((r) => setTimeout(r, 1000));
  t.equal(reviewMailsTo(w, w.people.dgsp.email).length, 1, 'one review e-mail to each member: nothing was started twice');
  t.equal(reviewMailsTo(w, w.people.oe.email).length, 1);
});

t.test('a plan that is no longer a draft: refused with its code, no button, the page says why in the reader\'s language', async (t) => {
  const w = await cycleWorld(t);
  const refused = await w.api('POST', lifecycleUrl(w));
  t.equal(refused.statusCode, 409);
  t.equal(refused.json().code, 'strategic_plan.not_draft', 'a stable code');
  t.match(refused.json().message, /not a draft/, 'and a message');
  t.notOk(await lifecycleExists(w), 'nothing started');

  const president = await signInByEmail(w, w.people.president.email);
  const page = await dashboardOf(w, president);
  t.equal(page.statusCode, 200);
  t.notMatch(page.body, 'Lancer le cycle du plan stratégique', 'no start for a signed plan');
  const posted = await w.portal.pages.inject({
    method: 'POST', url: `/dashboard/strategic-plans/${w.plans.planId}/lifecycle`, headers: { ...formHeaders, cookie: president }, payload: form({ csrf: csrfOf(page.body) }),
  });
  t.equal(posted.statusCode, 409);
  t.match(posted.body, 'n’est plus un projet', 'the refusal in French');
  t.notMatch(posted.body, 'not a draft', 'not the API\'s English');
  const nl = await w.portal.pages.inject({ url: '/language/nl?back=%2Fdashboard', headers: { cookie: president } });
  const postedNl = await w.portal.pages.inject({
    method: 'POST', url: `/dashboard/strategic-plans/${w.plans.planId}/lifecycle`,
    headers: { ...formHeaders, cookie: `${president}; ${cookiesOf(nl)}` }, payload: form({ csrf: csrfOf(page.body) }),
  });
  t.equal(postedNl.statusCode, 409);
  t.match(postedNl.body, 'is geen ontwerp meer', 'and in Dutch');
});

t.test('the workflow engine not answering: the start is a 503 that says what to do, on the API and the pages, in the reader\'s language', async (t) => {
  // A deadline of 1 ms: every call the portal makes to Temporal outlives it.
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  const w = await cycleWorld(t, { strategicPlanSigned: false, portal: { temporalTimeoutMs: 1, logger: { ...portalLoggerOptions(), level: 'warn', stream } } });
  t.teardown(() => w.portal.temporal.client.workflow.getHandle(strategicPlanWorkflowId(w.ORG, w.plans.planId)).terminate().catch(() => undefined));
  const api = await w.api('POST', lifecycleUrl(w));
  t.equal(api.statusCode, 503, 'a 503, not a 500');
  t.equal(api.json().code, 'cycle.unavailable');
  t.match(api.json().message, /may not have been started.*Start it again in a minute/);

  const president = await signInByEmail(w, w.people.president.email);
  const page = await dashboardOf(w, president);
  t.equal(page.statusCode, 200, 'the dashboard opens all the same, from the plans');
  const startForm = { method: 'POST' as const, url: `/dashboard/strategic-plans/${w.plans.planId}/lifecycle`, payload: form({ csrf: csrfOf(page.body) }) };
  const posted = await w.portal.pages.inject({ ...startForm, headers: { ...formHeaders, cookie: president } });
  t.equal(posted.statusCode, 503);
  t.match(posted.body, 'Le moteur des cycles (Temporal) ne peut pas traiter cette demande', 'said next to the form, in French');
  t.match(posted.body, 'envoyez-la à nouveau', 'with what to do');
  t.match(posted.body, 'Lancer le cycle du plan stratégique', 'the form is still there, to send again');
  t.notMatch(posted.body, 'Un problème est survenu', 'not the page of a failure on Jalon\'s side');
  const logged = lines.filter((l) => l.includes('did not take a request sent from the dashboard'));
  t.ok(logged.length > 0, 'shown on the page, the outage is still in the operators\' log');
  t.notOk(logged.some((l) => l.includes(w.people.president.email)), 'without the person\'s e-mail');
  const nl = await w.portal.pages.inject({ url: '/language/nl?back=%2Fdashboard', headers: { cookie: president } });
  const postedNl = await w.portal.pages.inject({ ...startForm, headers: { ...formHeaders, cookie: `${president}; ${cookiesOf(nl)}` } });
  t.equal(postedNl.statusCode, 503);
  t.match(postedNl.body, 'De cyclusmotor (Temporal) kan deze aanvraag nu niet verwerken', 'and in Dutch');

  // The draft's page needs its lifecycle's stage: it says a service does not answer, and that what was sent may not be recorded.
  const draft = await w.portal.pages.inject({ url: `/strategic-drafts/${w.plans.planId}`, headers: { cookie: president } });
  t.equal(draft.statusCode, 503);
  t.match(draft.body, 'Service momentanément indisponible');
  t.match(draft.body, 'n’a peut-être pas été enregistré');
  t.notMatch(draft.body, 'Rien n’a été modifié', 'not the claim that nothing was changed, which it cannot know');
});
