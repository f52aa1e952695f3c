import { ActivityFailure, ApplicationFailure, log, patched, workflowInfo } from '@temporalio/workflow';
import { daysBetween, escalationSchedule, FEDERAL_HOLIDAY_CALENDAR, reminderSchedule, type CalendarDate } from '@jalon/domain/pure';
import type { DecisionRequestInput } from '@jalon/activities';
import { act } from '../shared/activities.js';
import { linkHolder } from './link-holder.js';
import type { ApprovalRoundInput, RoundMember, RoundNotices } from './messages.js';

/** Links stay usable well past the due date: the escalations come in between. */
const LINK_LIFETIME_AFTER_DUE_MS = 60 * 86_400_000;

/** A personal link in an e-mail for each of these members; `sequence` names which e-mail this is. */
export async function askMembers(
  input: ApprovalRoundInput, notices: RoundNotices, members: RoundMember[], kind: 'review_request' | 'reminder', sequence: number | string, dueOverride?: string,
  daysLate?: number,
): Promise<void> {
  for (const request of decisionRequests(input, notices, members, kind, sequence, dueOverride, daysLate)) await act.sendDecisionRequest(request);
}

/**
 * The e-mails that ask these members, each with its personal link to issue: sent one activity each
 * by a round, all in one batch by a cycle that holds its drafting tasks itself.
 */
export function decisionRequests(
  input: ApprovalRoundInput, notices: RoundNotices, members: RoundMember[], kind: 'review_request' | 'reminder', sequence: number | string, dueOverride?: string,
  daysLate?: number,
): DecisionRequestInput[] {
  const due = dueOverride ?? notices.due;
  // Without a due date (awaiting the budget adoption) a link lasts as long as a late step would.
  const expiresAt = new Date((due === null ? Date.now() : Date.parse(`${due}T00:00:00Z`)) + LINK_LIFETIME_AFTER_DUE_MS * (due === null ? 3 : 1)).toISOString();
  return members.map((member) => {
    const changes = notices.changesByPerson?.[member.personId] ?? null;
    const lines = changes?.changes.map((c) => (member.language === 'nl' ? c.nl : c.fr));
    return {
      idempotencyKey: `${input.roundId}:${member.personId}:${kind}:${sequence}`,
      template: kind === 'review_request' && notices.request ? notices.request.template : kind,
      recipient: { email: member.email, name: member.name, language: member.language },
      params: {
        planTitle: notices.planTitle, stepName: notices.stepName, due, ...(daysLate ? { daysLate } : {}),
        ...(kind === 'review_request' && lines?.length ? { changesSummary: lines.join('\n') } : {}),
        ...(kind === 'review_request' && notices.request ? { task: notices.request.params } : {}),
      },
      link: {
        roundId: input.roundId, workflowId: workflowInfo().workflowId, step: input.step,
        person: { id: member.personId, name: member.name, language: member.language },
        planId: input.planId, planVersion: input.planVersion, planSha256: input.planSha256,
        items: input.items.map((key) => ({ key, title: notices.itemTitles[key] ?? key })),
        summary: {
          planTitle: notices.planTitle, stepTitle: notices.stepName, objectives: notices.objectives ?? [], changesSinceLastReview: changes,
          ...(due !== null ? { due } : {}), ...(notices.mode ? { mode: notices.mode } : {}),
        },
        expiresAt,
        ...linkHolder(input),
      },
    };
  });
}

/**
 * Reminders to whoever has not answered, on working days before the due date; once it has passed,
 * the President's office is alerted on the first working day, the Minister's cell after a week and
 * then weekly, until the round closes. Returns when the round closes.
 */
export async function followUpUntilClosed(
  input: ApprovalRoundInput,
  notices: RoundNotices,
  pending: () => RoundMember[],
  closedWithin: (ms: number) => Promise<boolean>,
): Promise<void> {
  if (notices.due === null) throw new Error('A round without a due date is followed up by its parent (followUp: parent).');
  const due = notices.due as CalendarDate;
  const now = () => Date.now();
  const reminders = reminderSchedule(due, FEDERAL_HOLIDAY_CALENDAR, notices.reminderOffsetsDays ? { offsetsDays: notices.reminderOffsetsDays } : {})
    .filter((r) => r.instant.getTime() > now());
  for (const [index, reminder] of reminders.entries()) {
    if (await closedWithin(reminder.instant.getTime() - now())) return;
    await askMembers(input, notices, pending(), 'reminder', index + 1);
  }
  // From the first one: an alert whose time passed while the worker was down still goes out, late.
  const escalations = escalationSchedule(due, FEDERAL_HOLIDAY_CALENDAR);
  for (let index = 0; ; index++) {
    const next = escalations.at(index);
    if (await closedWithin(next.instant.getTime() - now())) return;
    const late = pending();
    const daysLate = Math.max(1, daysBetween(due, next.date));
    const recipients = next.target === 'president_office' ? notices.escalateTo.presidentOffice : notices.escalateTo.ministerCell;
    for (const recipient of recipients) {
      await unlessRefused(act.sendNotification({
        idempotencyKey: `${input.roundId}:escalation:${next.index}:${recipient.email.toLowerCase()}`,
        kind: 'escalation',
        template: 'escalation',
        recipient,
        params: {
          planTitle: notices.planTitle,
          stepName: notices.stepName,
          holderName: late.map((m) => m.name).join(', ') || '—',
          due: notices.due,
          daysLate,
        },
      }));
    }
    // Who is late is reminded too, with a link of this e-mail's own that works until the round closes.
    if (late.length > 0 && patched('late-member-reminders')) await askMembers(input, notices, late, 'reminder', `late-${next.index}`, undefined, daysLate);
  }
}

/**
 * An e-mail the notification contract refuses for good (its input is wrong, e.g. a date decades
 * off) is logged and skipped: the round's follow-up goes on rather than failing the round.
 */
async function unlessRefused(sending: Promise<unknown>): Promise<void> {
  try {
    await sending;
  } catch (error) {
    if (!(error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.nonRetryable)) throw error;
    log.warn('an escalation e-mail was refused for good; the round goes on', { type: error.cause.type ?? 'unknown' });
  }
}
