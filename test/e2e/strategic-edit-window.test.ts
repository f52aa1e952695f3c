import { notificationsApp } from '@jalon/notifications/test-support/notifications-app';
import { portalApp } from '@jalon/portal/test-support/portal-app';
import { keepHistory } from '@jalon/testkit';
import { lifecycleState, strategicPlanLifecycle, strategicPlanWorkflowId, submitPlan } from '@jalon/workflows';
import t from 'tap';
import { actor, plansApp, worker } from '@jalon/plans/test-support/plans-app';

/**
 * Once the President's office has submitted the draft, nobody edits it through the API before the
 * committee's version is frozen: the submission is answered only when the plan is in committee,
 * and the version the committee reads is the draft as it was submitted.
 */
t.test('an edit right after the submission is refused with 409 strategic_plan.not_editable; the frozen version is the submitted draft', async (t) => {
  const plans = await plansApp(t);
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 } });
  const plansUrl = await plans.app.listen({ port: 0, host: '127.0.0.1' });
  const portal = await portalApp(t, { worker: false, plansUrl });
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const portalUrl = await portal.app.listen({ port: 0, host: '127.0.0.1' });
  await portal.temporal.startWorker({ plansUrl, notificationsUrl, portalUrl });
  const member = await plans.app.inject({
    method: 'POST', url: '/organisations/spf-interieur/people', headers: actor,
    payload: { name: 'Directeur DGSP', email: 'dgsp@ibz.example', language: 'fr', roles: [{ role: 'committee_member' }] },
  });
  t.equal(member.statusCode, 201);

  const handle = await portal.temporal.client.workflow.start(strategicPlanLifecycle, {
    taskQueue: portal.temporal.taskQueue, workflowId: strategicPlanWorkflowId('spf-interieur', plans.planId),
    args: [{
      organisationCode: 'spf-interieur', planId: plans.planId, planTitle: { fr: 'Plan stratégique 2022-2024', nl: 'Strategisch plan 2022-2024' },
      committeeRule: { kind: 'all' }, signingAuthorityCode: 'minister-interior', reviewingAuthorityCodes: [], reviewWorkingDays: 10, communication: [],
    }],
  });
  const objectiveUrl = `/strategic-plans/${plans.planId}/objectives/3`;
  const before = (await plans.app.inject({ url: objectiveUrl, headers: worker })).json() as { text: string; revision: number };

  await handle.executeUpdate(submitPlan, { args: [{ personId: 'president-office' }] });
  // The very next request after the submission was answered: the draft is no longer editable.
  const edit = await plans.app.inject({
    method: 'PATCH', url: objectiveUrl, headers: worker, payload: { expectedRevision: before.revision, text: `${before.text}\n\nAjouté après la soumission.` },
  });
  t.equal(edit.statusCode, 409, 'the edit is refused');
  t.equal(edit.json().code, 'strategic_plan.not_editable', 'with the stable code pages translate');
  t.equal((await plans.app.inject({ url: `/strategic-plans/${plans.planId}`, headers: worker })).json().status, 'in_committee', 'the plan is in committee as soon as it is submitted');

  let state = await handle.query(lifecycleState);
  for (let i = 0; i < 300 && state.stage !== 'committee'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    state = await handle.query(lifecycleState);
  }
  t.equal(state.stage, 'committee', 'the committee round starts');
  const frozen = (await plans.app.inject({ url: `/strategic-plans/${plans.planId}/versions/${state.version!.number}`, headers: worker })).json() as { snapshot: unknown };
  const frozenText = JSON.stringify(frozen.snapshot);
  t.ok(frozenText.includes(JSON.stringify(before.text)), 'the frozen version holds the objective\'s text as submitted');
  t.notMatch(frozenText, 'Ajouté après la soumission', 'and not the refused edit');
  const after = (await plans.app.inject({ url: objectiveUrl, headers: worker })).json() as { text: string; revision: number };
  t.same([after.text, after.revision], [before.text, before.revision], 'the objective is unchanged');
  await handle.terminate('test over');
  await keepHistory(handle, 'strategic-plan-status-on-submit');
});
