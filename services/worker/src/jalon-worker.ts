import type { State, Worker } from '@temporalio/worker';

/**
 * The workers of one process (one per task queue), run and stopped together: when one stops, by a
 * shutdown or a fatal error, the others are shut down too, so that the process never goes on polling
 * half of its queues.
 */
export class JalonWorker {
  private readonly workers: readonly Worker[];
  constructor(workers: readonly Worker[]) {
    this.workers = workers;
  }

  /** Resolves when every worker has stopped; rejects with the first one's error. */
  async run(): Promise<void> {
    const runs = this.workers.map((worker) => worker.run().finally(() => this.shutdown()));
    const outcomes = await Promise.allSettled(runs);
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }

  shutdown(): void {
    for (const worker of this.workers) if (worker.getState() === 'RUNNING') worker.shutdown();
  }

  /** RUNNING when every worker is; otherwise the state of the first that is not. */
  getState(): State {
    return this.workers.find((w) => w.getState() !== 'RUNNING')?.getState() ?? 'RUNNING';
  }
}
