import type { CaughtMessage } from '@jalon/infra';
import { notificationsApp } from '@jalon/notifications/test-support/notifications-app';
import { csrfOf, form, formHeaders, portalApp } from '@jalon/portal/test-support/portal-app';
import { keepHistory } from '@jalon/testkit';
import { lifecycleState, recordSignature, strategicPlanLifecycle, strategicPlanWorkflowId, submitPlan, type StrategicPlanInput } from '@jalon/workflows';
import t from 'tap';
import { actor, plansApp, worker } from '@jalon/plans/test-support/plans-app';

/**
 * The strategic plan from submission to signature and communication, on real servers: Temporal,
 * PostgreSQL (plans, notifications, portal), a real SMTP server. People act only through what they
 * receive: the e-mail, the link in it, the page and its form.
 */
async function cycle(t: { teardown: (fn: () => unknown) => void }) {
  const plans = await plansApp(t);
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 } });
  const plansUrl = await plans.app.listen({ port: 0, host: '127.0.0.1' });
  // The portal asks the plans service whether a link's person still holds the role.
  const portal = await portalApp(t, { worker: false, plansUrl });
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const portalUrl = await portal.app.listen({ port: 0, host: '127.0.0.1' });
  await portal.temporal.startWorker({ plansUrl, notificationsUrl, portalUrl });

  const person = async (name: string, email: string, language: 'fr' | 'nl', roles: Array<Record<string, string>>) => {
    const res = await plans.app.inject({ method: 'POST', url: '/organisations/spf-interieur/people', headers: actor, payload: { name, email, language, roles } });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json() as { id: string };
  };
  const people = {
    dgsp: await person('Directeur DGSP', 'dgsp@ibz.example', 'fr', [{ role: 'committee_member' }]),
    oe: await person('Directeur-generaal DVZ', 'dvz@ibz.example', 'nl', [{ role: 'committee_member' }]),
    mahdi: await person('Kabinet Mahdi', 'kabinet.mahdi@ibz.example', 'nl', [{ role: 'state_secretary_cell', authorityCode: 'state-secretary-asylum-migration' }]),
    verlinden: await person('Cabinet Verlinden', 'cabinet.verlinden@ibz.example', 'fr', [{ role: 'minister_cell', authorityCode: 'minister-interior' }]),
  };

  const input: StrategicPlanInput = {
    organisationCode: 'spf-interieur',
    planId: plans.planId,
    planTitle: { fr: 'Plan stratégique 2022-2024', nl: 'Strategisch plan 2022-2024' },
    committeeRule: { kind: 'all' },
    signingAuthorityCode: 'minister-interior',
    reviewingAuthorityCodes: ['state-secretary-asylum-migration'],
    reviewWorkingDays: 10,
    communication: [
      { code: 'staff-main', targetGroup: 'Membres du personnel', message: 'Le plan stratégique a été signé.', recipients: [{ email: 'personnel@ibz.example', name: 'Personnel', language: 'fr' }] },
      { code: 'unions', targetGroup: 'Organisations syndicales', message: 'Le plan stratégique a été signé.', recipients: [{ email: 'vakbonden@ibz.example', name: 'Vakbonden', language: 'nl' }] },
    ],
  };
  const handle = await portal.temporal.client.workflow.start(strategicPlanLifecycle, {
    taskQueue: portal.temporal.taskQueue, workflowId: strategicPlanWorkflowId('spf-interieur', plans.planId), args: [input],
  });

  /** Waits for the e-mail, opens its link as a browser would (GET, then POST the form). */
  const decideFromEmail = async (to: string, subjectLike: RegExp, fields: Record<string, string>) => {
    const [mail] = await notifications.catcher.waitFor((m: CaughtMessage) => m.to.includes(to) && subjectLike.test(m.subject), { timeoutMs: 30_000 });
    const link = mail!.text.match(/https:\/\/jalon\.ibz\.example\/decisions\/[A-Za-z0-9_-]+/)?.[0];
    if (!link) throw new Error(`no decision link in the e-mail to ${to}: ${mail!.text}`);
    const path = new URL(link).pathname;
    const page = await portal.app.inject({ url: path });
    const posted = await portal.app.inject({ method: 'POST', url: path, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), ...fields }) });
    return { mail: mail!, page, posted };
  };
  const waitForStage = async (stage: string) => {
    for (let i = 0; i < 300; i++) {
      const state = await handle.query(lifecycleState);
      if (state.stage === stage) return state;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the plan never reached ${stage}; it is ${(await handle.query(lifecycleState)).stage}`);
  };
  /** An objective of the plan as the plans service holds it, to find its very text on a page. */
  const objectiveOf = async (n: number) =>
    (await plans.app.inject({ url: `/strategic-plans/${plans.planId}/objectives/${n}`, headers: worker })).json() as { title: string; text: string; ambitions: Array<{ text: string }> };
  return { plans, notifications, portal, people, handle, decideFromEmail, waitForStage, objectiveOf };
}

/** The page's text as a reader reads it: tags dropped, the escaped characters back. */
const textOf = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
/** A paragraph of a plan's text, as the page shows it (whitespace folded). */
const folded = (text: string) => text.split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim();

t.test('from submission to signature and communication, through e-mails and links', async (t) => {
  const { plans, notifications, people, handle, decideFromEmail, waitForStage, objectiveOf } = await cycle(t);
  await handle.executeUpdate(submitPlan, { args: [{ personId: 'president-office' }] });

  const dgsp = await decideFromEmail('dgsp@ibz.example', /./, { 'outcome:plan': 'approve' });
  t.match(dgsp.mail.subject, /comité|plan/i, 'a French e-mail for a French-speaking member');
  t.equal(dgsp.page.statusCode, 200);
  // The committee reads the whole frozen plan it approves: priorities, every objective's full text,
  // its ambitions and owners by name, the risk domains; and finds the plan's own page.
  const [first, nineteen, twenty] = [await objectiveOf(1), await objectiveOf(19), await objectiveOf(20)];
  const committeePage = textOf(dgsp.page.body);
  t.match(committeePage, 'Le texte soumis à votre décision (version 1)', 'the committee member is told which frozen version the text is');
  t.match(committeePage, /Priorités stratégiques[\s\S]*Objectifs stratégiques[\s\S]*Domaines de risque stratégiques/, 'priorities, objectives and risk domains');
  for (const o of [first, nineteen, twenty]) t.match(committeePage, folded(o.text), `the full text of objective "${o.title.slice(0, 40)}…"`);
  t.match(committeePage, folded(first.ambitions[0]!.text), 'its ambitions');
  t.match(committeePage, /Entités responsables : Direction générale Office des Étrangers/, 'owners by name, not by code');
  t.match(dgsp.page.body, `href="/plans/strategic/${plans.planId}"`, 'a link to the plan\'s page');
  t.equal(dgsp.posted.statusCode, 200, 'the decision is recorded');
  const oe = await decideFromEmail('dvz@ibz.example', /./, { 'outcome:plan': 'approve' });
  t.match(oe.page.body, /lang="nl"/, 'the Dutch-speaking member gets a Dutch page');
  t.equal(oe.posted.statusCode, 200);

  const review = await decideFromEmail('kabinet.mahdi@ibz.example', /./, { 'outcome:20': 'approve', 'outcome:21': 'approve', 'outcome:22': 'approve' });
  t.match(review.page.body, /Strategische doelstelling 20/, 'the State Secretary is asked about objective 20');
  t.notMatch(review.page.body, /doelstelling 19/, 'and not about objectives outside his scope');
  const reviewPage = textOf(review.page.body);
  t.match(reviewPage, 'De doelstellingen die onder uw bevoegdheid vallen (versie 1)', 'his page says the text is his competence\'s');
  t.match(reviewPage, folded(twenty.text), 'with the full text of objective 20');
  t.notMatch(reviewPage, folded(nineteen.text), 'and not the text of objective 19');
  t.notMatch(reviewPage, folded(first.text), 'nor of objective 1');
  t.equal(review.posted.statusCode, 200);

  const awaiting = await waitForStage('awaiting_signature');
  t.equal((await plans.app.inject({ url: `/strategic-plans/${plans.planId}`, headers: worker })).json().status, 'awaiting_signature');
  const refused = await handle.executeUpdate(recordSignature, { args: [{ personId: people.dgsp.id, version: awaiting.version!.number, signedAt: '2022-03-15T10:00:00+01:00' }] }).catch((e: unknown) => e);
  t.ok(refused instanceof Error, 'only the Minister\'s cell can record the signature');
  await handle.executeUpdate(recordSignature, { args: [{ personId: people.verlinden.id, version: awaiting.version!.number, signedAt: '2022-03-15T10:00:00+01:00' }] });

  const final = await handle.result();
  t.equal(final.stage, 'communicated');
  const plan = (await plans.app.inject({ url: `/strategic-plans/${plans.planId}`, headers: worker })).json();
  t.equal(plan.status, 'signed', 'the plan is signed in the plans service');
  t.equal(plan.signedVersion, awaiting.version!.number, 'on exactly the version reviewed');
  t.equal(plan.signedAt, '2022-03-15T09:00:00.000Z');
  const communication = await notifications.catcher.waitFor((m) => m.to.includes('personnel@ibz.example') || m.to.includes('vakbonden@ibz.example'), { count: 2, timeoutMs: 30_000 });
  t.equal(communication.length, 2, 'each target group of the communication plan gets its e-mail');
  await keepHistory(handle, 'strategic-plan-signed');
});

t.test('changes requested by the State Secretary: back to drafting, then only the changed objective is reviewed again', async (t) => {
  const { plans, notifications, handle, decideFromEmail, waitForStage, objectiveOf } = await cycle(t);
  await handle.executeUpdate(submitPlan, { args: [{ personId: 'president-office' }] });
  await decideFromEmail('dgsp@ibz.example', /./, { 'outcome:plan': 'approve' });
  await decideFromEmail('dvz@ibz.example', /./, { 'outcome:plan': 'approve' });
  await decideFromEmail('kabinet.mahdi@ibz.example', /./, {
    'outcome:20': 'approve', 'outcome:21': 'approve', 'outcome:22': 'request_changes', 'comment:22': 'Verduidelijk de termijnen.',
  });
  const drafting = await waitForStage('drafting');
  t.same(drafting.changesRequested.map((c) => [c.step, c.item]), [['state_secretary_review', '22']], 'the drafters see what was sent back');
  t.equal((await plans.app.inject({ url: `/strategic-plans/${plans.planId}`, headers: worker })).json().status, 'draft');

  const objective = (await plans.app.inject({ url: `/strategic-plans/${plans.planId}/objectives/22`, headers: worker })).json();
  const edit = await plans.app.inject({ method: 'PATCH', url: `/strategic-plans/${plans.planId}/objectives/22`, headers: worker, payload: { expectedRevision: objective.revision, text: `${objective.text}\n\nDélais précisés.` } });
  t.equal(edit.statusCode, 200);
  notifications.catcher.clear();
  await handle.executeUpdate(submitPlan, { args: [{ personId: 'president-office' }] });
  const dgsp = await decideFromEmail('dgsp@ibz.example', /./, { 'outcome:plan': 'approve' });
  t.match(dgsp.mail.text, /Objectif 22 : texte modifié/, 'a member who saw version 1 is told what changed since, in French');
  // On the page, the change itself: objective 22's text in its old and its new wording.
  const changed = textOf(dgsp.page.body);
  t.match(changed, /Ce qui a changé depuis la version 1, la dernière qui vous a été soumise/, 'the page says what changed since the version this member saw');
  t.match(changed, /Modifié : Objectif stratégique 22 – [\s\S]*Texte Ancienne formulation [\s\S]*Nouvelle formulation [\s\S]*Délais précisés\./, 'objective 22\'s text, old then new wording with the added sentence');
  t.notMatch(changed.slice(0, changed.indexOf('Nouvelle formulation')), /Délais précisés/, 'the old wording does not have it');
  t.notMatch(changed, /Modifié : Objectif stratégique 2[01] /, 'unchanged objectives are not listed as changed');
  t.match(changed, folded((await objectiveOf(1)).text), 'and the whole plan (version 2) is there to read');
  const dvz = await decideFromEmail('dvz@ibz.example', /./, { 'outcome:plan': 'approve' });
  t.match(dvz.mail.text, /Doelstelling 22: tekst gewijzigd/, 'and in Dutch to a Dutch-speaking member');
  const again = await decideFromEmail('kabinet.mahdi@ibz.example', /./, { 'outcome:22': 'approve' });
  t.match(again.page.body, /doelstelling 22/, 'objective 22 is asked again');
  t.notMatch(again.page.body, /doelstelling 20|doelstelling 21/, 'the approved, unchanged objectives are not');
  t.match(textOf(again.page.body), /Wat er veranderd is sinds versie 1[\s\S]*Gewijzigd ?: Strategische doelstelling 22[\s\S]*Oude formulering[\s\S]*Nieuwe formulering[\s\S]*Délais précisés\./, 'the State Secretary\'s cell sees the new wording of objective 22, in Dutch around the French text');
  t.equal(again.posted.statusCode, 200);
  const awaiting = await waitForStage('awaiting_signature');
  t.equal(awaiting.version!.number, 2, 'the second frozen version awaits signature');
  await handle.terminate('test over');
  await keepHistory(handle, 'strategic-plan-changes-requested');
});
