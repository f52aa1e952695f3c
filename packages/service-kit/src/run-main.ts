import { ConfigurationError } from './env.js';

/**
 * Entry point wrapper for every process: a configuration problem is one line with the way out,
 * anything else is logged with its stack (it is a bug), and both exit non-zero.
 */
export function runMain(name: string, main: () => Promise<unknown>): void {
  watchParent();
  main().catch((error: unknown) => {
    if (error instanceof ConfigurationError) {
      console.error(`${name}: ${error.message}`);
    } else {
      console.error(`${name}: stopped by an unexpected error`, error);
    }
    process.exit(1);
  });
}

/**
 * Started by `pnpm start`, a service must not outlive it even when it is killed without a chance
 * to stop its children (kill -9): the service checks that its parent is still there.
 */
function watchParent(): void {
  const parent = Number(process.env.JALON_PARENT_PID);
  if (!Number.isInteger(parent) || parent <= 0) return;
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.kill(process.pid, 'SIGTERM');
    }
  }, 2_000);
  timer.unref();
}
