import type { Client, WorkflowHandle } from '@temporalio/client';

/** What one workflow cost Temporal so far: the figures the fan-out benchmark is about. */
export interface WorkflowFootprint {
  events: number;
  workflowTasks: number;
  activities: number;
  /** activity type → how many were scheduled */
  activityTypes: Record<string, number>;
  /** local activities run (the worker records each as a marker) */
  localActivities: number;
  childWorkflows: number;
}

/** Counts a workflow's history: its events, workflow tasks, activities scheduled and child workflows started. */
export async function workflowFootprint(handle: WorkflowHandle): Promise<WorkflowFootprint> {
  const events = (await handle.fetchHistory()).events ?? [];
  const activityTypes: Record<string, number> = {};
  for (const e of events) {
    const name = e.activityTaskScheduledEventAttributes?.activityType?.name;
    if (name) activityTypes[name] = (activityTypes[name] ?? 0) + 1;
  }
  return {
    events: events.length,
    workflowTasks: events.filter((e) => e.workflowTaskScheduledEventAttributes).length,
    activities: events.filter((e) => e.activityTaskScheduledEventAttributes).length,
    activityTypes,
    // The TypeScript SDK's core records a local activity's result under this marker name.
    localActivities: events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity').length,
    childWorkflows: events.filter((e) => e.startChildWorkflowExecutionInitiatedEventAttributes).length,
  };
}

/**
 * The ids of the workflows whose id starts with this one's, through Temporal's visibility (a cycle and
 * the rounds it started are named under it). Visibility lags a little: it is asked until it lists `least`.
 */
export async function workflowsNamedUnder(client: Client, workflowId: string, least = 1, timeoutMs = 10_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ids: string[] = [];
    for await (const w of client.workflow.list({ query: `WorkflowId STARTS_WITH "${workflowId}"` })) ids.push(w.workflowId);
    if (ids.length >= least || Date.now() > until) return ids.sort();
    await new Promise((r) => setTimeout(r, 200));
  }
}
