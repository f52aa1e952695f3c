import path from 'node:path';
import { buildPinnedPrograms, pinnedBuildKey, type GoProgram } from './go-build.js';
import { cacheDir, repoRoot } from './paths.js';

/**
 * Temporal's Web UI for `--engine server`: the dev server has the UI built in, Temporal's own server
 * has none. v2.42.1 is the UI server the pinned CLI embeds (infra/temporal/go.mod), so `temporal-ui`
 * looks the same on both engines; infra/temporal-ui/go.mod pins it and every dependency. The module
 * ships the UI's built pages, which the program embeds: no Node build of the UI is needed.
 */
export const TEMPORAL_UI_VERSION = 'v2.42.1';
const moduleDir = path.join(repoRoot, 'infra', 'temporal-ui');
const program: GoProgram = { pkg: 'github.com/temporalio/ui-server/v2/cmd/server', file: 'temporal-ui-server' };

export function cachedTemporalUi(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheDir(env), 'bin', `temporal-ui-${TEMPORAL_UI_VERSION}-${pinnedBuildKey(moduleDir, [program])}`, program.file);
}

/** The UI server, built once from the pinned modules and cached beside the Temporal server. */
export async function ensureTemporalUi(log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const binary = cachedTemporalUi(env);
  await buildPinnedPrograms({
    moduleDir, folder: path.dirname(binary), programs: [program], log, env,
    prefix: 'temporal-ui', what: `building the Temporal Web UI server ${TEMPORAL_UI_VERSION}`,
    // Measured: 25 s on 2 idle cores with the module cache filled by the CLI's build.
    estimate: 'about 30 s on 2 idle cores, a few minutes on a busy machine or with an empty module cache',
    hint: 'Install Go 1.25.8 or newer and check that the Go module proxy is reachable (GOPROXY); without it the workflows are still visible with the Temporal CLI (`temporal workflow list --address <temporal-grpc>`)',
  });
  return binary;
}
