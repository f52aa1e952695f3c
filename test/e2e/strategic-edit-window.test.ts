import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { lifecycleUntil, startStrategicLifecycle } from '@jalon/portal/test-support/strategic-lifecycle';
import { keepHistory } from '@jalon/testkit';
import { submitPlan } from '@jalon/workflows';
import t from 'tap';
import { worker } from '@jalon/plans/test-support/plans-app';

/**
 * Once the President's office has submitted the draft, nobody edits it through the API before the
 * committee's version is frozen: the submission is answered only when the plan is in committee,
 * and the version the committee reads is the draft as it was submitted.
 */
t.test('an edit right after the submission is refused with 409 strategic_plan.not_editable; the frozen version is the submitted draft', async (t) => {
  const w = await cycleWorld(t, { strategicPlanSigned: false });
  const plans = w.plans;
  const handle = await startStrategicLifecycle(w);
  const objectiveUrl = `/strategic-plans/${plans.planId}/objectives/3`;
  const before = (await plans.app.inject({ url: objectiveUrl, headers: worker })).json() as { text: string; revision: number };

  await handle.executeUpdate(submitPlan, { args: [{ personId: w.people.president.id }] });
  // The very next request after the submission was answered: the draft is no longer editable.
  const edit = await plans.app.inject({
    method: 'PATCH', url: objectiveUrl, headers: worker, payload: { expectedRevision: before.revision, text: `${before.text}\n\nAjouté après la soumission.` },
  });
  t.equal(edit.statusCode, 409, 'the edit is refused');
  t.equal(edit.json().code, 'strategic_plan.not_editable', 'with the stable code pages translate');
  t.equal((await plans.app.inject({ url: `/strategic-plans/${plans.planId}`, headers: worker })).json().status, 'in_committee', 'the plan is in committee as soon as it is submitted');

  const state = await lifecycleUntil(w, 'the committee', (s) => s.stage === 'committee');
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
