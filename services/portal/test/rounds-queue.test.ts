import { roundsTaskQueue, submitPlan } from '@jalon/workflows';
import { WorkflowNotFoundError } from '@temporalio/client';
import t from 'tap';
import { cycleWorld } from '../test-support/cycle-world.js';
import { lifecycleUntil, startStrategicLifecycle } from '../test-support/strategic-lifecycle.js';

/**
 * Rounds run on a task queue of their own, so that a person's decision never waits behind the
 * cycles' work (a day of launches queues thousands of cycle tasks). Here, the extreme of that
 * backlog: nothing serves the cycles' queue at all, and the committee still decides, each member
 * answered at once; the plan moves on when a worker serves the cycles again.
 */
t.setTimeout(300_000);

const decisionMails = (w: Awaited<ReturnType<typeof cycleWorld>>, email: string) => w.mailTo(email).filter((m) => /\/decisions\//.test(m.text));

t.test('the committee decides while no worker serves the cycles\' task queue', async (t) => {
  const w = await cycleWorld(t, { strategicPlanSigned: false, workerQueues: ['main'] });
  const { client, taskQueue } = w.portal.temporal;
  const handle = await startStrategicLifecycle(w);
  await handle.executeUpdate(submitPlan, { args: [{ personId: w.people.president.id }] });
  const { currentRoundId } = await lifecycleUntil(w, 'the committee round', (s) => s.stage === 'committee' && s.currentRoundId !== null);
  const round = client.workflow.getHandle(currentRoundId!);
  // The lifecycle names its round as it starts asking for the members, before Temporal has made the
  // child: the round is described once it is there.
  const described = async (): Promise<Awaited<ReturnType<typeof round.describe>>> => {
    for (let i = 0; ; i++) {
      try {
        return await round.describe();
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError) || i > 100) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  t.equal((await described()).taskQueue, roundsTaskQueue(taskQueue), 'the committee round runs on the rounds\' task queue');
  // No worker serves rounds yet: the round has not run its first task, so nobody is asked.
  await new Promise((r) => setTimeout(r, 1_500));
  t.same(decisionMails(w, w.people.dgsp.email), [], 'a worker of the cycles\' queue alone does not run the round');

  // A worker of the rounds, and none of the cycles.
  await w.startWorker(['rounds']);
  w.firstWorker.shutdown();
  for (let i = 0; w.firstWorker.getState() !== 'STOPPED'; i++) {
    if (i > 100) throw new Error(`the cycles' worker did not stop: ${w.firstWorker.getState()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const member of [w.people.dgsp, w.people.oe]) {
    const [mail] = await w.notifications.catcher.waitFor((m) => m.to.includes(member.email) && /\/decisions\//.test(m.text), { timeoutMs: 30_000 });
    const started = performance.now();
    const { page, posted } = await w.actOnEmail(mail!, { 'outcome:plan': 'approve' });
    t.equal(page.statusCode, 200, `${member.email} reads the plan to decide on`);
    t.equal(posted.statusCode, 200, `${member.email}'s approval is recorded and confirmed`);
    t.ok(performance.now() - started < 5_000, `${member.email} is answered at once (${Math.round(performance.now() - started)} ms)`);
  }
  t.equal((await round.result()).decisions.length, 2, 'the round ends with both decisions');

  // The cycles' queue served again: the lifecycle takes the committee's outcome and moves on.
  await w.startWorker(['main']);
  const next = await lifecycleUntil(w, 'the State Secretary\'s review', (s) => s.stage !== 'committee');
  t.equal(next.stage, 'state_secretary_review', 'the plan goes to the State Secretary\'s cell');
});
