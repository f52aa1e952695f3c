import { addDays, brusselsDateOf, escalationSchedule, FEDERAL_HOLIDAY_CALENDAR } from '@jalon/domain';
import { keepHistory } from '@jalon/testkit';
import { timeSkippingTemporal } from '@jalon/worker/test-support/test-worker';
import { approvalRound, roundsTaskQueue, decide, decisionUpdateId, type ApprovalRoundInput } from '@jalon/workflows';
import t from 'tap';
import { notificationsApp, settle } from '@jalon/notifications/test-support/notifications-app';
import { portalApp } from '@jalon/portal/test-support/portal-app';

const member = (id: string, language: 'fr' | 'nl') => ({ personId: id, name: id.toUpperCase(), email: `${id}@ibz.example`, language });

t.test('a round reminds whoever has not answered before the due date, then escalates while it stays open', async (t) => {
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 } });
  const portal = await portalApp(t, { worker: false });
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const portalUrl = await portal.app.listen({ port: 0, host: '127.0.0.1' });
  const temporal = await timeSkippingTemporal(t);
  await temporal.startWorker({ notificationsUrl, portalUrl });

  const due = addDays(brusselsDateOf(await temporal.clock.now()), 20);
  const input: ApprovalRoundInput = {
    roundId: `deadline-${temporal.taskQueue}`, step: 'committee', planId: 'plan-deadlines', planVersion: 1, planSha256: 'c'.repeat(64),
    rule: { kind: 'all' }, members: [member('prompt', 'fr'), member('late', 'nl')], items: ['plan'],
    notices: {
      planTitle: { fr: 'Plan stratégique 2022-2024', nl: 'Strategisch plan 2022-2024' },
      stepName: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
      itemTitles: { plan: { fr: 'Le plan', nl: 'Het plan' } },
      due,
      escalateTo: {
        presidentOffice: [{ email: 'corporate@ibz.example', name: 'Cellule Corporate', language: 'fr' }],
        ministerCell: [{ email: 'cabinet@ibz.example', name: 'Cabinet', language: 'fr' }],
      },
    },
  };
  const handle = await temporal.client.workflow.start(approvalRound, { taskQueue: roundsTaskQueue(temporal.taskQueue), workflowId: input.roundId, args: [input] });
  const mailTo = (who: string) => notifications.catcher.messages.filter((m) => m.to.includes(who));
  // The test server's clock runs ahead as soon as the workflow only waits: answer at once.
  await handle.executeUpdate(decide, { args: [{ personId: 'prompt', planVersion: 1, decisions: [{ item: 'plan', outcome: 'approve' }] }], updateId: decisionUpdateId(input.roundId, 'prompt', 1) });

  // Workflow time past the three reminders, the due date and the Minister's cell's first alert (a week
  // late, moved to a working day): a fixed 30 days fell short when the due date was Christmas Day.
  await temporal.clock.sleepPast(escalationSchedule(due, FEDERAL_HOLIDAY_CALENDAR).at(1).instant);
  await notifications.catcher.waitFor((m) => m.to.includes('cabinet@ibz.example'), { timeoutMs: 30_000 });
  // The request, three reminders, and a reminder with each escalation from the first one.
  await notifications.catcher.waitFor((m) => m.to.includes('late@ibz.example'), { count: 5, timeoutMs: 30_000 });
  // Activities run in real time while the test server's clock jumps: let every queued e-mail arrive.
  await notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example'), { timeoutMs: 30_000 });
  await settle(500);

  t.equal(mailTo('prompt@ibz.example').length, 1, 'who answered gets no reminder');
  const late = mailTo('late@ibz.example');
  const escalations = mailTo('corporate@ibz.example').length + mailTo('cabinet@ibz.example').length;
  t.equal(late.length, 4 + escalations, 'who has not answered gets the request, three reminders (14, 7 and 1 days before) and one with each escalation');
  t.ok(late.slice(1).every((m) => m.headers['content-language'] === 'nl' || /Herinnering|herinnering/.test(m.subject)), 'reminders in the reader\'s language (Dutch)');
  const overdue = late.slice(4);
  t.ok(overdue.every((m) => /de stap is te laat/.test(m.text) && /blijft geldig tot de stap wordt afgesloten/.test(m.text)), 'past the due date, the reminder says the step is late and the link lasts until it closes');
  const links = late.map((m) => m.text.match(/https?:\/\/\S+\/decisions\/[\w-]+/)?.[0]);
  t.ok(links.every(Boolean), 'every e-mail to the late member carries a decision link');
  t.equal(new Set(links).size, links.length, 'each e-mail its own link (a token per e-mail)');
  t.equal(mailTo('corporate@ibz.example').length, 1, 'the President\'s office is alerted once, the first working day after the due date');
  t.match(mailTo('corporate@ibz.example')[0]!.text, /LATE/, 'naming who holds the step');
  t.ok(mailTo('cabinet@ibz.example').length >= 1, 'the Minister\'s cell is alerted a week after the due date');

  await handle.executeUpdate(decide, { args: [{ personId: 'late', planVersion: 1, decisions: [{ item: 'plan', outcome: 'approve' }] }], updateId: decisionUpdateId(input.roundId, 'late', 1) });
  const result = await handle.result();
  t.same(result.approvedItems, ['plan'], 'the late answer still closes the round');
  const sent = notifications.catcher.messages.length;
  await temporal.env.sleep('30 days');
  await new Promise((r) => setTimeout(r, 500));
  t.equal(notifications.catcher.messages.length, sent, 'nothing more once the round is closed');
  await keepHistory(handle, 'approval-round-late-member-reminders');
});
