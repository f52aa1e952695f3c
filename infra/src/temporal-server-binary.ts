import { cpSync } from 'node:fs';
import path from 'node:path';
import { buildPinnedPrograms, goModuleDir, pinnedBuildKey, type GoProgram } from './go-build.js';
import { cacheDir, repoRoot } from './paths.js';

/**
 * Temporal's own server, for `--engine server` (issue 17). v1.30.4 is the last release that builds
 * with the Go this project supports (1.31 needs a newer Go); infra/temporal-server/go.mod pins it
 * and every dependency, apart from the CLI's module, which pins server v1.29.1 for its dev server.
 */
export const TEMPORAL_SERVER_VERSION = 'v1.30.4';
const moduleDir = path.join(repoRoot, 'infra', 'temporal-server');
const programs: GoProgram[] = [
  { pkg: 'go.temporal.io/server/cmd/server', file: 'temporal-server' },
  { pkg: 'go.temporal.io/server/cmd/tools/sql', file: 'temporal-sql-tool' },
];

export interface TemporalServerBuild {
  server: string;
  sqlTool: string;
  /** the PostgreSQL schemas shipped in the module: `temporal/versioned` and `visibility/versioned` */
  schemaDir: string;
}

export function cachedTemporalServer(env: NodeJS.ProcessEnv = process.env): TemporalServerBuild {
  const folder = path.join(cacheDir(env), 'bin', `temporal-server-${TEMPORAL_SERVER_VERSION}-${pinnedBuildKey(moduleDir, programs)}`);
  return {
    server: path.join(folder, 'temporal-server'),
    sqlTool: path.join(folder, 'temporal-sql-tool'),
    schemaDir: path.join(folder, 'schema', 'postgresql', 'v12'),
  };
}

/**
 * The server and its schema tool, built once from the pinned modules, with the module's PostgreSQL
 * schemas copied beside them: a later run needs neither Go nor the module cache.
 */
export async function ensureTemporalServer(log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<TemporalServerBuild> {
  const build = cachedTemporalServer(env);
  const folder = path.dirname(build.server);
  await buildPinnedPrograms({
    moduleDir, folder, programs, log, env,
    prefix: 'temporal', what: `building the Temporal server ${TEMPORAL_SERVER_VERSION} and its SQL tool`,
    estimate: 'about 6 min on 2 idle cores, longer on a busy machine',
    hint: 'Install Go 1.25.8 or newer and check that the Go module proxy is reachable (GOPROXY), or run Jalon on the dev server (the default) or on a cluster of your own (TEMPORAL_ADDRESS)',
    prepare: async (partial) => {
      const source = path.join(await goModuleDir(moduleDir, 'go.temporal.io/server', env), 'schema', 'postgresql', 'v12');
      cpSync(source, path.join(partial, path.relative(folder, build.schemaDir)), { recursive: true });
    },
  });
  return build;
}
