import { ActivityFailure, allHandlersFinished, ApplicationFailure, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';
import { daysBetween, defaultCheckpointDays, endOfInForcePeriod, progressSchedule, type ProgressFollowUp } from '@jalon/domain/pure';
import type { CycleState } from '@jalon/contracts';
import { act } from '../shared/activities.js';
import { nowIso, today } from '../shared/people.js';
import type { Cycle } from './cycle.js';
import type { operationalCycle } from './workflow.js';

const DEFAULT_CONTINUE_AS_NEW_AFTER = 10_000;

/**
 * In force with progress (issue 16): on each checkpoint day the owner entities are asked where their
 * objectives stand, then reminded, and the President's office and the committee are told of those
 * who did not answer; at the year end the plan closes and the year-end results are asked the same
 * way, into January. The cycle polls the plans service at each follow-up (one activity each) rather
 * than taking a signal per update: the history stays small and the plans service stays the only
 * writer of progress content. Everything is recomputed from the schedule and the follow-ups done,
 * so a cycle continued as new picks up where it was.
 */
export async function inForceWithProgress(cycle: Cycle): Promise<CycleState> {
  const { state, input } = cycle;
  const days = state.progress?.checkpointDays ?? [...(input.progressCheckpoints ?? defaultCheckpointDays)];
  const schedule = progressSchedule(input.year, days, cycle.calendar);
  // A plan that came into force late is not followed up for checkpoints whose follow-up is already over.
  state.progress ??= { checkpointDays: days, done: schedule.filter((s) => isOver(schedule, s.checkpoint)).map((s) => s.key) };
  const progress = state.progress;
  const yearEnd = endOfInForcePeriod(input.year).getTime();
  const limit = input.continueAsNewAfterEvents ?? DEFAULT_CONTINUE_AS_NEW_AFTER;
  const mustContinue = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > limit;
  for (;;) {
    const due = schedule.filter((s) => s.instant.getTime() <= Date.now() && !progress.done.includes(s.key));
    for (const f of due) {
      // Of a checkpoint's follow-ups that came due together (a worker down, a late start), only the latest goes out.
      if (due.some((later) => later.checkpoint === f.checkpoint && later.instant > f.instant)) progress.done.push(f.key);
      else await followUp(cycle, f);
    }
    if (Date.now() >= yearEnd && state.stage !== 'closed') {
      await act.setOperationalPlanStatus({ planId: cycle.planId(), status: 'closed' });
      state.stage = 'closed';
      state.closedAt = nowIso();
    }
    const next = schedule.find((s) => !progress.done.includes(s.key));
    if (!next && state.stage === 'closed') break;
    const wakeAt = Math.min(next?.instant.getTime() ?? Number.POSITIVE_INFINITY, state.stage === 'closed' ? Number.POSITIVE_INFINITY : yearEnd);
    await condition(mustContinue, Math.max(wakeAt - Date.now(), 1));
    if (mustContinue()) {
      await condition(allHandlersFinished);
      state.continuedAsNew += 1;
      await continueAsNew<typeof operationalCycle>({ ...input, resume: state });
    }
  }
  await condition(allHandlersFinished);
  return state;
}

const isOver = (schedule: ProgressFollowUp[], checkpoint: string) =>
  schedule.filter((s) => s.checkpoint === checkpoint).every((s) => s.instant.getTime() < Date.now());

/** One follow-up: the plans service says who has not answered, the owners or those above them are e-mailed, the cycle keeps an alert. */
async function followUp(cycle: Cycle, f: ProgressFollowUp): Promise<void> {
  const { state, input } = cycle;
  const alert = {
    key: f.key, target: f.target, stage: state.stage, dueDate: f.due, sentAt: nowIso(),
    daysBeforeDue: f.kind === 'reminder' ? daysBetween(f.date, f.due) : null, daysLate: f.daysLate ?? null,
  };
  try {
    const { owed, recipients } = await act.progressFollowUp({
      planId: cycle.planId(), organisationCode: input.organisationCode, year: input.year, planTitle: input.planTitle,
      checkpoint: f.checkpoint, key: f.key, kind: f.kind, target: f.target, due: f.due, on: today(), ...(f.daysLate ? { daysLate: f.daysLate } : {}),
    });
    // Nobody late: nothing to tell anyone, and no alert.
    if (owed.length > 0) {
      state.alerts.push({ ...alert, kind: f.kind === 'request' ? 'progress_request' : f.kind, holders: owed.map((o) => o.entityCode).join(', '), recipients });
    }
  } catch (error) {
    // A refusal for good (a role or an address the contracts refuse) must not stop the year: the President's office sees it.
    const cause = error instanceof ActivityFailure ? error.cause : undefined;
    if (!(cause instanceof ApplicationFailure) || !cause.nonRetryable) throw error;
    state.alerts.push({ ...alert, kind: 'not_sent', target: 'president_office', holders: '', recipients: [], problem: cause.message });
  }
  state.progress!.done.push(f.key);
}
