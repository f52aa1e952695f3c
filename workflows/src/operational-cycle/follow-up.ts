import { condition } from '@temporalio/workflow';
import { recordNotSent, refusalOf } from './refused-follow-up.js';
import { followUpPlan, type CalendarDate, type FollowUp } from '@jalon/domain/pure';
import type { CycleStage } from '@jalon/contracts';
import { act } from '../shared/activities.js';
import { nowIso, recipientOf } from '../shared/people.js';
import { stepNameOf } from '../shared/step-names.js';
import type { Cycle } from './cycle.js';
import { remindHeld } from './held-drafting.js';
import { stepHolders } from './wording.js';

/**
 * Runs beside the steps until the plan is transmitted: nothing while the budget is not adopted, then
 * reminders to whoever holds the step before the due date and escalations after it. Everything is
 * recomputed after every change of the due date (a corrected adoption moves all of it).
 */
export async function followUpUntilTransmitted(cycle: Cycle): Promise<void> {
  const { state, input } = cycle;
  const options = {
    ...(input.reminderOffsetsDays ? { reminders: { offsetsDays: input.reminderOffsetsDays } } : {}),
    ...(input.escalation ? { escalation: input.escalation } : {}),
  };
  for (;;) {
    await condition(() => cycle.transmitted() || state.budget.dueDate !== null);
    if (cycle.transmitted()) return;
    const { dueDate, knownSince } = state.budget;
    const sent = new Set(state.alerts.map((a) => a.key));
    const plan = followUpPlan(dueDate as CalendarDate, cycle.calendar, new Date(knownSince!), sent, new Date(), options);
    for (const f of plan.due) {
      // A correction recorded while the previous alert went out: this one belongs to a withdrawn date.
      if (state.budget.dueDate !== dueDate || cycle.transmitted()) break;
      await sendFollowUp(cycle, f, dueDate!);
    }
    await condition(
      () => cycle.transmitted() || state.budget.dueDate !== dueDate || state.budget.knownSince !== knownSince,
      Math.max(plan.next.instant.getTime() - Date.now(), 1),
    );
  }
}

/** A reminder through the step's own rounds, or an escalation by e-mail; either is kept in the cycle's alerts. */
async function sendFollowUp(cycle: Cycle, f: FollowUp, dueDate: string): Promise<void> {
  const { state, input } = cycle;
  const stage = state.stage;
  const recipients: string[] = [];
  if (f.kind === 'reminder') {
    const reminder = { key: f.key, due: dueDate };
    if (stage === 'drafting') {
      for (const task of state.drafting.filter((t) => t.status === 'open' && !cycle.heldTasks.has(t.entityCode))) await cycle.signalQuietly(task.roundId, undefined, reminder);
      // Tasks the cycle holds are reminded by the cycle itself, all in one batch.
      if (cycle.heldTasks.size > 0) await remindHeld(cycle, reminder);
    } else if (state.currentRoundId) await cycle.signalQuietly(state.currentRoundId, undefined, reminder);
  } else {
    const people = f.target === 'president_office' ? await cycle.roleHolders('president_office') : await cycle.ministerCell();
    const holder = holders(cycle, stage);
    for (const person of people) {
      const refused = await refusalOf(() => act.sendNotification({
        idempotencyKey: `${cycle.workflowId}:${f.key}:${person.email.toLowerCase()}`,
        kind: 'escalation', template: 'escalation', recipient: recipientOf(person),
        params: { planTitle: input.planTitle, stepName: stepNameOf(stage, input.consolidatorName), holderName: holder.email, due: dueDate, daysLate: f.daysLate ?? 1 },
      }));
      if (refused !== undefined) return recordNotSent(cycle, f, { dueDate, holders: holder.alert, recipients, problem: refused });
      recipients.push(person.email);
    }
  }
  state.alerts.push({
    key: f.key, kind: f.kind, target: f.target, stage, holders: holders(cycle, stage).alert, dueDate, sentAt: nowIso(),
    daysBeforeDue: f.daysBeforeDue ?? null, daysLate: f.daysLate ?? null, recipients,
  });
}

/** Who holds the step now, as the e-mails name them: the entities still drafting, or the step's holders. */
function holders(cycle: Cycle, stage: CycleStage) {
  return stepHolders(stage, cycle.input.consolidatorName, cycle.state.drafting.filter((t) => t.status === 'open').map((t) => t.entityCode));
}
