import { MONTHS, ScheduleAlreadyRunning, ScheduleNotFoundError, type Client } from '@temporalio/client';
import type { CycleOptions } from '@jalon/contracts';
import { scheduledCycleLaunch, type ScheduledLaunchArgs } from '@jalon/workflows';

export interface CycleScheduleSettings { month: number; day: number; time: string; yearOffset: number; paused: boolean; options?: CycleOptions | undefined }

export const cycleScheduleId = (org: string) => `operational-cycle-launch/${org}`;

/**
 * The yearly Temporal Schedule that launches an organisation's cycle on a configured day, in
 * Brussels time. Launching is idempotent, so a launch the President's office already made by hand
 * finds that cycle.
 */
export class CycleSchedules {
  private readonly client: Client;
  private readonly taskQueue: string;
  constructor(client: Client, taskQueue: string) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  private options(org: string, s: CycleScheduleSettings) {
    const [hour, minute] = s.time.split(':').map(Number) as [number, number];
    return {
      spec: { calendars: [{ month: MONTHS[s.month - 1]!, dayOfMonth: s.day, hour, minute, comment: `launch the operational cycle of ${org}` }], timezone: 'Europe/Brussels' },
      action: {
        type: 'startWorkflow' as const, workflowType: scheduledCycleLaunch, taskQueue: this.taskQueue,
        workflowId: `operational-cycle-launcher/${org}`,
        args: [{ organisationCode: org, yearOffset: s.yearOffset, ...(s.options ? { options: s.options } : {}) }] as [ScheduledLaunchArgs],
      },
      policies: { overlap: 'SKIP' as const, catchupWindow: '7 days' },
      state: { paused: s.paused, note: s.paused ? 'paused by the President\'s office' : 'active' },
    };
  }

  /** Creates the schedule or replaces its settings; returns true when it was created. */
  async put(org: string, settings: CycleScheduleSettings): Promise<boolean> {
    const options = this.options(org, settings);
    try {
      await this.client.schedule.create({ scheduleId: cycleScheduleId(org), ...options });
      return true;
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
    await this.client.schedule.getHandle(cycleScheduleId(org)).update((previous) => ({ ...previous, ...options }));
    return false;
  }

  async describe(org: string) {
    try {
      const d = await this.client.schedule.getHandle(cycleScheduleId(org)).describe();
      const calendar = d.spec.calendars?.[0];
      const args = (d.action as { args?: ScheduledLaunchArgs[] }).args?.[0];
      return {
        scheduleId: cycleScheduleId(org),
        month: calendar ? MONTHS.indexOf(calendar.month[0]!.start) + 1 : 1,
        day: calendar?.dayOfMonth[0]?.start ?? 1,
        time: `${String(calendar?.hour[0]?.start ?? 0).padStart(2, '0')}:${String(calendar?.minute[0]?.start ?? 0).padStart(2, '0')}`,
        yearOffset: args?.yearOffset ?? 1,
        ...(args?.options ? { options: args.options } : {}),
        paused: d.state.paused,
        nextLaunches: d.info.nextActionTimes.map((t) => t.toISOString()),
        recentLaunches: d.info.recentActions.map((a) => ({ at: a.takenAt.toISOString(), workflowId: a.action.workflow.workflowId })),
      };
    } catch (error) {
      if (error instanceof ScheduleNotFoundError) return undefined;
      throw error;
    }
  }

  /** Launches now, as if the day had come (also how a missed launch is caught up by hand). */
  trigger(org: string): Promise<void> {
    return this.client.schedule.getHandle(cycleScheduleId(org)).trigger();
  }
}
