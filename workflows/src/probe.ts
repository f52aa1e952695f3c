import { allHandlersFinished, condition, defineQuery, defineUpdate, setHandler } from '@temporalio/workflow';

/**
 * Proves the whole chain (client → Temporal server → worker → client) works: the workflow waits
 * for one `completeProbe` Update and finishes with the value it was given. `pnpm start` and the
 * foundation test use it; it has no business meaning.
 */
export const completeProbe = defineUpdate<string, [string]>('completeProbe');
export const probeStatus = defineQuery<'waiting' | 'completed'>('probeStatus');

export async function probeWorkflow(): Promise<string> {
  let value: string | undefined;
  setHandler(probeStatus, () => (value === undefined ? 'waiting' : 'completed'));
  setHandler(
    completeProbe,
    (given) => {
      value = given;
      return given;
    },
    {
      // Rejected Updates leave no trace in the history: the workflow keeps waiting.
      validator: (given) => {
        if (given.trim() === '') throw new Error('the value must not be empty');
        if (value !== undefined) throw new Error('the probe is already completed');
      },
    },
  );
  await condition(() => value !== undefined);
  await condition(allHandlersFinished);
  return value!;
}
