/**
 * Approval rounds run on a task queue of their own, next to the one the cycles and plans run on,
 * polled by every worker through a worker of its own (services/worker). A person's decision is a
 * round's workflow task; on the cycles' queue it waited behind whatever that queue held, and a day of
 * launches holds thousands of cycle tasks (12 s for a decision while 10,000 cycles opened, see the
 * open-cycles benchmark). Pure: the worker, the portal's benchmarks and the workflows all name it here.
 */
export const roundsTaskQueue = (taskQueue: string): string => `${taskQueue}-rounds`;
