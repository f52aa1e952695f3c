import type { FastifyInstance } from 'fastify';

/**
 * A service asked to stop finishes its requests and releases its pools within this time, or exits
 * anyway: Ctrl-C on `npm start` must be done in seconds, and a rolling restart must not hang.
 */
export const STOP_WITHIN_MS = 4_000;

/**
 * Listens, then closes the service cleanly on SIGINT/SIGTERM so that in-flight requests finish
 * and pools are released (onClose hooks) before the process exits.
 */
export async function listenUntilStopped(app: FastifyInstance, port: number, host = '127.0.0.1'): Promise<string> {
  const address = await app.listen({ port, host });
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), STOP_WITHIN_MS);
    force.unref();
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return address;
}
