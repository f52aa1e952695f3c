// Every workflow the worker runs; the bundler starts from this file.
export { probeWorkflow, completeProbe, probeStatus } from './probe.js';
export { approvalRound } from './approval-round/workflow.js';
export { roundsTaskQueue } from './shared/task-queues.js';
export * from './approval-round/messages.js';
export { strategicPlanLifecycle } from './strategic-plan/workflow.js';
export * from './strategic-plan/messages.js';
export { operationalCycle, scheduledCycleLaunch } from './operational-cycle/workflow.js';
export * from './operational-cycle/messages.js';
