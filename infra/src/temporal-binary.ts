import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { cacheDir, repoRoot } from './paths.js';
import { PrerequisiteError } from './prerequisite-error.js';

const run = promisify(execFile);

/** The Temporal CLI release Jalon is tested with; infra/temporal/go.mod pins it and every dependency. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const goModuleDir = path.join(repoRoot, 'infra', 'temporal');

export function cachedTemporalBinary(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheDir(env), 'bin', `temporal-${TEMPORAL_CLI_VERSION}`);
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
  const go = await onPath('go', ['version'], env);
  if (!go) {
    throw new PrerequisiteError(
      'No Temporal server: TEMPORAL_ADDRESS is not set, no Temporal CLI is cached or on PATH, and Go is not installed to build one',
      `Install Go 1.23 or newer (then run this again: it builds the Temporal CLI ${TEMPORAL_CLI_VERSION} once), put a \`temporal\` binary on PATH, or set TEMPORAL_ADDRESS=host:port of a running Temporal server`,
    );
  }
  mkdirSync(path.dirname(cached), { recursive: true });
  log(`temporal: building the Temporal CLI ${TEMPORAL_CLI_VERSION} from the pinned Go modules (${go}); this takes a few minutes once, then it is cached in ${path.dirname(cached)}`);
  const partial = `${cached}.partial-${process.pid}`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn('go', ['build', '-trimpath', '-o', partial, 'github.com/temporalio/cli/cmd/temporal'], {
      cwd: goModuleDir,
      // -mod=readonly: the build uses exactly what go.sum pins and fails rather than resolving anew.
      env: { ...env, GOFLAGS: `${env.GOFLAGS ?? ''} -mod=readonly`.trim(), CGO_ENABLED: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) return resolve();
      const lastLine = stderr.trim().split('\n').slice(-3).join(' | ');
      reject(new PrerequisiteError(
        `Building the Temporal CLI failed (go build exited ${code}: ${lastLine})`,
        'Check that the Go module proxy is reachable (GOPROXY), or put a `temporal` binary on PATH, or set TEMPORAL_ADDRESS',
      ));
    });
  });
  // The rename makes the cache entry appear whole: a build stopped halfway leaves only the partial file.
  renameSync(partial, cached);
  log(`temporal: built ${cached}`);
  return cached;
}
