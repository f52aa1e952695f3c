/*
 * A background job that runs, then waits: again at once while it says there is more to do or it was
 * woken during the run, otherwise after `pollMs` or as soon as woken. Used by the notifications
 * sender (due e-mails) and the plans service's document renderer (versions without their PDF).
 */

export interface PollLoop {
  /** there is something to do: run now instead of at the next poll */
  wake(): void;
  /** finishes the run in progress, then stops */
  stop(): Promise<void>;
}

export interface PollLoopOptions {
  pollMs: number;
  /** one run; resolves true when it left work for an immediate next run. `stopped` tells a long run to end early */
  run: (stopped: () => boolean) => Promise<boolean>;
  /** a run that threw: the loop goes on at the next poll */
  onError: (error: unknown) => void;
  /** the wait does not keep the process alive (a job nothing waits for) */
  unref?: boolean;
}

export function startPollLoop({ pollMs, run, onError, unref = false }: PollLoopOptions): PollLoop {
  let stopped = false;
  let woken = false;
  let interrupt: (() => void) | undefined;
  const isStopped = () => stopped;

  const pause = (ms: number) => new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      interrupt = undefined;
      resolve();
    };
    const timer = setTimeout(done, ms);
    if (unref) timer.unref();
    interrupt = done;
  });

  const running = (async () => {
    while (!stopped) {
      woken = false;
      let more = false;
      try {
        more = await run(isStopped);
      } catch (error) {
        onError(error);
      }
      if (stopped) break;
      if (more || woken) continue;
      await pause(pollMs);
    }
  })();

  return {
    wake() {
      woken = true;
      interrupt?.();
    },
    async stop() {
      stopped = true;
      interrupt?.();
      await running;
    },
  };
}
