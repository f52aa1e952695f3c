import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildPinnedPrograms, goVersion, pinnedBuildKey, type GoProgram } from './go-build.js';
import { cacheDir, repoRoot } from './paths.js';
import { PrerequisiteError } from './prerequisite-error.js';

const run = promisify(execFile);

/** The Temporal CLI release Jalon is tested with; infra/temporal/go.mod pins it and every dependency. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const moduleDir = path.join(repoRoot, 'infra', 'temporal');
const cli: GoProgram = {
  pkg: 'github.com/temporalio/cli/cmd/temporal',
  file: 'temporal',
  // The CLI's release builds set its version this way (its .goreleaser.yml); without it a build from
  // the module reports 0.0.0-DEV, and `temporal --version` should say what was pinned.
  ldflags: `-X github.com/temporalio/cli/temporalcli.Version=${TEMPORAL_CLI_VERSION.slice(1)}`,
};

/** The cached build, in a folder named for the version and the pins it was built from. */
export function cachedTemporalBinary(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheDir(env), 'bin', `temporal-cli-${TEMPORAL_CLI_VERSION}-${pinnedBuildKey(moduleDir, [cli])}`, cli.file);
}

async function onPath(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const { stdout } = await run(command, args, { timeout: 10_000, env });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/**
 * Finds or builds the Temporal CLI: JALON_TEMPORAL_BIN, then the cached build, then `temporal` on
 * PATH, then a build from the pinned Go modules. Without any of them, says what to do.
 */
export async function ensureTemporalBinary(
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (env.JALON_TEMPORAL_BIN) {
    if (!existsSync(env.JALON_TEMPORAL_BIN)) {
      throw new PrerequisiteError(`JALON_TEMPORAL_BIN points at ${env.JALON_TEMPORAL_BIN}, which does not exist`, 'Correct it or unset it');
    }
    return env.JALON_TEMPORAL_BIN;
  }
  const cached = cachedTemporalBinary(env);
  if (existsSync(cached)) return cached;
  const version = await onPath('temporal', ['--version'], env);
  if (version) {
    log(`temporal: using the Temporal CLI on PATH (${version})`);
    return 'temporal';
  }
  const hint = `Install Go 1.25 or newer (then run this again: it builds the Temporal CLI ${TEMPORAL_CLI_VERSION} once), put a \`temporal\` binary on PATH, or set TEMPORAL_ADDRESS=host:port of a running Temporal server`;
  if (!await goVersion(env)) {
    throw new PrerequisiteError('No Temporal server: TEMPORAL_ADDRESS is not set, no Temporal CLI is cached or on PATH, and Go is not installed to build one', hint);
  }
  await buildPinnedPrograms({
    moduleDir, folder: path.dirname(cached), programs: [cli], log, env, hint,
    prefix: 'temporal', what: `building the Temporal CLI ${TEMPORAL_CLI_VERSION}`,
    // Measured: 1 min 45 s on 2 idle cores, 13 min on 2 cores busy with other builds (issue 17).
    estimate: 'about 2 min on 2 idle cores, longer on a busy machine',
  });
  return cached;
}
