import { lifecycleState, strategicPlanLifecycle, strategicPlanWorkflowId, submitPlan, type LifecycleState, type StrategicPlanInput } from '@jalon/workflows';
import type { CycleWorld } from './cycle-world.js';

/** Starts the lifecycle of the world's strategic plan (left unsigned: `strategicPlanSigned: false`), as the President's office's launch does. */
export function startStrategicLifecycle(w: CycleWorld) {
  const { client, taskQueue } = w.portal.temporal;
  const input: StrategicPlanInput = {
    organisationCode: w.ORG,
    planId: w.plans.planId,
    planTitle: { fr: 'Plan stratégique 2022-2024', nl: 'Strategisch plan 2022-2024' },
    committeeRule: { kind: 'all' },
    signingAuthorityCode: 'minister-interior',
    reviewingAuthorityCodes: ['state-secretary-asylum-migration'],
    reviewWorkingDays: 10,
    communication: [],
  };
  return client.workflow.start(strategicPlanLifecycle, { taskQueue, workflowId: strategicPlanWorkflowId(w.ORG, w.plans.planId), args: [input] });
}

/**
 * Starts the lifecycle of the world's strategic plan and takes it to the Minister's signature the
 * way people do: the President's office submits it, the committee approves from its e-mails, the
 * State Secretary's cell approves the objectives in its scope from its own.
 */
export async function strategicPlanAwaitingSignature(w: CycleWorld) {
  const handle = await startStrategicLifecycle(w);
  await handle.executeUpdate(submitPlan, { args: [{ personId: w.people.president.id }] });
  const decide = async (email: string, fields: Record<string, string>) => {
    const [mail] = await w.notifications.catcher.waitFor((m) => m.to.includes(email) && /\/decisions\//.test(m.text), { timeoutMs: 30_000 });
    const { posted } = await w.actOnEmail(mail!, fields);
    if (posted.statusCode !== 200) throw new Error(`the decision of ${email} was not recorded: ${posted.statusCode}`);
    return mail!;
  };
  const committee = [await decide(w.people.dgsp.email, { 'outcome:plan': 'approve' }), await decide(w.people.oe.email, { 'outcome:plan': 'approve' })];
  await decide(w.people.mahdi.email, { 'outcome:20': 'approve', 'outcome:21': 'approve', 'outcome:22': 'approve' });
  for (let i = 0; i < 300; i++) {
    const state = await handle.query(lifecycleState);
    if (state.stage === 'awaiting_signature') return { handle, state, version: state.version!, committee };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the plan never reached awaiting_signature; it is ${(await handle.query(lifecycleState)).stage}`);
}


/** Polls the strategic plan's lifecycle until it reaches what the test waits for. */
export async function lifecycleUntil(w: CycleWorld, what: string, ok: (s: LifecycleState) => boolean): Promise<LifecycleState> {
  const handle = w.portal.temporal.client.workflow.getHandle(strategicPlanWorkflowId(w.ORG, w.plans.planId));
  let last: LifecycleState | undefined;
  for (let i = 0; i < 300; i++) {
    last = await handle.query(lifecycleState).catch(() => undefined);
    if (last && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the lifecycle never reached ${what}; last: ${JSON.stringify(last)?.slice(0, 1000)}`);
}

/** The objective's article on the draft page. */
export const articleOf = (page: string, number: number) => {
  const start = page.indexOf(`<article class="objective" aria-labelledby="objective-${number}">`);
  return start < 0 ? '' : page.slice(start, page.indexOf('</article>', start));
};
