import { ConfigurationError } from './env.js';

/**
 * Entry point wrapper for every process: a configuration problem is one line with the way out,
 * anything else is logged with its stack (it is a bug), and both exit non-zero.
 */
export function runMain(name: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigurationError) {
      console.error(`${name}: ${error.message}`);
    } else {
      console.error(`${name}: stopped by an unexpected error`, error);
    }
    process.exit(1);
  });
}
